import type { TOmbudsOffice } from '@lotse/shared';
import { useFamilyTranslation } from '../../i18n/address.ts';

/** The region's independent ombuds office (§ 9a), as the office entered it. */
export function OmbudsCard({ office }: { office: TOmbudsOffice }) {
  const { t } = useFamilyTranslation();
  return (
    <section className="fam-card" aria-labelledby="fam-ombuds-title">
      <h2 id="fam-ombuds-title">{t('complaint.ombudsTitle')}</h2>
      <p>{t('complaint.ombudsText')}</p>
      <h3 dir="auto">{office.name}</h3>
      <dl className="fam-team-details">
        {office.phone ? (
          <div>
            <dt>{t('complaint.ombudsPhone')}</dt>
            <dd>
              <a href={`tel:${office.phone.replace(/[^\d+]/g, '')}`} dir="ltr">
                {office.phone}
              </a>
            </dd>
          </div>
        ) : null}
        {office.email ? (
          <div>
            <dt>{t('complaint.ombudsEmail')}</dt>
            <dd>
              <a href={`mailto:${office.email}`} dir="ltr">
                {office.email}
              </a>
            </dd>
          </div>
        ) : null}
        {office.website ? (
          <div>
            <dt>{t('complaint.ombudsWebsite')}</dt>
            <dd>
              <a href={office.website} rel="noopener noreferrer" target="_blank" dir="ltr">
                {office.website.replace(/^https:\/\//, '')}
              </a>
            </dd>
          </div>
        ) : null}
        {office.address ? (
          <div>
            <dt>{t('complaint.ombudsAddress')}</dt>
            <dd dir="auto">{office.address}</dd>
          </div>
        ) : null}
        {office.hours ? (
          <div>
            <dt>{t('complaint.ombudsHours')}</dt>
            <dd dir="auto">{office.hours}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
