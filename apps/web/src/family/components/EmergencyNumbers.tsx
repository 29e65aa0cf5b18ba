import { useFamilyTranslation } from '../../i18n/address.ts';
import { usePublicOffice } from '../api.ts';
import { PhoneIcon } from './icons.tsx';

interface Hotline {
  /** i18n key below `emergency.lines`. */
  key: 'police' | 'fire' | 'office' | 'kids' | 'parents' | 'women';
  display: string;
  dial: string;
  urgent?: boolean;
}

// Nationwide numbers; free of charge. The office's own crisis number comes from the server.
const nationwide: Hotline[] = [
  { key: 'police', display: '110', dial: '110', urgent: true },
  { key: 'fire', display: '112', dial: '112', urgent: true },
  { key: 'kids', display: '116 111', dial: '116111' },
  { key: 'parents', display: '0800 111 0 550', dial: '08001110550' },
  { key: 'women', display: '116 016', dial: '116016' },
];

/** `tel:` needs digits (and a leading +) only. */
function dialString(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}

/** Emergency numbers as big `tel:` links: police, fire/ambulance, the office, helplines. */
export function EmergencyNumbers() {
  const { t } = useFamilyTranslation();
  const office = usePublicOffice();
  const lines = [...nationwide];
  const crisis = office.data?.crisisPhone;
  if (crisis) lines.splice(2, 0, { key: 'office', display: crisis, dial: dialString(crisis), urgent: true });

  return (
    <ul className="fam-hotlines">
      {lines.map((line) => (
        <li key={line.key}>
          <a
            className={line.urgent ? 'fam-hotline fam-hotline-urgent' : 'fam-hotline'}
            href={`tel:${line.dial}`}
          >
            <span className="fam-hotline-icon">
              <PhoneIcon />
            </span>
            <span className="fam-hotline-text">
              <strong className="fam-hotline-name">
                {t(`emergency.lines.${line.key}.name`, { office: office.data?.name ?? '' })}
              </strong>
              <span className="fam-hotline-number" dir="ltr">
                {line.display}
              </span>
              <span className="fam-hotline-desc">{t(`emergency.lines.${line.key}.desc`)}</span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
