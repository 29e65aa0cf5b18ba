import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Checkbox, EmptyState, PageHeader, Select, Spinner } from '../../ui/index.ts';
import { useCurrentUser } from '../session.tsx';
import { useInbox } from './api.ts';
import { InboxCards } from './InboxCards.tsx';
import { InboxTable } from './InboxTable.tsx';
import './inbox.css';

/** New requests still arrive while the list is open; every fetch is audited, so not more often. */
const REFRESH_MS = 2 * 60_000;

function summaryText(count: number, urgent: number, includeDone: boolean): string {
  const noun = includeDone
    ? count === 1
      ? '1 Anfrage'
      : `${count} Anfragen`
    : count === 1
      ? '1 offene Anfrage'
      : `${count} offene Anfragen`;
  return urgent > 0 ? `${noun}, davon ${urgent} dringend.` : `${noun}.`;
}

/** The team inbox: requests from the family app for the user's teams; filters live in the URL. */
export function InboxPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const teamId = params.get('teamId') ?? '';
  const includeDone = params.get('erledigte') === 'ja';
  const inbox = useInbox({ teamId, includeDone }, { refetchMs: REFRESH_MS });

  function setFilter(key: 'teamId' | 'erledigte', value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  const items = inbox.data ?? [];
  const urgent = items.filter((i) => i.urgent && (i.status === 'new' || i.status === 'claimed')).length;

  return (
    <>
      <title>Posteingang – Lotse</title>
      <PageHeader
        title="Posteingang"
        lead="Anfragen aus der Familien-App an Ihre Teams. Dringende Anfragen stehen oben."
      />
      <search className="filters" aria-label="Posteingang filtern">
        <div className="filters-grid">
          <Select
            label="Team"
            placeholder="Alle meine Teams"
            options={me.teams.map((t) => ({ value: t.id, label: t.name }))}
            value={teamId}
            onChange={(e) => setFilter('teamId', e.target.value)}
          />
          <Checkbox
            label="Erledigte anzeigen"
            hint="Auch Anfragen, zu denen schon ein Fall angelegt wurde"
            checked={includeDone}
            onChange={(e) => setFilter('erledigte', e.target.checked ? 'ja' : '')}
          />
        </div>
      </search>

      <div aria-live="polite" className="live-region results-status">
        {inbox.isError ? (
          <Alert tone="danger" title="Der Posteingang konnte nicht geladen werden">
            <p>{errorMessage(inbox.error)}</p>
          </Alert>
        ) : null}
        {inbox.isPending ? <Spinner label="Posteingang wird geladen …" /> : null}
        {inbox.data && items.length > 0 ? (
          <p className="muted">{summaryText(items.length, urgent, includeDone)}</p>
        ) : null}
      </div>

      {me.teams.length === 0 ? (
        <EmptyState>Sie gehören keinem Team an und sehen deshalb keine Anfragen.</EmptyState>
      ) : inbox.data ? (
        items.length === 0 ? (
          <EmptyState>
            {includeDone ? 'Keine Anfragen.' : 'Keine offenen Anfragen.'}{' '}
            {includeDone ? null : (
              <Button variant="link" onClick={() => setFilter('erledigte', 'ja')}>
                Erledigte anzeigen
              </Button>
            )}
          </EmptyState>
        ) : (
          <div
            className={inbox.isPlaceholderData ? 'is-stale' : undefined}
            aria-busy={inbox.isPlaceholderData || undefined}
          >
            <div className="only-wide">
              <InboxTable items={items} />
            </div>
            <div className="only-narrow">
              <InboxCards items={items} />
            </div>
          </div>
        )
      ) : null}
    </>
  );
}
