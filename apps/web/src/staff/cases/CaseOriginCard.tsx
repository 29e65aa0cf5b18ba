import { intakeTopicLabels, type TCaseOrigin } from '@lotse/shared';
import { Link } from 'react-router';
import { buttonClass, Card, DefinitionList } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';
import { UnreadBadge, UrgentBadge } from '../inbox/InboxBadges.tsx';
import { dangerSignalLabel, writerRoleLabels } from '../inbox/labels.ts';

/**
 * Where the case came from: the family's request through the family app, what the assistant saw
 * then, and the way to the family's conversation, which stays with the request.
 */
export function CaseOriginCard(props: { origin: TCaseOrigin }) {
  const o = props.origin;
  return (
    <Card title="Anfrage über die Familien-App" className="case-origin">
      <div className="stack-sm">
        {o.urgent || o.unreadMessages > 0 ? (
          <p className="cluster">
            {o.urgent ? <UrgentBadge /> : null}
            <UnreadBadge count={o.unreadMessages} />
          </p>
        ) : null}
        <DefinitionList
          items={[
            { term: 'Thema', value: intakeTopicLabels[o.topic] },
            { term: 'Geschrieben von', value: writerRoleLabels[o.writerRole] },
            { term: 'Eingegangen', value: formatDateTime(o.receivedAt) },
            {
              term: 'Gefahrenhinweise',
              value: o.dangerSignals.length ? o.dangerSignals.map(dangerSignalLabel).join(', ') : 'keine',
            },
          ]}
        />
        <p>
          <Link to={`/fachkraft/posteingang/${o.requestId}`} className={buttonClass('secondary')}>
            {o.unreadMessages > 0 ? 'Nachrichten der Familie lesen' : 'Unterhaltung mit der Familie'}
          </Link>
        </p>
      </div>
    </Card>
  );
}
