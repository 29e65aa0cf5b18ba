import type { TFamilyFile, TFamilyLanguage } from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { rememberAddressForm, useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { PageLoading } from '../components/PageLoading.tsx';
import { PasskeyCard } from '../components/PasskeyCard.tsx';
import { SignOutRow, useFamilyLogout } from '../components/SignOutRow.tsx';
import { TeamContactCard } from '../components/TeamContactCard.tsx';
import { ConsentsCard } from '../consents/ConsentsCard.tsx';
import { FeedbackCard } from '../feedback/FeedbackCard.tsx';
import { addressFormOfRole, answerHelpPlan, documentUrl, fetchFamilyFile } from '../fileApi.ts';
import { formatDay, formatFileSize, formatSentAt } from '../format.ts';
import { OffersCard } from '../offers/OffersCard.tsx';

const day = (lang: TFamilyLanguage, iso: string) => formatDay(lang, new Date(`${iso}T12:00:00Z`));

/** A family account's own file: the help plan in plain words, released notes and documents, the family. */
export default function MyFilePage() {
  const { t, i18n } = useFamilyTranslation();
  const lang = currentLanguage(i18n);
  const file = useQuery({
    queryKey: ['family', 'file'],
    queryFn: ({ signal }) => fetchFamilyFile(signal),
    retry: false,
  });
  const logout = useFamilyLogout();

  const role = file.data?.me.role;
  useEffect(() => {
    if (role) rememberAddressForm(addressFormOfRole(role));
  }, [role]);

  if (file.isPending) return <PageLoading />;
  if (file.isError) {
    if (isApiError(file.error, 401))
      return logout.isIdle ? <Navigate to="/zurueck" replace /> : <PageLoading />;
    return (
      <div className="fam-stack">
        <h1>{t('file.title')}</h1>
        <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, file.error, lang)}</p>
      </div>
    );
  }
  const { me, team, persons, helpPlan, entries, documents } = file.data;

  return (
    <div className="fam-stack">
      <title>{`${t('file.title')} – Lotse`}</title>
      <h1>{t('file.title')}</h1>
      <p>{t('file.hello', { name: me.firstName })}</p>

      <FeedbackCard lang={lang} />
      <OffersCard lang={lang} />
      <ConsentsCard />

      <HelpPlanCard plan={helpPlan} lang={lang} />

      <section className="fam-card" aria-labelledby="fam-file-notes">
        <h2 id="fam-file-notes">{t('file.notesTitle')}</h2>
        {entries.length === 0 ? <p className="fam-muted">{t('file.notesEmpty')}</p> : null}
        <ul className="fam-file-list">
          {entries.map((e) => (
            <li key={e.id}>
              <h3 dir="auto">{e.title}</h3>
              <p className="fam-muted">{day(lang, e.occurredAt.slice(0, 10))}</p>
              <p className="fam-pre-wrap" dir="auto">
                {e.body}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section className="fam-card" aria-labelledby="fam-file-docs">
        <h2 id="fam-file-docs">{t('file.documentsTitle')}</h2>
        {documents.length === 0 ? <p className="fam-muted">{t('file.documentsEmpty')}</p> : null}
        <ul className="fam-file-list">
          {documents.map((d) => (
            <li key={d.id}>
              <a href={documentUrl(d.id)} download>
                {d.filename}
              </a>{' '}
              <span className="fam-muted">({formatFileSize(lang, d.sizeBytes)})</span>
            </li>
          ))}
        </ul>
      </section>

      <section className="fam-card" aria-labelledby="fam-file-persons">
        <h2 id="fam-file-persons">{t('file.personsTitle')}</h2>
        <ul className="fam-file-list">
          {persons.map((p) => (
            <li key={`${p.firstName}-${p.lastName}-${p.role}`}>
              {p.firstName} {p.lastName} <span className="fam-muted">– {t(`file.role.${p.role}`)}</span>
            </li>
          ))}
        </ul>
      </section>

      {team ? (
        <section className="fam-card" aria-labelledby="fam-file-team">
          <h2 id="fam-file-team">{t('file.teamTitle')}</h2>
          <TeamContactCard team={team} headingLevel={3} />
        </section>
      ) : null}

      <PasskeyCard lang={lang} />

      <p>
        <Link to="/meine-akte/protokoll">{t('file.accessLogLink')}</Link>
      </p>
      <SignOutRow logout={logout} />
    </div>
  );
}

function HelpPlanCard({ plan, lang }: { plan: TFamilyFile['helpPlan']; lang: TFamilyLanguage }) {
  const { t } = useFamilyTranslation();
  return (
    <section className="fam-card" aria-labelledby="fam-file-plan">
      <h2 id="fam-file-plan">{t('file.planTitle')}</h2>
      {!plan ? (
        <p className="fam-muted">{t('file.planEmpty')}</p>
      ) : (
        <>
          <dl className="fam-team-details">
            {plan.provider ? (
              <div>
                <dt>{t('file.planProvider')}</dt>
                <dd>{plan.provider}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('file.planSince')}</dt>
              <dd>{day(lang, plan.startsOn)}</dd>
            </div>
            {plan.nextReviewOn ? (
              <div>
                <dt>{t('file.planReview')}</dt>
                <dd>{day(lang, plan.nextReviewOn)}</dd>
              </div>
            ) : null}
          </dl>
          <h3>{t('file.goalsTitle')}</h3>
          <ul className="fam-file-list">
            {plan.goals.map((g) => (
              <li key={g.text}>
                <span dir="auto">{g.text}</span>
                {g.progress !== null ? (
                  <span className="fam-muted"> – {t('file.progress', { value: g.progress })}</span>
                ) : null}
              </li>
            ))}
          </ul>
          <h3>{t('file.agreementsTitle')}</h3>
          <ul className="fam-file-list">
            {plan.agreements.map((a) => (
              <li key={a.text}>
                <span dir="auto">{a.text}</span>
                <br />
                <span className="fam-muted">
                  {t(`file.owner.${a.owner}`, { name: a.ownerName })} · {t(`file.status.${a.status}`)}
                  {a.dueOn ? ` · ${t('file.due', { date: day(lang, a.dueOn) })}` : ''}
                </span>
              </li>
            ))}
          </ul>
          <PlanAnswer plan={plan} lang={lang} />
        </>
      )}
    </section>
  );
}

/** Agree to the plan (or not yet) and say something about it; the newest answer is shown. */
function PlanAnswer({ plan, lang }: { plan: NonNullable<TFamilyFile['helpPlan']>; lang: TFamilyLanguage }) {
  const { t } = useFamilyTranslation();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const commentId = useId();
  const answer = useMutation({
    mutationFn: (agreed: boolean) =>
      answerHelpPlan({ planId: plan.planId, version: plan.version, agreed, comment: comment.trim() || null }),
    onSuccess: (file) => {
      queryClient.setQueryData(['family', 'file'], file);
      setComment('');
    },
  });
  const mine = plan.myResponse;
  return (
    <div className="fam-stack fam-plan-answer">
      <h3>{t('file.answerTitle')}</h3>
      <div aria-live="polite">
        {mine ? (
          <p className="fam-notice">
            {t(mine.agreed ? 'file.answeredYes' : 'file.answeredNo', {
              date: formatSentAt(lang, new Date(mine.at)),
            })}
            {mine.comment ? ` „${mine.comment}“` : ''}
          </p>
        ) : null}
      </div>
      <div className="fam-field">
        <label htmlFor={commentId}>{t('file.answerComment')}</label>
        <textarea
          id={commentId}
          className="input"
          rows={3}
          maxLength={2000}
          dir="auto"
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      {answer.isError ? (
        <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, answer.error, lang)}</p>
      ) : null}
      <div className="fam-row">
        <button
          type="button"
          className="fam-btn fam-btn-primary"
          onClick={() => answer.mutate(true)}
          disabled={answer.isPending}
        >
          {t('file.answerYes')}
        </button>
        <button
          type="button"
          className="fam-btn fam-btn-secondary"
          onClick={() => answer.mutate(false)}
          disabled={answer.isPending}
        >
          {t('file.answerNo')}
        </button>
      </div>
    </div>
  );
}
