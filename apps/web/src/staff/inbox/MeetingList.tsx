import type { TMeeting } from '@lotse/shared';
import { Link } from 'react-router';
import { Badge, buttonClass } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';
import { GuestLinkForm } from './GuestLinkForm.tsx';
import { meetingStatusLabels, meetingStatusTone } from './labels.ts';

function MeetingBody(props: { meeting: TMeeting }) {
  const m = props.meeting;
  switch (m.status) {
    case 'proposed':
      return (
        <>
          <p className="meeting-line">Vorschläge – die Familie wählt einen aus:</p>
          <ul className="meeting-slots">
            {m.slots.map((s) => (
              <li key={s.id}>
                <time dateTime={s.startsAt}>{formatDateTime(s.startsAt)}</time>
              </li>
            ))}
          </ul>
        </>
      );
    case 'scheduled':
      return (
        <>
          <p className="meeting-line">
            Termin:{' '}
            {m.chosenSlot ? (
              <strong>
                <time dateTime={m.chosenSlot.startsAt}>{formatDateTime(m.chosenSlot.startsAt)}</time>
              </strong>
            ) : (
              '–'
            )}
          </p>
          {m.kind === 'video' ? (
            <>
              <p className="meeting-line">
                <Link to={m.videoPath || `/video/${m.id}`} className={buttonClass('primary', 'sm')}>
                  Zum Videogespräch<span className="visually-hidden"> „{m.title}“</span>
                </Link>
              </p>
              <GuestLinkForm meetingId={m.id} title={m.title} />
            </>
          ) : (
            <p className="meeting-line">Die Familie kommt ins Amt (Adresse des Teams).</p>
          )}
        </>
      );
    case 'cancelled':
      return <p className="meeting-line muted">Dieser Termin findet nicht statt.</p>;
  }
}

/** Proposed, agreed and cancelled appointments, newest first (as the server sends them). */
export function MeetingList(props: { meetings: TMeeting[] }) {
  return (
    <ul className="plain-list meeting-list">
      {props.meetings.map((m) => (
        <li key={m.id} className="meeting">
          <div className="meeting-head">
            <h3 className="meeting-title">{m.title}</h3>
            <Badge tone={meetingStatusTone(m.status)}>{meetingStatusLabels[m.status]}</Badge>
          </div>
          <p className="meeting-line muted small">
            {m.kind === 'video' ? 'Videogespräch' : 'Termin im Amt'} · Dauer: {m.durationMinutes} Minuten
          </p>
          <MeetingBody meeting={m} />
        </li>
      ))}
    </ul>
  );
}
