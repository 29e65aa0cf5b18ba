import { colleagueInboxChannel } from '@lotse/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge, buttonClass, EmptyState, PageHeader, Spinner } from '../../ui/index.ts';
import { CooperationNav } from '../cooperation/CooperationNav.tsx';
import { formatDateTime } from '../format.ts';
import { useCurrentUser } from '../session.tsx';
import { useLiveChannel } from '../useLiveChannel.ts';
import { colleagueKeys, useColleagueConversations } from './api.ts';
import { colleagueConversationPath, NEW_COLLEAGUE_CONVERSATION_PATH } from './paths.ts';
import './colleagues.css';

/** Without the socket, the list is fetched this often. */
const POLL_MS = 60_000;

/** "Kolleg*innen anderer Ämter": the user's conversations with other offices, new ones arrive live. */
export function ConversationListPage() {
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const live = useLiveChannel(colleagueInboxChannel(me.office.id, me.id), me.id, () => {
    void queryClient.invalidateQueries({ queryKey: colleagueKeys.list });
  });
  const conversations = useColleagueConversations({ pollMs: live === 'live' ? false : POLL_MS });
  const items = conversations.data ?? [];
  const unread = items.reduce((sum, c) => sum + c.unread, 0);

  return (
    <div className="colleagues-page">
      <title>Kolleg*innen anderer Ämter – Lotse</title>
      <CooperationNav />
      <PageHeader
        title="Kolleg*innen anderer Ämter"
        lead="Nachrichten an Fachkräfte anderer Jugendämter, z. B. wenn ein Fall nach § 86c SGB VIII den Ort wechselt. Falldaten nur mit verknüpftem Fall und erfasster Rechtsgrundlage oder Einwilligung."
        actions={
          <Link to={NEW_COLLEAGUE_CONVERSATION_PATH} className={buttonClass('primary')}>
            Neue Nachricht
          </Link>
        }
      />
      <div aria-live="polite" className="live-region">
        {conversations.isError ? (
          <Alert tone="danger" title="Die Unterhaltungen konnten nicht geladen werden">
            <p>{errorMessage(conversations.error)}</p>
          </Alert>
        ) : null}
        {conversations.isPending ? <Spinner label="Unterhaltungen werden geladen …" /> : null}
        {conversations.data ? (
          <p className="muted small">
            {unread === 0
              ? 'Keine ungelesenen Nachrichten.'
              : unread === 1
                ? '1 ungelesene Nachricht.'
                : `${unread} ungelesene Nachrichten.`}
          </p>
        ) : null}
      </div>
      {conversations.data && items.length === 0 ? (
        <EmptyState>Noch keine Unterhaltungen mit anderen Ämtern.</EmptyState>
      ) : null}
      {items.length > 0 ? (
        <ul className="plain-list colleague-conversations" aria-label="Unterhaltungen">
          {items.map((c) => (
            <li
              key={c.id}
              className={c.unread > 0 ? 'colleague-conversation is-unread' : 'colleague-conversation'}
            >
              <p className="colleague-conversation-title">
                <Link to={colleagueConversationPath(c.id)}>{c.subject}</Link>
                {c.unread > 0 ? (
                  <Badge tone="accent">{c.unread === 1 ? '1 neu' : `${c.unread} neu`}</Badge>
                ) : null}
                {c.caseLinked ? <Badge tone="info">Fall verknüpft</Badge> : null}
              </p>
              <p className="muted small">
                mit {c.others.map((p) => `${p.displayName} (${p.officeName})`).join(', ')} · zuletzt{' '}
                <time dateTime={c.lastMessageAt}>{formatDateTime(c.lastMessageAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted small" aria-live="polite">
        {live === 'live'
          ? 'Neue Unterhaltungen erscheinen automatisch.'
          : live === 'offline'
            ? 'Keine Live-Verbindung: Die Liste wird jede Minute neu geladen.'
            : null}
      </p>
    </div>
  );
}
