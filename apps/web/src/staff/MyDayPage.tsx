import { entryKindLabels } from '@lotse/shared';
import { Link } from 'react-router';
import { errorMessage } from '../api/client.ts';
import { Alert, Badge, buttonClass, Card, EmptyState, PageHeader, Spinner } from '../ui/index.ts';
import { useMyDay } from './api.ts';
import { CaseCards } from './cases/CaseCards.tsx';
import { FamilyMessagesCard } from './FamilyMessagesCard.tsx';
import { formatDateTime } from './format.ts';
import { mayInOffice, useCurrentUser } from './session.tsx';
import { TaskList } from './TaskList.tsx';

/** A greeting for the time of day. */
export function greeting(date = new Date()): string {
  const h = date.getHours();
  if (h < 11) return 'Guten Morgen';
  if (h < 18) return 'Guten Tag';
  return 'Guten Abend';
}

export function MyDayPage() {
  const me = useCurrentUser();
  const day = useMyDay();

  return (
    <>
      <title>Mein Tag – Lotse</title>
      <PageHeader
        title="Mein Tag"
        lead={`${greeting()}, ${me.displayName}.`}
        actions={
          mayInOffice(me, 'create_cases') ? (
            <Link to="/fachkraft/faelle/neu" className={buttonClass('primary')}>
              Neuer Fall
            </Link>
          ) : undefined
        }
      />
      {day.isPending ? <Spinner /> : null}
      {day.isError ? (
        <Alert tone="danger" title="„Mein Tag“ konnte nicht geladen werden">
          <p>{errorMessage(day.error)}</p>
        </Alert>
      ) : null}
      {day.data ? (
        <div className="stack">
          <ul className="plain-list stat-row" aria-label="Überblick">
            <li className="stat">
              <span className="stat-value">{day.data.counts.myOpenCases}</span>
              <span className="stat-label">offene Fälle</span>
            </li>
            <li className={`stat${day.data.counts.overdueTasks > 0 ? ' stat-alert' : ''}`}>
              <span className="stat-value">{day.data.counts.overdueTasks}</span>
              <span className="stat-label">überfällige Aufgaben</span>
            </li>
            <li className="stat">
              <span className="stat-value">{day.data.tasksDue.length}</span>
              <span className="stat-label">anstehende Aufgaben</span>
            </li>
          </ul>
          <FamilyMessagesCard notices={day.data.familyMessages} />
          <div className="grid-2">
            <Card
              title="Meine Fälle"
              actions={<Link to="/fachkraft/faelle?mine=true">Alle meine Fälle</Link>}
            >
              {day.data.myCases.length ? (
                <CaseCards cases={day.data.myCases} />
              ) : (
                <EmptyState>Ihnen sind derzeit keine Fälle zugeordnet.</EmptyState>
              )}
            </Card>
            <div className="stack">
              <Card title="Fällige Aufgaben">
                {day.data.tasksDue.length ? (
                  <TaskList tasks={day.data.tasksDue} canEdit showCase label="Fällige Aufgaben" />
                ) : (
                  <EmptyState>Keine fälligen Aufgaben.</EmptyState>
                )}
              </Card>
              <Card title="Letzte Aktivitäten">
                {day.data.recentActivity.length ? (
                  <ul className="plain-list activity-list">
                    {day.data.recentActivity.map((a, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: activities have no id of their own
                      <li key={`${a.caseId}-${a.at}-${i}`}>
                        <div className="cluster">
                          <Badge tone="neutral">{entryKindLabels[a.kind]}</Badge>
                          <span className="activity-title">{a.title}</span>
                        </div>
                        <span className="muted small">
                          <Link to={`/fachkraft/faelle/${a.caseId}?tab=verlauf`}>
                            {a.caseReference} · {a.caseTitle}
                          </Link>{' '}
                          · {a.author.displayName} · {formatDateTime(a.at)}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <EmptyState>Noch keine Aktivitäten.</EmptyState>
                )}
              </Card>
            </div>
          </div>
        </div>
      ) : null}
    </>
  );
}
