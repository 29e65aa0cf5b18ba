import { casePersonRoleLabels } from '@lotse/shared';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Card, PageHeader, Spinner } from '../../ui/index.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useFamilyPreview } from './api.ts';

const ownerLabels = { family: 'Familie', provider: 'Träger', staff: 'Jugendamt' } as const;
const statusLabels = { open: 'offen', in_progress: 'läuft', done: 'erledigt' } as const;

/** Exactly what one person of the case sees in the family app (the same answer the app gets). */
export function FamilyPreviewPage() {
  const { caseId = '', personId = '' } = useParams();
  const preview = useFamilyPreview(caseId, personId);
  const back = (
    <Link to={`/fachkraft/faelle/${caseId}`} className="small">
      ← Zurück zum Fall
    </Link>
  );
  if (preview.isPending) return <Spinner label="Vorschau wird geladen …" />;
  if (preview.isError) {
    return (
      <>
        {back}
        <Alert tone="danger" title="Die Vorschau konnte nicht geladen werden">
          <p>{errorMessage(preview.error)}</p>
        </Alert>
      </>
    );
  }
  const file = preview.data;
  return (
    <>
      {back}
      <PageHeader
        title={`Familienansicht: ${file.me.firstName}`}
        lead="So sieht diese Person ihre Akte in der Familien-App (in ihrer Sprache). Anvertrautes (§ 65), Dritte und nicht Freigegebenes erscheinen nie."
      />
      <div className="stack">
        <Card title="Hilfeplan">
          {file.helpPlan ? (
            <>
              <p className="small muted">
                Fassung {file.helpPlan.version} · Hilfe seit {formatDate(file.helpPlan.startsOn)}
                {file.helpPlan.nextReviewOn
                  ? ` · nächstes Gespräch ${formatDate(file.helpPlan.nextReviewOn)}`
                  : ''}
              </p>
              <h3>Ziele</h3>
              <ul>
                {file.helpPlan.goals.map((g) => (
                  <li key={g.text}>{g.text}</li>
                ))}
              </ul>
              <h3>Wer macht was</h3>
              <ul>
                {file.helpPlan.agreements.map((a) => (
                  <li key={a.text}>
                    {a.text} – {ownerLabels[a.owner]}: {a.ownerName}, {statusLabels[a.status]}
                    {a.dueOn ? `, bis ${formatDate(a.dueOn)}` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">Kein festgeschriebener Hilfeplan – Entwürfe sieht die Familie nicht.</p>
          )}
        </Card>
        <Card title="Aus der Akte (freigegeben)">
          {file.entries.length === 0 ? <p className="muted">Nichts freigegeben.</p> : null}
          {file.entries.map((e) => (
            <article key={e.id} className="stack-sm">
              <h3>{e.title}</h3>
              <p className="small muted">{formatDateTime(e.occurredAt)}</p>
              <p className="pre-wrap">{e.body}</p>
            </article>
          ))}
        </Card>
        <Card title="Dokumente (freigegeben)">
          {file.documents.length === 0 ? <p className="muted">Keine freigegeben.</p> : null}
          <ul>
            {file.documents.map((d) => (
              <li key={d.id}>{d.filename}</li>
            ))}
          </ul>
        </Card>
        <Card title="Wer dazugehört">
          <ul>
            {file.persons.map((p) => (
              <li key={`${p.firstName}-${p.lastName}-${p.role}`}>
                {p.firstName} {p.lastName} ({casePersonRoleLabels[p.role]})
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
