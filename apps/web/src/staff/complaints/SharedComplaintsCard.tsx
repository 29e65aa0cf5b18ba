import { complaintTopicLabels } from '@lotse/shared';
import { errorMessage } from '../../api/client.ts';
import { Alert, Card } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { useSharedComplaints } from './api.ts';
import { ComplaintStatusBadge } from './ComplaintBadges.tsx';

const TITLE = 'Beschwerden (von der Beschwerdestelle geteilt)';

/**
 * Complaints about the case that the complaint office chose to share (§ 9a SGB VIII). Without any,
 * the card is not there at all: the case page says nothing about complaints that were not shared.
 */
export function SharedComplaintsCard(props: { caseId: string }) {
  const complaints = useSharedComplaints(props.caseId);

  if (complaints.isError) {
    return (
      <Card title={TITLE} aria-label={TITLE} className="shared-complaints">
        <Alert tone="danger">{errorMessage(complaints.error)}</Alert>
      </Card>
    );
  }
  if (!complaints.data || complaints.data.length === 0) return null;

  return (
    <Card title={TITLE} aria-label={TITLE} className="shared-complaints">
      <ul className="plain-list stack">
        {complaints.data.map((c) => (
          <li key={c.id}>
            <article className="stack-sm shared-complaint" aria-labelledby={`complaint-${c.id}`}>
              <h3 id={`complaint-${c.id}`} className="shared-complaint-title">
                {c.reference}: {complaintTopicLabels[c.topic]}
              </h3>
              <p className="cluster small shared-complaint-text">
                <ComplaintStatusBadge status={c.status} />
                <span className="muted">
                  Eingegangen am {formatDate(c.receivedAt)} · geteilt am {formatDate(c.sharedAt)}
                </span>
              </p>
              <div>
                <h4 className="shared-complaint-label">Beschwerde</h4>
                <p className="pre-wrap shared-complaint-text">{c.text}</p>
              </div>
              <div>
                <h4 className="shared-complaint-label">Antwort der Beschwerdestelle</h4>
                {c.answer !== null ? (
                  <p className="pre-wrap shared-complaint-text">{c.answer}</p>
                ) : (
                  <p className="muted shared-complaint-text">Noch nicht beantwortet.</p>
                )}
              </div>
            </article>
          </li>
        ))}
      </ul>
    </Card>
  );
}
