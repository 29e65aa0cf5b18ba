import { colleagueConversationChannel, type TColleagueMessage } from '@lotse/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Card, PageHeader, Spinner } from '../../ui/index.ts';
import { CooperationNav } from '../cooperation/CooperationNav.tsx';
import { useCurrentUser } from '../session.tsx';
import { useLiveChannel } from '../useLiveChannel.ts';
import { colleagueKeys, useColleagueConversation } from './api.ts';
import { CaseLinkCard } from './CaseLinkCard.tsx';
import { ColleagueComposer } from './ColleagueComposer.tsx';
import { ColleagueMessageList } from './ColleagueMessageList.tsx';
import { colleagueLabel } from './ColleaguePicker.tsx';
import { COLLEAGUES_PATH } from './paths.ts';
import '../inbox/inbox.css';
import './colleagues.css';

/** Without the socket, new messages are fetched this often. */
const POLL_MS = 30_000;

/** What the live region says when messages of the others arrive while the page is open. */
function announcement(arrived: TColleagueMessage[]): string {
  const last = arrived.at(-1);
  if (!last) return '';
  const preview = last.body.length > 120 ? `${last.body.slice(0, 120)} …` : last.body;
  return arrived.length === 1
    ? `Neue Nachricht von ${last.author} (${last.officeName}): ${preview}`
    : `${arrived.length} neue Nachrichten, zuletzt von ${last.author}: ${preview}`;
}

/** One conversation with colleagues of another office: who, the case link and its ground, messages live. */
export function ConversationPage() {
  const { conversationId = '' } = useParams();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const live = useLiveChannel(colleagueConversationChannel(conversationId), me.id, () => {
    void queryClient.invalidateQueries({ queryKey: colleagueKeys.conversation(conversationId) });
    void queryClient.invalidateQueries({ queryKey: colleagueKeys.list });
  });
  const conversation = useColleagueConversation(conversationId, {
    pollMs: live === 'live' ? false : POLL_MS,
  });
  const c = conversation.data;

  // Announce what the others wrote since the page last showed the conversation.
  const seen = useRef<Set<string> | null>(null);
  const [news, setNews] = useState('');
  useEffect(() => {
    if (!c) return;
    const ids = new Set(c.messages.map((m) => m.id));
    if (seen.current) {
      const known = seen.current;
      const arrived = c.messages.filter((m) => !m.mine && !known.has(m.id));
      if (arrived.length > 0) setNews(announcement(arrived));
    }
    seen.current = ids;
  }, [c]);

  if (conversation.isPending) return <Spinner label="Unterhaltung wird geladen …" />;
  if (!c) {
    return (
      <Alert tone="danger" title="Die Unterhaltung konnte nicht geladen werden">
        <p>
          {isApiError(conversation.error, 404)
            ? 'Diese Unterhaltung gibt es nicht, oder Sie nehmen nicht daran teil.'
            : errorMessage(conversation.error)}
        </p>
        <p>
          <Link to={COLLEAGUES_PATH}>Zu den Unterhaltungen</Link>
        </p>
      </Alert>
    );
  }
  const others = c.participants.filter((p) => !(p.userId === me.id && p.officeId === me.office.id));
  const to = others.map((p) => p.displayName).join(', ') || 'die anderen';

  return (
    <div className="colleagues-page">
      <title>{`${c.subject} – Kolleg*innen anderer Ämter – Lotse`}</title>
      <CooperationNav />
      <p className="small">
        <Link to={COLLEAGUES_PATH}>← Alle Unterhaltungen</Link>
      </p>
      <PageHeader title={c.subject} lead={`Mit ${others.map(colleagueLabel).join('; ')}`} />
      <div className="colleague-conversation-layout">
        <Card title="Nachrichten" className="messenger">
          <div className="stack">
            <ColleagueMessageList messages={c.messages} />
            <p className="visually-hidden" aria-live="polite" aria-atomic="true">
              {news}
            </p>
            {c.allowedActions.includes('send') ? <ColleagueComposer conversationId={c.id} to={to} /> : null}
            <p className="muted small" aria-live="polite">
              {live === 'live'
                ? 'Neue Nachrichten erscheinen automatisch.'
                : live === 'offline'
                  ? 'Keine Live-Verbindung: Neue Nachrichten werden alle 30 Sekunden abgerufen.'
                  : null}
            </p>
          </div>
        </Card>
        <CaseLinkCard conversation={c} />
      </div>
    </div>
  );
}
