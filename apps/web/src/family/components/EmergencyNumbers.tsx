import { defaultHelpLines, type THelpLineKey } from '@lotse/shared/help-lines';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { usePublicOffice } from '../api.ts';
import { PhoneIcon } from './icons.tsx';

interface Hotline {
  /** i18n key below `emergency.lines`. */
  key: THelpLineKey | 'office';
  display: string;
  urgent?: boolean;
}

/** Shown always, in this order (when the office has them switched on). */
const always: THelpLineKey[] = ['police', 'fire', 'kids', 'parents', 'women'];

/**
 * Lines that fit what the person wrote come first: crisis counselling for suicidal thoughts and
 * self-harm, the help line against sexual abuse for abuse — each next to the line for children.
 */
function fitting(signals: readonly string[]): THelpLineKey[] {
  const lines: THelpLineKey[] = [];
  if (signals.includes('suicide') || signals.includes('self_harm'))
    lines.push('crisis', 'crisis_alt', 'kids');
  if (signals.includes('sexual_abuse')) lines.push('abuse', 'kids');
  return lines;
}

/** `tel:` needs digits (and a leading +) only. */
function dialString(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}

/**
 * Emergency numbers as big `tel:` links: police, fire/ambulance, the office's crisis service and the
 * help lines. The numbers are office data (Verwaltung → Notrufnummern); until they have loaded, the
 * nationwide ones are shown.
 */
export function EmergencyNumbers(props: { signals?: readonly string[] }) {
  const { t } = useFamilyTranslation();
  const office = usePublicOffice();
  const numbers = new Map<THelpLineKey, string>(
    office.data
      ? office.data.helpLines.map((l) => [l.key, l.phone])
      : (Object.entries(defaultHelpLines) as [THelpLineKey, string][]),
  );
  const first = fitting(props.signals ?? []);
  const keys = [...new Set([...first, ...always])].filter((key) => numbers.has(key));
  const lines: Hotline[] = keys.map((key) => ({
    key,
    display: numbers.get(key) ?? '',
    urgent: key === 'police' || key === 'fire' || first.includes(key),
  }));
  const crisis = office.data?.crisisPhone;
  if (crisis) {
    const afterEmergency = lines.findIndex(
      (l) => l.key !== 'police' && l.key !== 'fire' && !first.includes(l.key as THelpLineKey),
    );
    lines.splice(afterEmergency < 0 ? lines.length : afterEmergency, 0, {
      key: 'office',
      display: crisis,
      urgent: true,
    });
  }

  return (
    <ul className="fam-hotlines">
      {lines.map((line) => (
        <li key={line.key}>
          <a
            className={line.urgent ? 'fam-hotline fam-hotline-urgent' : 'fam-hotline'}
            href={`tel:${dialString(line.display)}`}
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
