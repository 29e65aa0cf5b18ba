import { intakeTopicLabels, type TInboxItem } from '@lotse/shared';
import { Link } from 'react-router';
import { Table } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';
import { IntakeStatusBadge, UnreadBadge, UrgentBadge } from './InboxBadges.tsx';
import { ageText, dangerSignalLabel, foreignLanguage, waitingText, writerText } from './labels.ts';

export function requestHref(item: Pick<TInboxItem, 'id'>): string {
  return `/fachkraft/posteingang/${item.id}`;
}

/** The topic says little on its own; the hidden rest makes every link name unique for screen readers. */
export function RequestLink(props: { item: TInboxItem }) {
  const { item } = props;
  return (
    <Link to={requestHref(item)}>
      {intakeTopicLabels[item.topic]}
      <span className="visually-hidden">
        {' '}
        – Anfrage von {writerText(item)}, {waitingText(item.ageMinutes)}
      </span>
    </Link>
  );
}

export function DangerSignals(props: { signals: string[] }) {
  if (props.signals.length === 0) return null;
  return <span className="danger-signals">Hinweise: {props.signals.map(dangerSignalLabel).join(', ')}</span>;
}

/** The inbox as a table (desktop widths). */
export function InboxTable(props: { items: TInboxItem[] }) {
  return (
    <Table caption={`Anfragen (${props.items.length})`} captionHidden>
      <thead>
        <tr>
          <th scope="col">Eingang</th>
          <th scope="col">Anliegen</th>
          <th scope="col">Von</th>
          <th scope="col">Sozialraum · Team</th>
          <th scope="col">Status</th>
          <th scope="col">Zuständig</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((item) => {
          const age = ageText(item.age);
          const language = foreignLanguage(item.language);
          return (
            <tr key={item.id} className={item.urgent ? 'inbox-row-urgent' : undefined}>
              <td className="nowrap">
                <strong>{waitingText(item.ageMinutes)}</strong>
                <br />
                <span className="muted small">{formatDateTime(item.createdAt)}</span>
              </td>
              <td>
                <span className="inbox-topic">
                  {item.urgent ? <UrgentBadge /> : null}
                  <RequestLink item={item} />
                </span>
                <DangerSignals signals={item.dangerSignals} />
              </td>
              <td>
                {writerText(item)}
                {age || language ? (
                  <>
                    <br />
                    <span className="muted small">
                      {[age ? `Alter: ${age}` : null, language].filter(Boolean).join(' · ')}
                    </span>
                  </>
                ) : null}
              </td>
              <td>
                {item.socialArea?.name ?? 'unbekannt'}
                <br />
                <span className="muted small">{item.team.name}</span>
              </td>
              <td>
                <span className="cluster">
                  <IntakeStatusBadge status={item.status} />
                  <UnreadBadge count={item.unreadMessages} />
                </span>
              </td>
              <td>{item.claimedBy?.displayName ?? <span className="muted">niemand</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
