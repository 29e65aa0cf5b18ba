import type { TFamilyLanguage } from '@lotse/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { formatSentAt } from '../format.ts';
import { fetchOffers, offersQueryKey } from './api.ts';

/** "Offers to choose from" on the file, once the office has put offers before the person (§ 5). */
export function OffersCard({ lang }: { lang: TFamilyLanguage }) {
  const { t } = useFamilyTranslation();
  const offers = useQuery({ queryKey: offersQueryKey, queryFn: ({ signal }) => fetchOffers(signal) });
  if (!offers.data || offers.data.offers.length === 0) return null;
  const wish = offers.data.myWish;
  return (
    <section className="fam-card fam-stack" aria-labelledby="fam-offers-card-title">
      <h2 id="fam-offers-card-title">{t('offers.cardTitle')}</h2>
      <p>{t('offers.cardIntro')}</p>
      {wish ? (
        <p className="fam-notice fam-notice-success">
          {t('offers.cardWished', { date: formatSentAt(lang, new Date(wish.at)) })}
        </p>
      ) : null}
      <Link
        to="/meine-akte/angebote"
        className={wish ? 'fam-btn fam-btn-secondary' : 'fam-btn fam-btn-primary'}
      >
        {t('offers.cardLink')}
      </Link>
    </section>
  );
}
