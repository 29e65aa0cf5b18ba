import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
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
