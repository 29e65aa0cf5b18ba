import type { TFamilyLanguage } from '@lotse/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { fetchFeedback } from '../fileApi.ts';
import { formatDay } from '../format.ts';

export const feedbackQueryKey = ['family', 'feedback'] as const;

/**
 * "Your feedback" on the file: whether a check-in is waiting, for the signed-in person and each
 * younger child they answer with, and when the next one comes. Hidden when the office switched the
 * check-ins off.
 */
export function FeedbackCard({ lang }: { lang: TFamilyLanguage }) {
  const { t } = useFamilyTranslation();
  const feedback = useQuery({ queryKey: feedbackQueryKey, queryFn: ({ signal }) => fetchFeedback(signal) });
  if (!feedback.data || feedback.data.intervalWeeks === null) return null;
  return (
    <section className="fam-card fam-feedback-card" aria-labelledby="fam-feedback-title">
      <h2 id="fam-feedback-title">{t('feedback.cardTitle')}</h2>
      <p>{t('feedback.cardIntro')}</p>
      <ul className="fam-file-list">
        {feedback.data.respondents.map((r) => {
          const path = `/meine-akte/rueckmeldung/${r.personId}`;
          const name = r.firstName;
          return (
            <li key={r.personId} className="fam-stack">
              {r.answeredToday ? (
                <p>{r.self ? t('feedback.thanksToday') : t('feedback.childThanksToday', { name })}</p>
              ) : r.due ? (
                <>
                  <p>{r.self ? t('feedback.dueSelf') : t('feedback.dueChild', { name })}</p>
                  <Link to={path} className="fam-btn fam-btn-primary">
                    {r.self ? t('feedback.answerNow') : t('feedback.answerWithChild', { name })}
                  </Link>
                </>
              ) : (
                <>
                  <p>
                    {r.self
                      ? t('feedback.nextOn', { date: formatDay(lang, new Date(`${r.nextOn}T12:00:00Z`)) })
                      : t('feedback.nextOnChild', {
                          name,
                          date: formatDay(lang, new Date(`${r.nextOn}T12:00:00Z`)),
                        })}
                  </p>
                  <Link to={path}>
                    {r.self ? t('feedback.answerAnyway') : t('feedback.answerWithChild', { name })}
                  </Link>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
