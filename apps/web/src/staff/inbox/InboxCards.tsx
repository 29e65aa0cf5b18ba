import type { TInboxItem } from '@lotse/shared';
import { IntakeStatusBadge, UnreadBadge, UrgentBadge } from './InboxBadges.tsx';
import { DangerSignals, RequestLink } from './InboxTable.tsx';
import { ageText, foreignLanguage, waitingText, writerText } from './labels.ts';

/** The inbox as cards (phone widths). */
export function InboxCards(props: { items: TInboxItem[] }) {
  return (
    <ul className="plain-list case-cards" aria-label={`Anfragen (${props.items.length})`}>
      {props.items.map((item) => {
        const details = [writerText(item), ageText(item.age), foreignLanguage(item.language)];
        return (
          <li key={item.id} className={item.urgent ? 'case-card inbox-card-urgent' : 'case-card'}>
            <div className="cluster">
              {item.urgent ? <UrgentBadge /> : null}
              <IntakeStatusBadge status={item.status} />
              <UnreadBadge count={item.unreadMessages} />
            </div>
            <h2 className="case-card-title">
              <RequestLink item={item} />
            </h2>
            <DangerSignals signals={item.dangerSignals} />
            <p className="case-card-meta">
              Eingang {waitingText(item.ageMinutes)}
              <br />
              Von: {details.filter(Boolean).join(' · ')}
              <br />
              {item.socialArea?.name ?? 'Sozialraum unbekannt'} · {item.team.name}
              <br />
              Zuständig: {item.claimedBy?.displayName ?? 'niemand'}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
