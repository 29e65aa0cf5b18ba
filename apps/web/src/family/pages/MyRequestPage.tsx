import type { TIntakeStatus } from '@lotse/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { addressFormFor, rememberAddressForm, useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { PageLoading } from '../components/PageLoading.tsx';
import { SignOutRow, useFamilyLogout } from '../components/SignOutRow.tsx';
import { TeamContactCard } from '../components/TeamContactCard.tsx';
import { formatSentAt } from '../format.ts';
import { FamilyMeetings } from '../meetings/FamilyMeetings.tsx';
import { fetchFamilyRequest } from '../requestApi.ts';
import { FamilyMessages } from './FamilyMessages.tsx';

// The four states in the order a family lives through them (plain words come from the language file).
const statusOrder: readonly TIntakeStatus[] = ['new', 'claimed', 'case_opened', 'closed'];

/** Which step of the status list is reached; exhaustive so a new status cannot slip through. */
function statusStep(status: TIntakeStatus): number {
  switch (status) {
    case 'new':
      return 0;
    case 'claimed':
      return 1;
    case 'case_opened':
      return 2;
    case 'closed':
      return 3;
  }
}

/** The family's own request after signing in with code and PIN: status, appointments, team, messages. */
export default function MyRequestPage() {
  const { t, i18n, form } = useFamilyTranslation();
  const lang = currentLanguage(i18n);
  const request = useQuery({
    queryKey: ['family', 'request'],
    queryFn: ({ signal }) => fetchFamilyRequest(signal),
    retry: false,
    staleTime: 0,
  });
  const logout = useFamilyLogout();

  // On a new device the app does not know yet who writes: the request does.
  const writerRole = request.data?.writerRole;
  useEffect(() => {
    if (writerRole && form === null) rememberAddressForm(addressFormFor(writerRole));
  }, [writerRole, form]);

  if (request.isPending) return <PageLoading />;
  if (request.isError) {
    // Signed out elsewhere (or the session ran out): back to code and PIN. While the family signs
    // out here, a refetch answering 401 must not win the race against the way to the start page.
    if (isApiError(request.error, 401)) {
      if (logout.isIdle) return <Navigate to="/zurueck" replace />;
      return <PageLoading />;
    }
    return (
      <div className="fam-stack">
        <h1>{t('request.title')}</h1>
        <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, request.error, lang)}</p>
      </div>
    );
  }

  const { id, status, createdAt, team, urgent } = request.data;
  const reached = statusStep(status);
  const created = formatSentAt(lang, new Date(createdAt));

  return (
    <div className="fam-stack">
      <title>{`${t('request.title')} – Lotse`}</title>
      <h1>{t('request.title')}</h1>
      <p className="fam-muted">{t('request.createdAt', { date: created })}</p>
      {urgent ? <p className="fam-notice fam-notice-warning">{t('request.urgent')}</p> : null}

      <section className="fam-card" aria-labelledby="fam-status-title">
        <h2 id="fam-status-title">{t('request.statusTitle')}</h2>
        <p className="fam-status-now">{t(`request.status.${status}.now`)}</p>
        <ol className="fam-steps">
          {statusOrder.map((step, i) => {
            const state = i < reached ? 'done' : i === reached ? 'current' : 'todo';
            return (
              <li
                key={step}
                className={`fam-step fam-step-${state}`}
                aria-current={state === 'current' ? 'step' : undefined}
              >
                <span className="fam-step-marker" aria-hidden="true">
                  {state === 'done' ? '✓' : i + 1}
                </span>
                <span>
                  {t(`request.status.${step}.label`)}
                  {state === 'done' ? <span className="visually-hidden"> ({t('request.done')})</span> : null}
                </span>
              </li>
            );
          })}
        </ol>
      </section>

      <FamilyMeetings team={team} lang={lang} />

      <section className="fam-card" aria-labelledby="fam-team-title">
        <h2 id="fam-team-title">{t('request.teamTitle')}</h2>
        <TeamContactCard team={team} headingLevel={3} />
      </section>

      <section className="fam-card" aria-labelledby="fam-messages-title">
        <h2 id="fam-messages-title">{t('request.messagesTitle')}</h2>
        <FamilyMessages intakeRequestId={id} lang={lang} />
      </section>

      <SignOutRow logout={logout} />
    </div>
  );
}
