import { Link } from 'react-router';
import { useFamilyTranslation } from '../../i18n/address.ts';

export function NotFoundPage() {
  const { t } = useFamilyTranslation();
  return (
    <div className="fam-stack">
      <title>{`${t('notFound.title')} – Lotse`}</title>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/" className="fam-btn fam-btn-primary">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
