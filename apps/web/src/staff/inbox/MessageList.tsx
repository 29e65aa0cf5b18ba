import type { TMessage } from '@lotse/shared';
import { useEffect, useRef } from 'react';
import { EmptyState } from '../../ui/index.ts';
import { formatBytes, formatDateTime } from '../format.ts';
import { attachmentUrl } from './api.ts';

function ReadStatus(props: { message: TMessage }) {
  if (props.message.from !== 'staff') return null;
  return props.message.readByFamilyAt ? (
    <span className="message-read" title={`gelesen am ${formatDateTime(props.message.readByFamilyAt)}`}>
      gelesen
    </span>
  ) : (
    <span className="message-unread">noch nicht gelesen</span>
  );
}

/** The messages, oldest first, in a log region that announces new ones and keeps the newest in view. */
export function MessageList(props: { requestId: string; messages: TMessage[]; familyLabel: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const count = props.messages.length;

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again whenever a message arrives
  useEffect(() => {
    const el = frame.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [count]);

  if (count === 0) {
    return <EmptyState>Noch keine Nachrichten.</EmptyState>;
  }
  return (
    <div
      ref={frame}
      className="message-frame"
      role="log"
      aria-label="Nachrichtenverlauf"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <ol className="plain-list messages">
        {props.messages.map((m) => (
          <li key={m.id} className={m.from === 'staff' ? 'message message-staff' : 'message message-family'}>
            <p className="message-meta">
              <strong>{m.from === 'staff' ? (m.author ?? 'Jugendamt') : props.familyLabel}</strong>
              {' · '}
              <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
            </p>
            {m.body ? <p className="message-body pre-wrap">{m.body}</p> : null}
            {m.attachment ? (
              <p className="message-attachment">
                <a href={attachmentUrl(props.requestId, m.attachment.id)} download={m.attachment.filename}>
                  {m.attachment.filename}
                  <span className="visually-hidden"> herunterladen</span>
                </a>{' '}
                <span className="muted small">({formatBytes(m.attachment.sizeBytes)})</span>
              </p>
            ) : null}
            <ReadStatus message={m} />
          </li>
        ))}
      </ol>
    </div>
  );
}
