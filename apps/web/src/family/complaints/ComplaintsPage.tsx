import { complaintTopics, type TComplaintTopic, type TFamilyComplaint } from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { PageLoading } from '../components/PageLoading.tsx';
import { formatDay, formatSentAt } from '../format.ts';
import { complaintsQueryKey, fetchComplaints, sendComplaint } from './api.ts';
import { OmbudsCard } from './OmbudsCard.tsx';

const day = (lang: Parameters<typeof formatDay>[0], iso: string) =>
  formatDay(lang, new Date(`${iso}T12:00:00Z`));

/**
 * Complaints (§ 9a): the family — a young person alone, too — writes a complaint that goes to the
 * complaint office (not the caseworker), follows its status and reads the answer; the independent
 * ombuds office is shown with its contact.
 */
export default function ComplaintsPage() {
  const { t, i18n } = useFamilyTranslation();
  const lang = currentLanguage(i18n);
  const queryClient = useQueryClient();
  const complaints = useQuery({
    queryKey: complaintsQueryKey,
    queryFn: ({ signal }) => fetchComplaints(signal),
  });
  const [topic, setTopic] = useState<TComplaintTopic | null>(null);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [sentDue, setSentDue] = useState<string | null>(null);
  const textId = useId();
  const hintId = useId();
  const send = useMutation({
    mutationFn: sendComplaint,
    onSuccess: (result) => {
      queryClient.setQueryData(complaintsQueryKey, result);
      setSentDue(result.complaints[0]?.dueOn ?? null);
      setTopic(null);
      setText('');
    },
  });

  if (complaints.isPending) return <PageLoading />;
  if (complaints.isError) {
    if (isApiError(complaints.error, 401)) return <Navigate to="/zurueck" replace />;
    return (
      <div className="fam-stack">
        <h1>{t('complaint.title')}</h1>
        <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, complaints.error, lang)}</p>
      </div>
    );
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!topic || text.trim().length < 10) {
      setMissing(true);
      return;
    }
    setMissing(false);
    send.mutate({ topic, text: text.trim() });
  }

  const { ombudsOffice } = complaints.data;
  return (
    <div className="fam-stack">
      <title>{`${t('complaint.title')} – Lotse`}</title>
      <h1>{t('complaint.title')}</h1>
      <p>{t('complaint.intro')}</p>

      <div aria-live="polite">
        {sentDue ? (
          <p className="fam-notice fam-notice-success">{t('complaint.sent', { date: day(lang, sentDue) })}</p>
        ) : null}
      </div>

      <form className="fam-card fam-stack" onSubmit={submit} noValidate aria-labelledby="fam-complaint-new">
        <h2 id="fam-complaint-new">{t('complaint.newTitle')}</h2>
        <fieldset className="fam-choice-list" aria-invalid={missing && !topic ? true : undefined}>
          <legend>{t('complaint.topicLegend')}</legend>
          {complaintTopics.map((key) => (
            <label key={key} className="fam-choice">
              <input
                type="radio"
                name="complaint-topic"
                value={key}
                checked={topic === key}
                onChange={() => setTopic(key)}
              />
              <span>{t(`complaint.topic.${key}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="fam-field">
          <label htmlFor={textId}>{t('complaint.textLabel')}</label>
          <p id={hintId} className="fam-muted">
            {t('complaint.textHint')}
          </p>
          <textarea
            id={textId}
            className="input"
            rows={6}
            maxLength={5000}
            dir="auto"
            value={text}
            aria-describedby={hintId}
            aria-invalid={missing && text.trim().length < 10 ? true : undefined}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div aria-live="polite">
          {missing ? <p className="fam-notice fam-notice-danger">{t('complaint.missing')}</p> : null}
          {send.isError ? (
            <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, send.error, lang)}</p>
          ) : null}
        </div>
        <button type="submit" className="fam-btn fam-btn-primary" disabled={send.isPending}>
          {t('complaint.send')}
        </button>
      </form>

      {complaints.data.complaints.length > 0 ? (
        <section className="fam-card" aria-labelledby="fam-complaint-mine">
          <h2 id="fam-complaint-mine">{t('complaint.mineTitle')}</h2>
          <ul className="fam-file-list">
            {complaints.data.complaints.map((c) => (
              <ComplaintItem key={c.id} complaint={c} lang={lang} />
            ))}
          </ul>
        </section>
      ) : null}

      {ombudsOffice ? <OmbudsCard office={ombudsOffice} /> : null}

      <Link to="/" className="fam-back">
        {t('common.backHome')}
      </Link>
    </div>
  );
}

function ComplaintItem({
  complaint: c,
  lang,
}: {
  complaint: TFamilyComplaint;
  lang: ReturnType<typeof currentLanguage>;
}) {
  const { t } = useFamilyTranslation();
  return (
    <li className="fam-stack">
      <h3>{t(`complaint.topic.${c.topic}`)}</h3>
      <p>
        <span className={`fam-status fam-status-${c.status}`}>{t(`complaint.status.${c.status}`)}</span>{' '}
        <span className="fam-muted">
          {t('complaint.receivedOn', { date: formatSentAt(lang, new Date(c.receivedAt)) })}
          {c.status !== 'answered' ? ` · ${t('complaint.dueOn', { date: day(lang, c.dueOn) })}` : ''}
        </span>
      </p>
      <p className="fam-pre-wrap" dir="auto">
        {c.text}
      </p>
      {c.answer ? (
        <div className="fam-notice">
          <p>
            <strong>{t('complaint.answerTitle')}</strong>{' '}
            {c.answeredAt ? (
              <span className="fam-muted">({formatSentAt(lang, new Date(c.answeredAt))})</span>
            ) : null}
          </p>
          <p className="fam-pre-wrap" dir="auto">
            {c.answer}
          </p>
        </div>
      ) : null}
    </li>
  );
}
