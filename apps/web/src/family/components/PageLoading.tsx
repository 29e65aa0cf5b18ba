import { useFamilyTranslation } from '../../i18n/address.ts';

/** Placeholder while a page's code or data loads; announced politely. */
export function PageLoading() {
  const { t } = useFamilyTranslation();
  return (
    <p className="fam-loading" role="status">
      <span className="fam-loading-dot" aria-hidden="true" />
      {t('common.loading')}
    </p>
  );
}
