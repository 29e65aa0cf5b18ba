import type { TColleagueMessage } from '@lotse/shared';
import { useEffect, useRef } from 'react';
import { EmptyState } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';

/**
 * The messages, oldest first, in a log that keeps the newest in view. New messages of the others are
 * announced by the page's own live region (ConversationPage), so the log itself stays quiet.
 */
export function ColleagueMessageList(props: { messages: TColleagueMessage[] }) {
  const frame = useRef<HTMLDivElement>(null);
  const count = props.messages.length;

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again whenever a message arrives
  useEffect(() => {
    const el = frame.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [count]);

  if (count === 0) return <EmptyState>Noch keine Nachrichten.</EmptyState>;
  return (
    <div
      ref={frame}
      className="message-frame"
      role="log"
      aria-live="off"
      aria-label="Nachrichtenverlauf"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <ol className="plain-list messages">
        {props.messages.map((m) => (
          <li key={m.id} className={m.mine ? 'message message-staff' : 'message'}>
            <p className="message-meta">
              <strong>{m.mine ? `${m.author} (Sie)` : m.author}</strong>
              {' · '}
              {m.officeName}
              {' · '}
              <time dateTime={m.sentAt}>{formatDateTime(m.sentAt)}</time>
            </p>
            <p className="message-body pre-wrap">{m.body}</p>
            {m.mine ? (
              m.read ? (
                <span className="message-read">gelesen</span>
              ) : (
                <span className="message-unread">noch nicht gelesen</span>
              )
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
