import { hintSourceLabels, protectionResultLabels, protectionStatusLabels } from '@lotse/shared';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge, Card, Spinner } from '../../ui/index.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useProcedures } from './api.ts';
import { deadlineState, deadlineText, deadlineTone, statusTone } from './deadline.ts';

/** "Kinderschutz (§ 8a)" on the case page: the case's procedures and the way to record a new report. */
export function ProtectionCard(props: { caseId: string; canReport: boolean }) {
  const procedures = useProcedures(props.caseId);
  const base = `/fachkraft/faelle/${props.caseId}/kinderschutz`;
  return (
    <Card
      title="Kinderschutz (§ 8a)"
      className="protection-card"
      actions={
        props.canReport ? (
          <Link className="btn btn-secondary btn-sm" to={`${base}/neu`}>
            Meldung erfassen
          </Link>
        ) : null
      }
    >
      {procedures.isPending ? (
        <Spinner label="Kinderschutzverfahren werden geladen …" />
      ) : procedures.isError ? (
        <Alert tone="danger">{errorMessage(procedures.error)}</Alert>
      ) : procedures.data.length === 0 ? (
        <p className="muted">Kein Verfahren zur Einschätzung einer Kindeswohlgefährdung.</p>
      ) : (
        <ul className="plain-list protection-card-list">
          {procedures.data.map((p) => {
            const state = deadlineState(p);
            return (
              <li key={p.id} className="protection-card-item">
                <Link to={`${base}/${p.id}`} className="protection-card-link">
                  Meldung vom {formatDateTime(p.receivedAt)}
                </Link>
                <span className="cluster small">
                  <Badge tone={statusTone(p.status)}>{protectionStatusLabels[p.status]}</Badge>
                  {p.result ? <span>{protectionResultLabels[p.result]}</span> : null}
                  {p.status !== 'closed' || state === 'overdue' ? (
                    <Badge tone={deadlineTone(state)} outline>
                      {deadlineText(p)}
                    </Badge>
                  ) : null}
                </span>
                <span className="small muted">
                  {p.hintSources.map((s) => hintSourceLabels[s]).join(', ')}
                  {p.followUpOn ? ` · Wiedervorlage am ${formatDate(p.followUpOn)}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
