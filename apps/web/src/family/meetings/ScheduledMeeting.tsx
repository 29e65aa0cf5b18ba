import type { TFamilyLanguage, TTeamContact } from '@lotse/shared';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { VideoIcon } from '../components/requestIcons.tsx';
import { formatDay, formatTimeRange } from '../format.ts';
import type { FamilyMeeting } from '../requestApi.ts';

/** The appointment the family chose: when, and how to join (video link) or where to go (address). */
export function ScheduledMeeting(props: {
  meeting: FamilyMeeting;
  team: TTeamContact;
  lang: TFamilyLanguage;
  /** Right after choosing: thank the family and move focus here, so screen readers hear the result. */
  justChosen?: boolean;
}) {
  const { t } = useFamilyTranslation();
  const { meeting, team, lang } = props;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (props.justChosen) heading.current?.focus();
  }, [props.justChosen]);

  if (!meeting.chosenSlot) return null;
  const start = new Date(meeting.chosenSlot.startsAt);
  const end = new Date(start.getTime() + meeting.durationMinutes * 60_000);
  const over = end.getTime() < Date.now();
  const inPerson = meeting.kind === 'in_person';

  return (
    <div className="fam-stack fam-meeting-scheduled">
      <h3 ref={heading} tabIndex={-1} className="fam-meeting-title">
        {meeting.title}
      </h3>
      {props.justChosen ? <p className="fam-reassure">{t('meetings.chosen')}</p> : null}
      <p className="fam-meeting-when">
        <span className="fam-meeting-label">{t('meetings.yourAppointment')}</span>{' '}
        <strong className="fam-meeting-day">{formatDay(lang, start)}</strong>{' '}
        <span className="fam-meeting-time">{formatTimeRange(lang, start, end)}</span>
      </p>
      {over ? (
        <p className="fam-muted">{t('meetings.past')}</p>
      ) : inPerson ? (
        <div>
          <p>{t('meetings.inPerson')}</p>
          {team.address ? (
            <p className="fam-meeting-address" lang="de">
              {team.address}
            </p>
          ) : (
            <p>{t('meetings.inPersonNoAddress')}</p>
          )}
        </div>
      ) : (
        <div className="fam-stack fam-meeting-video">
          <p>{t('meetings.video')}</p>
          <Link to={meeting.videoPath} className="fam-btn fam-btn-primary fam-btn-block fam-join">
            <VideoIcon />
            <span>{t('meetings.join')}</span>
          </Link>
          <p className="fam-muted">{t('meetings.joinHint')}</p>
        </div>
      )}
      {over ? null : (
        <>
          <p className="fam-muted">{t('meetings.reminder')}</p>
          <p className="fam-muted">{t('meetings.change')}</p>
        </>
      )}
    </div>
  );
}
