import type { TInboxDetail } from '@lotse/shared';
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, Spinner } from '../../ui/index.ts';
import { useConversation } from './api.ts';
import { CloseConversationDialog } from './CloseConversationDialog.tsx';
import { writerRoleLabels } from './labels.ts';
import { MessageComposer } from './MessageComposer.tsx';
import { MessageList } from './MessageList.tsx';
import { useConversationLive } from './useConversationLive.ts';

/** Without the socket, new messages are fetched this often. */
const POLL_MS = 30_000;

/** The conversation with the family: messages, live updates, answer, end the conversation. */
export function MessengerPanel(props: { detail: TInboxDetail }) {
  const r = props.detail;
  const live = useConversationLive(r.id);
  const conversation = useConversation(r.id, { pollMs: live === 'live' ? false : POLL_MS });
  const [closing, setClosing] = useState(false);
  const familyLabel = r.summary.name ?? writerRoleLabels[r.writerRole];

  return (
    <Card
      title="Nachrichten"
      className="messenger"
      actions={
        conversation.data?.status === 'open' ? (
          <Button variant="secondary" size="sm" onClick={() => setClosing(true)}>
            Unterhaltung beenden
          </Button>
        ) : null
      }
    >
      {conversation.isPending ? <Spinner label="Nachrichten werden geladen …" /> : null}
      {conversation.isError ? (
        <Alert tone="danger" title="Die Nachrichten konnten nicht geladen werden">
          <p>{errorMessage(conversation.error)}</p>
        </Alert>
      ) : null}
      {conversation.data ? (
        <div className="stack">
          {conversation.data.confidential ? (
            <Alert tone="warning" title="Vertrauliche Beratung (§ 8 Abs. 3 SGB VIII)">
              <p>
                Ein Kind oder eine jugendliche Person hat sich selbst gemeldet. Die Eltern sehen diese
                Unterhaltung nie. Informieren Sie die Eltern nicht, solange das den Zweck der Beratung
                vereiteln würde.
              </p>
            </Alert>
          ) : null}
          <MessageList requestId={r.id} messages={conversation.data.messages} familyLabel={familyLabel} />
          {conversation.data.status === 'closed' ? (
            <p className="messenger-closed">
              Die Unterhaltung ist beendet. Es können keine Nachrichten mehr geschrieben werden.
            </p>
          ) : (
            <MessageComposer requestId={r.id} />
          )}
          <p className="muted small" aria-live="polite">
            {live === 'live'
              ? 'Neue Nachrichten erscheinen automatisch.'
              : live === 'offline'
                ? 'Keine Live-Verbindung: Neue Nachrichten werden alle 30 Sekunden abgerufen.'
                : null}
          </p>
        </div>
      ) : null}
      <CloseConversationDialog open={closing} requestId={r.id} onClose={() => setClosing(false)} />
    </Card>
  );
}
