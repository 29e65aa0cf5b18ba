import { useTranslation } from 'react-i18next';

/** Placeholder while a page's code or data loads; announced politely. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="fam-loading" role="status">
      <span className="fam-loading-dot" aria-hidden="true" />
      {t('common.loading')}
    </p>
  );
}
