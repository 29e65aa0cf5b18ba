import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { PageHeader } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { StaffNotFound } from '../StaffNotFound.tsx';
import { useCreateExport, useDataSubjectRequests } from './api.ts';
import { ErasureCard } from './ErasureCard.tsx';
import { ExportCard } from './ExportCard.tsx';
import { PRIVACY_PATH, personLinkStateOf } from './paths.ts';
import { RequestsCard } from './RequestsCard.tsx';
import './privacy.css';

/**
 * One person's data-subject rights: the requests recorded for them and, on request, the Art. 15
 * export and the Art. 17 erasure check. The name comes from the search hit (router state) until an export names the person; the
 * page itself reads nothing that would be audited as an export.
 */
export function PrivacyPersonPage() {
  const { personId = '' } = useParams();
  // A fresh page per person: an export made for one person must never show under another's name.
  return <PersonScreen key={personId} personId={personId} />;
}

function PersonScreen({ personId }: { personId: string }) {
  const location = useLocation();
  const fromSearch = personLinkStateOf(location.state);
  const exporting = useCreateExport(personId);
  // Shares its cache with the card: tells whether the person exists before anything else is shown.
  const requests = useDataSubjectRequests(personId);

  if (isApiError(requests.error, 404) || isApiError(requests.error, 400)) {
    return (
      <StaffNotFound
        title="Person nicht gefunden"
        text="Diese Person gibt es nicht, oder Sie dürfen sie nicht sehen. Suchen Sie die Person bitte über Name oder Aktenzeichen."
      />
    );
  }

  const person = exporting.data?.person ?? fromSearch?.person ?? null;
  const name = person?.name ?? `Person ${personId.slice(0, 8)}`;

  return (
    <>
      <title>{`${name} – Datenschutz – Lotse`}</title>
      <p className="small">
        <Link to={`${PRIVACY_PATH}${fromSearch?.search ?? ''}`}>
          <span aria-hidden="true">← </span>Zurück zur Suche
        </Link>
      </p>
      <PageHeader
        title={name}
        lead={
          person?.birthDate
            ? `Geboren am ${formatDate(person.birthDate)} · Rechte betroffener Personen (Art. 15–21 DSGVO)`
            : 'Rechte betroffener Personen (Art. 15–21 DSGVO)'
        }
      />
      <div className="privacy-layout">
        <RequestsCard personId={personId} />
        <ExportCard personId={personId} exporting={exporting} />
        <ErasureCard personId={personId} name={name} />
      </div>
    </>
  );
}
