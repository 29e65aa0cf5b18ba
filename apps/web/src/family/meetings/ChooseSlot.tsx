import type { TFamilyLanguage } from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { formatDay, formatMinutes, formatTimeRange } from '../format.ts';
import { chooseMeetingSlot, type FamilyMeeting } from '../requestApi.ts';
import { familyMeetingsKey } from './keys.ts';

/** The proposed times as big radio cards and one button to take the chosen time. */
export function ChooseSlot(props: {
  meeting: FamilyMeeting;
  lang: TFamilyLanguage;
  onChosen: (meetingId: string) => void;
}) {
  const { t } = useFamilyTranslation();
  const { meeting, lang } = props;
  const queryClient = useQueryClient();
  const titleId = useId();
  const [slotId, setSlotId] = useState<string | null>(null);
  const choose = useMutation({
    mutationFn: (id: string) => chooseMeetingSlot(meeting.id, id),
    onSuccess: (updated) => {
      queryClient.setQueryData<FamilyMeeting[]>(familyMeetingsKey, (old) =>
        old?.map((m) => (m.id === updated.id ? updated : m)),
      );
      props.onChosen(updated.id);
    },
    // Someone else chose already, or the time has passed: show what the server knows now.
    onError: () => queryClient.invalidateQueries({ queryKey: familyMeetingsKey }),
  });

  const now = Date.now();
  const open = meeting.slots.filter((slot) => Date.parse(slot.startsAt) > now);
  const length = meeting.durationMinutes * 60_000;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (slotId) choose.mutate(slotId);
  }

  return (
    <form className="fam-form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId} className="fam-meeting-title">
        {meeting.title}
      </h3>
      <p className="fam-muted">
        {t('meetings.duration', { duration: formatMinutes(lang, meeting.durationMinutes) })}
      </p>
      {open.length === 0 ? (
        <p className="fam-notice">{t('meetings.noTimesLeft')}</p>
      ) : (
        <>
          <fieldset className="fam-fieldset">
            <legend className="fam-label fam-slots-legend">{t('meetings.pick')}</legend>
            <div className="fam-slots">
              {open.map((slot) => {
                const start = new Date(slot.startsAt);
                return (
                  <label key={slot.id} className="fam-slot">
                    <input
                      type="radio"
                      name={`slot-${meeting.id}`}
                      value={slot.id}
                      checked={slotId === slot.id}
                      onChange={() => setSlotId(slot.id)}
                    />
                    <span className="fam-slot-text">
                      <span className="fam-slot-day">{formatDay(lang, start)}</span>{' '}
                      <span className="fam-slot-time">
                        {formatTimeRange(lang, start, new Date(start.getTime() + length))}
                      </span>
                    </span>
                  </label>
                );
              })}
            </div>
          </fieldset>
          <p className="fam-muted">{t('meetings.reminder')}</p>
          <div aria-live="polite">
            {choose.isError ? (
              <p className="fam-notice fam-notice-danger">
                {isApiError(choose.error, 409) || isApiError(choose.error, 404)
                  ? t('meetings.chooseFailed')
                  : familyErrorMessage(t, choose.error, lang)}
              </p>
            ) : null}
          </div>
          <button
            type="submit"
            className="fam-btn fam-btn-primary fam-btn-block"
            disabled={!slotId || choose.isPending}
            aria-busy={choose.isPending}
          >
            {t('meetings.confirm')}
          </button>
        </>
      )}
    </form>
  );
}
