import type { TFamilyLanguage, TTeamContact } from '@lotse/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { type FamilyMeeting, fetchFamilyMeetings } from '../requestApi.ts';
import { ChooseSlot } from './ChooseSlot.tsx';
import { familyMeetingsKey } from './keys.ts';
import { ScheduledMeeting } from './ScheduledMeeting.tsx';

/** Scheduled ones first (soonest first), then open proposals (newest first, as the server sends them). */
function byRelevance(meetings: FamilyMeeting[]): FamilyMeeting[] {
  const start = (m: FamilyMeeting) =>
    m.chosenSlot ? Date.parse(m.chosenSlot.startsAt) : Number.POSITIVE_INFINITY;
  return [...meetings].sort((a, b) => start(a) - start(b));
}

function MeetingCard(props: {
  meeting: FamilyMeeting;
  team: TTeamContact;
  lang: TFamilyLanguage;
  justChosen: boolean;
  onChosen: (meetingId: string) => void;
}) {
  const { meeting } = props;
  switch (meeting.status) {
    case 'proposed':
      return <ChooseSlot meeting={meeting} lang={props.lang} onChosen={props.onChosen} />;
    case 'scheduled':
      return (
        <ScheduledMeeting
          meeting={meeting}
          team={props.team}
          lang={props.lang}
          justChosen={props.justChosen}
        />
      );
    case 'cancelled':
      // The server leaves cancelled meetings out for families; nothing to show if one slips through.
      return null;
  }
}

/** Appointments the team offered: choose a time, then see the appointment (video link or address). */
export function FamilyMeetings(props: { team: TTeamContact; lang: TFamilyLanguage }) {
  const { t } = useFamilyTranslation();
  const [justChosen, setJustChosen] = useState<string | null>(null);
  const meetings = useQuery({
    queryKey: familyMeetingsKey,
    queryFn: ({ signal }) => fetchFamilyMeetings(signal),
    retry: false,
    // New proposals are not announced on the socket: look again now and then.
    refetchInterval: 5 * 60_000,
  });

  if (meetings.isPending) return null;
  if (meetings.isError) {
    return (
      <section className="fam-card" aria-labelledby="fam-meetings-title">
        <h2 id="fam-meetings-title">{t('meetings.title')}</h2>
        <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, meetings.error, props.lang)}</p>
      </section>
    );
  }
  const shown = byRelevance(meetings.data.filter((m) => m.status !== 'cancelled'));
  if (shown.length === 0) return null;

  return (
    <section className="fam-card fam-meetings" aria-labelledby="fam-meetings-title">
      <h2 id="fam-meetings-title">{t('meetings.title')}</h2>
      <ul className="fam-meeting-list">
        {shown.map((meeting) => (
          <li key={meeting.id} className="fam-meeting">
            <MeetingCard
              meeting={meeting}
              team={props.team}
              lang={props.lang}
              justChosen={justChosen === meeting.id}
              onChosen={setJustChosen}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
