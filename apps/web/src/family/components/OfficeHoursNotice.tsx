import type { TFamilyLanguage, TTeamAvailability } from '@lotse/shared';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { usePublicOffice } from '../api.ts';
import { formatOpeningDay, formatTime } from '../format.ts';
import { PhoneIcon } from './icons.tsx';

interface Line {
  key: 'police' | 'fire' | 'office';
  number: string;
}

/** The numbers to call now: police, fire and ambulance, and the office's own crisis line if it has one. */
function EmergencyCallLinks() {
  const { t } = useFamilyTranslation();
  const office = usePublicOffice();
  const crisis = office.data?.crisisPhone;
  const lines: Line[] = [
    { key: 'police', number: '110' },
    { key: 'fire', number: '112' },
    ...(crisis ? [{ key: 'office' as const, number: crisis }] : []),
  ];
  return (
    <ul className="fam-callnow">
      {lines.map((line) => (
        <li key={line.key}>
          <a className="fam-callnow-link" href={`tel:${line.number.replace(/[^\d+]/g, '')}`}>
            <PhoneIcon />
            <span className="fam-callnow-text">
              <span className="fam-callnow-number" dir="ltr">
                {line.number}
              </span>
              <span className="fam-callnow-name">
                {t(`emergency.lines.${line.key}.name`, { office: office.data?.name ?? '' })}
              </span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * Above the composer: whether the team is in the office, when it answers again, and (when nobody
 * reads messages now) that danger cannot wait for an answer: call 110 or 112.
 */
export function OfficeHoursNotice(props: { availability: TTeamAvailability; lang: TFamilyLanguage }) {
  const { t } = useFamilyTranslation();
  const { openNow, nextOpening, hours } = props.availability;

  if (openNow === true) {
    return (
      <p className="fam-office fam-office-open">
        <span className="fam-office-dot" aria-hidden="true" />
        {t('officeHours.open')}
      </p>
    );
  }
  if (openNow === null) {
    // No weekly schedule entered: the office's own words (German free text) if there are any.
    return hours ? (
      <p className="fam-office">
        {t('team.hours')}: <span lang="de">{hours}</span>
      </p>
    ) : null;
  }
  const opening = nextOpening ? new Date(nextOpening) : null;
  return (
    <div className="fam-office fam-office-closed">
      <p>
        <strong>{t('officeHours.closed')}</strong>
        {opening ? (
          <>
            {' '}
            {t('officeHours.answersFrom', {
              day: formatOpeningDay(props.lang, opening),
              time: formatTime(props.lang, opening),
            })}
          </>
        ) : null}
      </p>
      <p className="fam-office-danger">{t('officeHours.danger')}</p>
      <EmergencyCallLinks />
    </div>
  );
}
