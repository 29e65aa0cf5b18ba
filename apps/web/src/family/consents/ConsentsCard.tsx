import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { consentsQueryKey, fetchConsents } from './api.ts';

/**
 * "My consents" on the file: how many requests wait for an answer, and the way to the page. Hidden
 * while nobody has asked the person for a consent.
 */
export function ConsentsCard() {
  const { t } = useFamilyTranslation();
  const consents = useQuery({ queryKey: consentsQueryKey, queryFn: ({ signal }) => fetchConsents(signal) });
  if (!consents.data || consents.data.items.length === 0) return null;
  const waiting = consents.data.items.filter((c) => c.status === 'requested').length;
  return (
    <section className="fam-card fam-stack" aria-labelledby="fam-consents-card-title">
      <h2 id="fam-consents-card-title">{t('consents.cardTitle')}</h2>
      <p>{t('consents.cardIntro')}</p>
      {waiting > 0 ? (
        <p className="fam-notice fam-notice-warning">{t('consents.cardWaiting', { count: waiting })}</p>
      ) : null}
      <Link
        to="/meine-akte/einwilligungen"
        className={waiting > 0 ? 'fam-btn fam-btn-primary' : 'fam-btn fam-btn-secondary'}
      >
        {t('consents.cardLink')}
      </Link>
    </section>
  );
}
