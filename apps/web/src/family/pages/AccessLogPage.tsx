import type { TFamilyAccessLog } from '@lotse/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { PageLoading } from '../components/PageLoading.tsx';
import { fetchAccessLog } from '../fileApi.ts';
import { formatSentAt } from '../format.ts';

/** Who read or changed the person's data, in plain words, from the office's audit log. */
export default function AccessLogPage() {
  const { t, i18n } = useFamilyTranslation();
  const lang = currentLanguage(i18n);
  // The first page through the query cache; older pages are appended on request (useQuery only:
  // useInfiniteQuery would split React Query into one more chunk on the start page).
  const log = useQuery({
    queryKey: ['family', 'access-log'],
    queryFn: ({ signal }) => fetchAccessLog(null, signal),
    retry: false,
  });
  const [older, setOlder] = useState<TFamilyAccessLog[]>([]);
  const next = (older.at(-1) ?? log.data)?.nextBefore ?? null;
  const more = useMutation({
    mutationFn: () => fetchAccessLog(next),
    onSuccess: (page) => setOlder((pages) => [...pages, page]),
  });

  if (log.isPending) return <PageLoading />;
  if (log.isError) {
    if (isApiError(log.error, 401)) return <Navigate to="/zurueck" replace />;
    return (
      <div className="fam-stack">
        <h1>{t('accessLog.title')}</h1>
        <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, log.error, lang)}</p>
      </div>
    );
  }
  const items = [log.data, ...older].flatMap((p) => p.items);

  return (
    <div className="fam-stack">
      <title>{`${t('accessLog.title')} – Lotse`}</title>
      <h1>{t('accessLog.title')}</h1>
      <p>{t('accessLog.lead')}</p>
      <ol className="fam-file-list fam-access-log">
        {items.map((item) => (
          <li key={item.id}>
            <span>
              {item.who === 'self'
                ? t(`accessLog.self.${item.what}`)
                : t(`accessLog.other.${item.what}`, {
                    who: t(`accessLog.who.${item.who}`, { unit: item.unit ?? '' }),
                  })}
            </span>
            <br />
            <span className="fam-muted">{formatSentAt(lang, new Date(item.at))}</span>
          </li>
        ))}
      </ol>
      {next ? (
        <button
          type="button"
          className="fam-btn fam-btn-secondary"
          onClick={() => more.mutate()}
          disabled={more.isPending}
        >
          {t('accessLog.more')}
        </button>
      ) : null}
      <Link to="/meine-akte" className="fam-back">
        {t('accessLog.back')}
      </Link>
    </div>
  );
}
