import { intakeTopicLabels, type TIntakeTopic, type TTeamOverview } from '@lotse/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge, Card, EmptyState, PageHeader, Spinner, Table } from '../../ui/index.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useTeamOverview } from './api.ts';

const deadlineLabels: Record<TTeamOverview['protectionDeadlines'][number]['kind'], string> = {
  first_contact: 'Erstkontakt',
  sign_off: 'Zweite Freigabe',
  follow_up: 'Wiedervorlage',
};

const caseLink = (caseId: string, reference: string) => (
  <Link to={`/fachkraft/faelle/${caseId}`}>{reference}</Link>
);
const worker = (c: { caseworker: { displayName: string } | null }) =>
  c.caseworker?.displayName ?? 'nicht zugeordnet';

/** The team lead's page: overdue reviews, § 8a deadlines and unassigned work of each team they lead. */
export function TeamOverviewPage() {
  const overview = useTeamOverview();
  return (
    <>
      <title>Teamübersicht – Lotse</title>
      <PageHeader
        title="Teamübersicht"
        lead="Überfällige Überprüfungen, Fristen im Kinderschutz und Arbeit, die noch niemand übernommen hat."
      />
      <p>
        <Link to="/fachkraft/kinderschutz/kataloge">Kataloge zur Gefährdungseinschätzung (§ 8a)</Link> ansehen
        oder den lizenzierten Bogen Ihres Jugendamts einspielen.
      </p>
      {overview.isPending ? (
        <Spinner label="Teamübersicht wird geladen …" />
      ) : overview.isError ? (
        <Alert tone="danger" title="Die Teamübersicht konnte nicht geladen werden">
          <p>{errorMessage(overview.error)}</p>
        </Alert>
      ) : (
        overview.data.map((team) => <TeamSection key={team.team.id} overview={team} />)
      )}
    </>
  );
}

function Section(props: { title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <Card
      headingLevel={3}
      title={
        <span className="cluster">
          {props.title}
          <Badge tone={props.count > 0 ? 'warning' : 'success'}>{props.count}</Badge>
        </span>
      }
    >
      {props.count === 0 ? <EmptyState>{props.empty}</EmptyState> : props.children}
    </Card>
  );
}

function TeamSection({ overview }: { overview: TTeamOverview }) {
  const { overdueReviews, protectionDeadlines, unassignedCases, unclaimedRequests } = overview;
  return (
    <section className="stack team-overview" aria-labelledby={`team-${overview.team.id}`}>
      <h2 id={`team-${overview.team.id}`}>{overview.team.name}</h2>
      <div className="grid-2">
        <Section
          title="Fristen im Kinderschutz (§ 8a)"
          count={protectionDeadlines.length}
          empty="Keine offenen Fristen."
        >
          <Table caption="Fristen im Kinderschutz" captionHidden stacked>
            <thead>
              <tr>
                <th scope="col">Fall</th>
                <th scope="col">Frist</th>
                <th scope="col">Fällig</th>
                <th scope="col">Fallführung</th>
              </tr>
            </thead>
            <tbody>
              {protectionDeadlines.map((d) => (
                <tr key={`${d.procedureId}-${d.kind}`}>
                  <td data-label="Fall" className="nowrap">
                    <Link to={`/fachkraft/faelle/${d.caseId}/kinderschutz/${d.procedureId}`}>
                      {d.reference}
                    </Link>
                  </td>
                  <td data-label="Frist">{deadlineLabels[d.kind]}</td>
                  <td data-label="Fällig">
                    {d.dueAt
                      ? d.dueAt.length > 10
                        ? formatDateTime(d.dueAt)
                        : formatDate(d.dueAt)
                      : 'jetzt'}{' '}
                    {d.overdue ? <Badge tone="danger">überfällig</Badge> : null}
                  </td>
                  <td data-label="Fallführung">{worker(d)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Section>
        <Section
          title="Überfällige Überprüfungen"
          count={overdueReviews.length}
          empty="Keine Überprüfung ist überfällig."
        >
          <Table caption="Überfällige Überprüfungen von Hilfeplänen" captionHidden stacked>
            <thead>
              <tr>
                <th scope="col">Fall</th>
                <th scope="col">Überprüfung war am</th>
                <th scope="col">Fallführung</th>
              </tr>
            </thead>
            <tbody>
              {overdueReviews.map((r) => (
                <tr key={r.helpPlanId}>
                  <td data-label="Fall" className="nowrap">
                    <Link to={`/fachkraft/faelle/${r.caseId}/hilfeplaene/${r.helpPlanId}`}>
                      {r.reference}
                    </Link>
                  </td>
                  <td data-label="Überprüfung war am">{formatDate(r.reviewOn)}</td>
                  <td data-label="Fallführung">{worker(r)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Section>
        <Section
          title="Fälle ohne Fallführung"
          count={unassignedCases.length}
          empty="Alle Fälle sind zugeordnet."
        >
          <ul className="plain-list">
            {unassignedCases.map((c) => (
              <li key={c.caseId}>
                {caseLink(c.caseId, c.reference)} – eröffnet am {formatDate(c.openedAt)}
              </li>
            ))}
          </ul>
        </Section>
        <Section
          title="Nicht übernommene Anfragen"
          count={unclaimedRequests.length}
          empty="Alle Anfragen sind übernommen."
        >
          <ul className="plain-list">
            {unclaimedRequests.map((r) => (
              <li key={r.requestId}>
                <Link to={`/fachkraft/posteingang/${r.requestId}`}>
                  {intakeTopicLabels[r.topic as TIntakeTopic] ?? r.topic}
                </Link>{' '}
                – eingegangen {formatDateTime(r.createdAt)}{' '}
                {r.urgent ? <Badge tone="danger">dringend</Badge> : null}
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </section>
  );
}
