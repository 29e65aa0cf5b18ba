import { offerSettings, type TOfferSetting } from '@lotse/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { PageLoading } from '../components/PageLoading.tsx';
import { DIRECTORY_PAGE_SIZE, directoryQueryKey, fetchDirectory } from '../offers/api.ts';
import { OfferCard } from '../offers/OfferCard.tsx';

const ALL = 'all';

function settingFrom(value: string | null): TOfferSetting | null {
  return offerSettings.find((s) => s === value) ?? null;
}

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 ? page : 1;
}

function search(setting: TOfferSetting | null, page: number): string {
  const params = new URLSearchParams();
  if (setting) params.set('setting', setting);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * "Offers in the region" (public, no sign-in): the providers' offers of the office's region, filtered
 * by setting, in the reader's language around the providers' German texts. No free places: whether a
 * place is free is settled by the office with the provider.
 */
export default function DirectoryPage() {
  const { t, i18n } = useFamilyTranslation();
  const lang = currentLanguage(i18n);
  const [params, setParams] = useSearchParams();
  const setting = settingFrom(params.get('setting'));
  const page = pageFrom(params.get('page'));
  const offers = useQuery({
    queryKey: directoryQueryKey(setting, page),
    queryFn: ({ signal }) => fetchDirectory(setting, page, signal),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
  // The radio follows the click at once; the address (and so the list) follows the router.
  const [chosen, setChosen] = useState<string>(setting ?? ALL);
  useEffect(() => setChosen(setting ?? ALL), [setting]);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const firstPage = useRef(page);

  // A new page of results: start reading (and scrolling) at its top, not at the links below.
  useEffect(() => {
    if (firstPage.current === page) return;
    firstPage.current = page;
    resultsRef.current?.focus();
    resultsRef.current?.scrollIntoView({ block: 'start' });
  }, [page]);

  const total = offers.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
  return (
    <div className="fam-stack">
      <title>{`${t('directory.title')} – Lotse`}</title>
      <h1>{t('directory.title')}</h1>
      <p>{t('directory.intro')}</p>
      <p className="fam-notice">{t('directory.choice')}</p>

      <fieldset className="fam-choice-list">
        <legend>{t('directory.filterLegend')}</legend>
        {[ALL, ...offerSettings].map((value) => (
          <label key={value} className="fam-choice">
            <input
              type="radio"
              name="offer-setting"
              value={value}
              checked={chosen === value}
              onChange={() => {
                setChosen(value);
                setParams(value === ALL ? {} : { setting: value }, { replace: true });
              }}
            />
            {value === ALL ? (
              <span>{t('directory.all')}</span>
            ) : (
              <span className="fam-choice-text">
                <span>{t(`offers.setting.${value}`)}</span>
                <span className="fam-muted">{t(`offers.settingText.${value}`)}</span>
              </span>
            )}
          </label>
        ))}
      </fieldset>

      <section
        className="fam-stack"
        aria-labelledby="fam-directory-results"
        aria-busy={offers.isFetching ? true : undefined}
      >
        <h2 id="fam-directory-results" ref={resultsRef} tabIndex={-1} aria-live="polite">
          {offers.data ? t('directory.found', { total }) : t('directory.resultsTitle')}
        </h2>
        <p className="fam-muted">{t('directory.noPlaces')}</p>
        {offers.isPending ? <PageLoading /> : null}
        {offers.isError ? (
          <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, offers.error, lang)}</p>
        ) : null}
        {offers.data && offers.data.items.length === 0 ? (
          <p className="fam-muted">{t('directory.empty')}</p>
        ) : null}
        {offers.data && offers.data.items.length > 0 ? (
          <ul className="fam-file-list">
            {offers.data.items.map((offer) => (
              <li key={offer.id}>
                <OfferCard offer={offer} lang={lang} headingLevel={3} />
              </li>
            ))}
          </ul>
        ) : null}
        {pages > 1 ? (
          <nav aria-label={t('directory.pagesNav')} className="fam-row fam-pages">
            {page > 1 ? (
              <Link
                to={{ pathname: '/angebote', search: search(setting, page - 1) }}
                className="fam-btn fam-btn-secondary"
              >
                {t('directory.previous')}
              </Link>
            ) : null}
            <span>{t('directory.page', { page, pages })}</span>
            {page < pages ? (
              <Link
                to={{ pathname: '/angebote', search: search(setting, page + 1) }}
                className="fam-btn fam-btn-secondary"
              >
                {t('directory.next')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>

      <Link to="/" className="fam-back">
        {t('common.backHome')}
      </Link>
    </div>
  );
}
