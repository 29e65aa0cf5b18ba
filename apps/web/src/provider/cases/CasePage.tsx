import type { TProviderCase } from '@lotse/shared';
import { Link, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { formatAge, fullName } from '../../staff/format.ts';
import { Alert, Badge, PageHeader, Spinner } from '../../ui/index.ts';
import { shareSectionTitles } from '../labels.ts';
import { PROVIDER_CASES_PATH } from '../paths.ts';
import { useProviderCase } from './api.ts';
import { EntryForm } from './EntryForm.tsx';
import { EntryList } from './EntryList.tsx';
import { SharedSections } from './SharedSections.tsx';

/**
 * A case an office shares with the provider: the open sections on the left, the provider's own
 * documentation on the right. When the share or the consent has ended the page says so plainly.
 */
export function CasePage() {
  const { caseId = '' } = useParams();
  const sharedCase = useProviderCase(caseId);

  if (sharedCase.isError) {
    return isApiError(sharedCase.error, 404) ? (
      <NoLongerShared />
    ) : (
      <>
        <BackLink />
        <Alert tone="danger" title="Der Fall konnte nicht geladen werden">
          <p>{errorMessage(sharedCase.error)}</p>
        </Alert>
      </>
    );
  }
  if (!sharedCase.data) return <Spinner label="Fall wird geladen …" />;

  const data = sharedCase.data;
  const title = caseTitle(data);
  return (
    <>
      <title>{`${title} – Geteilte Fälle – Trägerportal – Lotse`}</title>
      <BackLink />
      <PageHeader title={title} lead={lead(data)} />
      <p className="provider-sections">
        <span className="small muted">Freigegeben:</span>
        {data.openSections.map((s) => (
          <Badge key={s} tone="info">
            {shareSectionTitles[s]}
          </Badge>
        ))}
      </p>
      <div className="provider-case-layout">
        <SharedSections sharedCase={data} />
        <div className="stack provider-case-side">
          <EntryForm sharedCase={data} />
          <EntryList entries={data.entries} />
        </div>
      </div>
    </>
  );
}

/** The children's names when "Personen" is open, else the office's file reference. */
function caseTitle(data: TProviderCase): string {
  const children = (data.persons ?? []).filter((p) => p.role === 'child');
  return children.length > 0 ? children.map(fullName).join(', ') : `Fall ${data.reference}`;
}

function lead(data: TProviderCase): string {
  const child = (data.persons ?? []).find((p) => p.role === 'child');
  const age = child ? formatAge(child.birthDate) : '';
  return [age, `Aktenzeichen des Jugendamts: ${data.reference}`].filter(Boolean).join(' · ');
}

function BackLink() {
  return (
    <p className="provider-back">
      <Link to={PROVIDER_CASES_PATH}>← Alle geteilten Fälle</Link>
    </p>
  );
}

function NoLongerShared() {
  return (
    <div className="stack page-narrow">
      <title>Fall nicht freigegeben – Trägerportal – Lotse</title>
      <h1>Fall nicht freigegeben</h1>
      <Alert tone="warning" title="Dieser Fall ist nicht mehr für Ihren Träger freigegeben.">
        <p>
          Das Jugendamt hat die Freigabe beendet, oder die Einwilligung der Familie ist abgelaufen oder
          widerrufen. Wenn Sie weiter mit der Familie arbeiten, wenden Sie sich bitte an das Jugendamt.
        </p>
      </Alert>
      <p>
        <Link to={PROVIDER_CASES_PATH}>Zurück zu den geteilten Fällen</Link>
      </p>
    </div>
  );
}
