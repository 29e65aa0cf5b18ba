import type { TFamilyMessageNotice } from '@lotse/shared';
import { Link } from 'react-router';
import { Card } from '../ui/index.ts';
import { formatDateTime } from './format.ts';

/**
 * "Neue Nachrichten von Familien" on Mein Tag: families of visible cases wrote and nobody in the
 * office has read it yet. Each entry leads straight to the conversation.
 */
export function FamilyMessagesCard(props: { notices: TFamilyMessageNotice[] }) {
  if (props.notices.length === 0) return null;
  return (
    <Card title="Neue Nachrichten von Familien" className="family-messages-card">
      <ul className="plain-list stack-sm">
        {props.notices.map((n) => (
          <li key={n.requestId}>
            <Link to={`/fachkraft/posteingang/${n.requestId}`}>
              {n.caseReference} {n.caseTitle}
            </Link>
            <br />
            <span className="muted small">
              {n.unread === 1 ? '1 ungelesene Nachricht' : `${n.unread} ungelesene Nachrichten`}, zuletzt{' '}
              {formatDateTime(n.lastAt)}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
