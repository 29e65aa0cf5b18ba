import {
  feedbackQuestions,
  type TFeedbackQuestion,
  type TFeedbackSubmitted,
  type TFeedbackVersion,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { EmergencyNumbers } from '../components/EmergencyNumbers.tsx';
import { familyErrorMessage } from '../components/errors.ts';
import { PageLoading } from '../components/PageLoading.tsx';
import { fetchFeedback, sendFeedback } from '../fileApi.ts';
import { Face } from './Face.tsx';
import { feedbackQueryKey } from './FeedbackCard.tsx';

type Scores = Partial<Record<TFeedbackQuestion, number>>;
const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * A check-in: three questions answered with a face from 1 to 5, and a free text. The child version
 * asks in simple words. After sending, a low mood or worrying words bring the emergency numbers.
 */
export default function FeedbackPage() {
  const { personId = '' } = useParams();
  const { t, i18n } = useFamilyTranslation();
  const lang = currentLanguage(i18n);
  const queryClient = useQueryClient();
  const feedback = useQuery({ queryKey: feedbackQueryKey, queryFn: ({ signal }) => fetchFeedback(signal) });
  const [scores, setScores] = useState<Scores>({});
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState<TFeedbackSubmitted | null>(null);
  const commentId = useId();
  const hintId = useId();
  const send = useMutation({
    mutationFn: sendFeedback,
    onSuccess: (result) => {
      setSent(result);
      queryClient.setQueryData(feedbackQueryKey, result);
    },
  });

  if (feedback.isPending) return <PageLoading />;
  if (feedback.isError) {
    if (isApiError(feedback.error, 401)) return <Navigate to="/zurueck" replace />;
    return (
      <div className="fam-stack">
        <h1>{t('feedback.pageTitle')}</h1>
        <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, feedback.error, lang)}</p>
      </div>
    );
  }
  const respondent = feedback.data.respondents.find((r) => r.personId === personId);
  if (!respondent) return <Navigate to="/meine-akte" replace />;
  const version: TFeedbackVersion = respondent.version;
  const child = version === 'child';
  const title = respondent.self
    ? t('feedback.pageTitle')
    : t('feedback.pageTitleChild', { name: respondent.firstName });

  if (sent) {
    const worried = sent.safety.danger || sent.safety.uncertain || scores.wellbeing === 1;
    return (
      <div className="fam-stack">
        <title>{`${title} – Lotse`}</title>
        <h1>{title}</h1>
        <p className="fam-notice fam-notice-success" role="status">
          {child ? t('feedback.child.thanks') : t('feedback.thanks')}
        </p>
        {worried ? (
          <section className="fam-card fam-feedback-worried" aria-labelledby="fam-feedback-worried">
            <h2 id="fam-feedback-worried">
              {child ? t('feedback.child.worriedTitle') : t('feedback.worriedTitle')}
            </h2>
            <p>{child ? t('feedback.child.worried') : t('feedback.worried')}</p>
            <EmergencyNumbers signals={sent.safety.signals} />
          </section>
        ) : null}
        <Link to="/meine-akte" className="fam-btn fam-btn-primary">
          {t('feedback.backToFile')}
        </Link>
      </div>
    );
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const { wellbeing, helpfulness, heard } = scores;
    if (wellbeing === undefined || helpfulness === undefined || heard === undefined) {
      setMissing(true);
      return;
    }
    setMissing(false);
    send.mutate({
      personId,
      version,
      wellbeing,
      helpfulness,
      heard,
      comment: comment.trim() || null,
      language: lang,
    });
  }

  return (
    <form className="fam-stack fam-feedback" onSubmit={submit} noValidate>
      <title>{`${title} – Lotse`}</title>
      <h1>{title}</h1>
      <p>{child ? t('feedback.child.intro', { name: respondent.firstName }) : t('feedback.intro')}</p>
      {feedbackQuestions.map((question) => (
        <ScaleQuestion
          key={question}
          question={question}
          child={child}
          value={scores[question]}
          invalid={missing && scores[question] === undefined}
          onChange={(score) => setScores((s) => ({ ...s, [question]: score }))}
        />
      ))}
      <div className="fam-field">
        <label htmlFor={commentId}>{child ? t('feedback.child.comment') : t('feedback.comment')}</label>
        <p id={hintId} className="fam-muted">
          {child ? t('feedback.child.commentHint') : t('feedback.commentHint')}
        </p>
        <textarea
          id={commentId}
          className="input"
          rows={4}
          maxLength={2000}
          dir="auto"
          value={comment}
          aria-describedby={hintId}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <div aria-live="polite">
        {missing ? <p className="fam-notice fam-notice-danger">{t('feedback.missing')}</p> : null}
        {send.isError ? (
          <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, send.error, lang)}</p>
        ) : null}
      </div>
      <div className="fam-row">
        <button type="submit" className="fam-btn fam-btn-primary" disabled={send.isPending}>
          {t('feedback.send')}
        </button>
        <Link to="/meine-akte" className="fam-back">
          {t('feedback.backToFile')}
        </Link>
      </div>
    </form>
  );
}

/** One question as a group of five faces (radio buttons), each with its words. */
function ScaleQuestion(props: {
  question: TFeedbackQuestion;
  child: boolean;
  value: number | undefined;
  invalid: boolean;
  onChange: (score: number) => void;
}) {
  const { t } = useFamilyTranslation();
  const name = useId();
  const scale = props.question === 'wellbeing' ? 'mood' : 'agree';
  return (
    <fieldset className="fam-scale-question" aria-invalid={props.invalid ? true : undefined}>
      <legend>
        {props.child ? t(`feedback.child.q.${props.question}`) : t(`feedback.q.${props.question}`)}
      </legend>
      <div className="fam-scale">
        {SCORES.map((score) => (
          <label key={score} className="fam-scale-option">
            <input
              type="radio"
              className="visually-hidden"
              name={name}
              value={score}
              checked={props.value === score}
              onChange={() => props.onChange(score)}
            />
            <Face score={score} />
            <span>{t(`feedback.scale.${scale}.${score}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
