import { useState } from 'react';
import { Link } from 'react-router';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage, storedLanguage } from '../../i18n/i18n.ts';
import { useContentList, usePublicOffice } from '../api.ts';
import { ChatIcon, KeyIcon } from '../components/icons.tsx';
import { LanguagePicker } from '../components/LanguagePicker.tsx';
import { isStandardSlug, standardContentSlugs } from '../content.ts';

/** Start page: the language choice on a first visit, the two main ways in, and the information pages. */
export function HomePage() {
  const { t, i18n } = useFamilyTranslation();
  const lang = currentLanguage(i18n);
  const office = usePublicOffice();
  const [firstVisit, setFirstVisit] = useState(() => storedLanguage() === null);

  return (
    <div className="fam-stack">
      <title>{`${t('home.title')} – Lotse`}</title>
      {firstVisit ? (
        <section className="fam-welcome" aria-labelledby="fam-welcome-title">
          <h2 id="fam-welcome-title" className="fam-welcome-title">
            {t('home.chooseLanguage')}
            {lang !== 'en' ? (
              <span lang="en" dir="ltr" className="fam-welcome-sub">
                Choose your language
              </span>
            ) : null}
          </h2>
          <LanguagePicker
            onChosen={() => {
              // The picker disappears with the chosen button: keep the keyboard focus on the page.
              setFirstVisit(false);
              document.getElementById('inhalt')?.focus();
            }}
          />
        </section>
      ) : null}

      <div className="fam-hero">
        <h1>{t('home.title')}</h1>
        <p className="fam-lead">{t('home.lead', { office: office.data?.name ?? t('layout.office') })}</p>
      </div>

      <ul className="fam-actions">
        <li>
          <Link to="/anliegen" className="fam-action fam-action-primary">
            <ChatIcon />
            <span className="fam-action-text">
              <span className="fam-action-title">{t('home.startIntake')}</span>
              <span className="fam-action-desc">{t('home.startIntakeDesc')}</span>
            </span>
          </Link>
        </li>
        <li>
          <Link to="/zurueck" className="fam-action">
            <KeyIcon />
            <span className="fam-action-text">
              <span className="fam-action-title">{t('home.comeBack')}</span>
              <span className="fam-action-desc">{t('home.comeBackDesc')}</span>
            </span>
          </Link>
        </li>
      </ul>

      <section aria-labelledby="fam-info-title" className="fam-section">
        <h2 id="fam-info-title">{t('home.infoTitle')}</h2>
        <InfoLinks />
      </section>

      <p className="fam-reassure">{t('home.reassure')}</p>
    </div>
  );
}

/** The standard pages appear at once with their titles from the language file; the office's
 * own titles (and extra pages) replace them when the list arrives from the server. The directory of
 * the region's offers closes the list. */
function InfoLinks() {
  const { t, i18n, context } = useFamilyTranslation();
  const list = useContentList(currentLanguage(i18n), context);
  const fromServer = new Map((list.data ?? []).map((item) => [item.slug, item.title]));
  const extra = (list.data ?? []).filter((item) => !isStandardSlug(item.slug));
  const links = [
    ...standardContentSlugs.map((slug) => ({ slug, title: fromServer.get(slug) ?? t(`info.pages.${slug}`) })),
    ...extra,
  ];
  return (
    <ul className="fam-info-links">
      {links.map((link) => (
        <li key={link.slug}>
          <Link to={`/info/${link.slug}`} className="fam-info-link">
            {link.title}
          </Link>
        </li>
      ))}
      <li>
        <Link to="/angebote" className="fam-info-link">
          {t('directory.homeLink')}
        </Link>
      </li>
    </ul>
  );
}
