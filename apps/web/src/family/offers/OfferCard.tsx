import type { TFamilyLanguage, TPublicOffer } from '@lotse/shared';
import { type ReactNode, useId } from 'react';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { languageNames } from './languageNames.ts';

const dialString = (phone: string) => phone.replace(/[^\d+]/g, '');

/**
 * An offer as families read it: the provider's own title and description (German, shown as they
 * are), the setting in plain words (help at home, in a day group, living in a group), ages, the
 * team's languages and how to reach the provider. Never free places: those are for the office.
 */
export function OfferCard(props: {
  offer: TPublicOffer;
  lang: TFamilyLanguage;
  headingLevel: 2 | 3;
  /** Shown next to the title, e.g. "your wish". */
  badge?: ReactNode;
}) {
  const { t } = useFamilyTranslation();
  const { offer: o, lang } = props;
  const headingId = useId();
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <article className="fam-card fam-stack fam-offer" aria-labelledby={headingId}>
      <div className="fam-offer-head">
        <Heading id={headingId} lang="de" dir="auto">
          {o.title}
        </Heading>
        {props.badge}
      </div>
      <p className="fam-offer-provider" dir="auto">
        {o.providerName}
      </p>
      <p className="fam-offer-setting">
        <strong>{t(`offers.setting.${o.setting}`)}</strong> {t(`offers.settingText.${o.setting}`)}
      </p>
      <dl className="fam-team-details">
        <div>
          <dt>{t('offers.placeLabel')}</dt>
          <dd dir="auto">
            {o.facilityName}, {o.postcode} {o.city}
          </dd>
        </div>
        <div>
          <dt>{t('offers.agesLabel')}</dt>
          <dd>{t('offers.ages', { min: o.ageMin, max: o.ageMax })}</dd>
        </div>
        {o.languages.length > 0 ? (
          <div>
            <dt>{t('offers.languagesLabel')}</dt>
            <dd>{languageNames(t, lang, o.languages)}</dd>
          </div>
        ) : null}
        {o.phone ? (
          <div>
            <dt>{t('offers.phone')}</dt>
            <dd>
              <a href={`tel:${dialString(o.phone)}`} dir="ltr" className="fam-team-link">
                {o.phone}
              </a>
            </dd>
          </div>
        ) : null}
        {o.email ? (
          <div>
            <dt>{t('offers.email')}</dt>
            <dd>
              <a href={`mailto:${o.email}`} dir="ltr" className="fam-team-link fam-offer-link">
                {o.email}
              </a>
            </dd>
          </div>
        ) : null}
        {o.website && /^https?:\/\//i.test(o.website) ? (
          <div>
            <dt>{t('offers.website')}</dt>
            <dd>
              <a
                href={o.website}
                rel="noopener noreferrer"
                target="_blank"
                dir="ltr"
                className="fam-team-link fam-offer-link"
              >
                {o.website.replace(/^https?:\/\//, '')}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {o.description ? (
        <div className="fam-offer-description">
          <p className="fam-muted">{t('offers.descriptionLabel')}</p>
          <p lang="de" dir="auto" className="fam-pre-wrap">
            {o.description}
          </p>
        </div>
      ) : null}
    </article>
  );
}
