import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { isFamilyLanguage, languageInfo } from '../../i18n/languages.ts';
import { useContentPage, usePublicOffice } from '../api.ts';
import { Markdown } from '../components/Markdown.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { TeamContactCard } from '../components/TeamContactCard.tsx';
import { isStandardSlug } from '../content.ts';

/** An information page written by the office (Markdown from the API, in the chosen language). */
export default function InfoPage() {
  const { t, i18n, context } = useFamilyTranslation();
  const { slug = '' } = useParams();
  const lang = currentLanguage(i18n);
  const page = useContentPage(slug, lang, context);
  const fallbackTitle = isStandardSlug(slug) ? t(`info.pages.${slug}`) : t('info.title');

  if (page.isPending) return <PageLoading />;
  if (page.isError) {
    const missing = isApiError(page.error, 404);
    return (
      <div className="fam-stack">
        <title>{`${fallbackTitle} – Lotse`}</title>
        <h1>{fallbackTitle}</h1>
        <p className="fam-notice" role="alert">
          {missing ? t('info.missing') : t('errors.loadFailed')}
        </p>
        {slug === 'contact' ? <OfficeTeams /> : null}
        <BackHome />
      </div>
    );
  }

  // The server falls back to German when a text is missing in this language: mark it, so screen
  // readers switch voice and right-to-left pages show it left to right.
  const shownInOtherLanguage = page.data.lang !== lang;
  const textLang = shownInOtherLanguage ? page.data.lang : undefined;
  const textDir = textLang ? (isFamilyLanguage(textLang) ? languageInfo(textLang).dir : 'ltr') : undefined;
  return (
    <article className="fam-stack">
      <title>{`${page.data.title} – Lotse`}</title>
      <h1 lang={textLang} dir={textDir}>
        {page.data.title}
      </h1>
      {shownInOtherLanguage ? <p className="fam-notice">{t('info.onlyGerman')}</p> : null}
      <div lang={textLang} dir={textDir}>
        <Markdown>{page.data.bodyMd}</Markdown>
      </div>
      {slug === 'contact' ? <OfficeTeams /> : null}
      <BackHome />
    </article>
  );
}

function BackHome() {
  const { t } = useFamilyTranslation();
  return (
    <p>
      <Link to="/" className="fam-back">
        {t('common.backHome')}
      </Link>
    </p>
  );
}

/** The office's teams, for the contact page (the list itself is data from the server). */
function OfficeTeams() {
  const { t } = useFamilyTranslation();
  const office = usePublicOffice();
  if (office.isPending) return <PageLoading />;
  if (office.isError || !office.data) return <p className="fam-notice">{t('info.teamsUnavailable')}</p>;
  return (
    <section className="fam-stack" aria-labelledby="fam-teams-title">
      <h2 id="fam-teams-title">{t('info.teamsTitle')}</h2>
      <ul className="fam-team-list">
        {office.data.teams.map((team) => (
          <li key={team.id}>
            <TeamContactCard team={team} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
