import type { TConsentStatus, TFamilyConsent } from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { FamilyDialog } from '../components/FamilyDialog.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { type ConsentDecision, consentsQueryKey, decideConsent, fetchConsents } from './api.ts';
import { ConsentItem } from './ConsentItem.tsx';
import { WithProvider } from './WithProvider.tsx';

type Group = 'waiting' | 'active' | 'past';
const GROUPS: readonly Group[] = ['waiting', 'active', 'past'];

function groupOf(status: TConsentStatus): Group {
  switch (status) {
    case 'requested':
      return 'waiting';
    case 'given':
      return 'active';
    case 'revoked':
    case 'expired':
    case 'declined':
      return 'past';
  }
}

/**
 * "My consents" (SGB VIII §§ 61 ff.): who may see what of the file, for what and until when, in plain
 * words. The person answers a request with yes or no and revokes a consent after a confirmation; the
 * page says that no changes nothing about the help and that a revocation ends the access at once.
 */
export default function ConsentsPage() {
  const { t, i18n } = useFamilyTranslation();
  const lang = currentLanguage(i18n);
  const queryClient = useQueryClient();
  const consents = useQuery({ queryKey: consentsQueryKey, queryFn: ({ signal }) => fetchConsents(signal) });
  const [revoking, setRevoking] = useState<TFamilyConsent | null>(null);
  const [done, setDone] = useState<{ decision: ConsentDecision; provider: string } | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const decide = useMutation({
    mutationFn: decideConsent,
    onSuccess: (result, input) => {
      queryClient.setQueryData(consentsQueryKey, result);
      const provider = result.items.find((c) => c.id === input.id)?.providerName ?? '';
      setDone({ decision: input.decision, provider });
      setRevoking(null);
    },
  });

  // The button that was pressed is gone with the new status: the keyboard continues at the outcome.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (consents.isPending) return <PageLoading />;
  if (consents.isError) {
    if (isApiError(consents.error, 401)) return <Navigate to="/zurueck" replace />;
    return (
      <div className="fam-stack">
        <h1>{t('consents.title')}</h1>
        <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, consents.error, lang)}</p>
      </div>
    );
  }

  function onDecide(consent: TFamilyConsent, decision: ConsentDecision) {
    setDone(null);
    if (decision === 'revoke') {
      decide.reset();
      setRevoking(consent);
    } else {
      decide.mutate({ id: consent.id, decision });
    }
  }

  const items = consents.data.items;
  return (
    <div className="fam-stack">
      <title>{`${t('consents.title')} – Lotse`}</title>
      <h1>{t('consents.title')}</h1>
      <p>{t('consents.intro')}</p>

      <section className="fam-notice fam-stack fam-rights" aria-labelledby="fam-consents-rights">
        <h2 id="fam-consents-rights">{t('consents.rightsTitle')}</h2>
        <ul>
          <li>{t('consents.rightNo')}</li>
          <li>{t('consents.rightRevoke')}</li>
        </ul>
      </section>

      <div aria-live="polite">
        {done ? (
          <p ref={doneRef} tabIndex={-1} className="fam-notice fam-notice-success">
            <WithProvider
              provider={done.provider}
              text={(name) => t(`consents.done.${done.decision}`, { provider: name })}
            />
          </p>
        ) : null}
        {decide.isError && !revoking ? (
          <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, decide.error, lang)}</p>
        ) : null}
      </div>

      {items.length === 0 ? <p className="fam-muted">{t('consents.empty')}</p> : null}
      {GROUPS.map((group) => {
        const inGroup = items.filter((c) => groupOf(c.status) === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} className="fam-stack" aria-labelledby={`fam-consents-${group}`}>
            <h2 id={`fam-consents-${group}`}>{t(`consents.group.${group}`)}</h2>
            <ul className="fam-file-list">
              {inGroup.map((consent) => (
                <li key={consent.id}>
                  <ConsentItem
                    consent={consent}
                    lang={lang}
                    busy={decide.isPending}
                    onDecide={(decision) => onDecide(consent, decision)}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <FamilyDialog
        open={revoking !== null}
        title={t('consents.confirmTitle')}
        onClose={() => setRevoking(null)}
      >
        {revoking ? (
          <div className="fam-stack">
            <p>
              <WithProvider
                provider={revoking.providerName}
                text={(name) => t('consents.confirmText', { provider: name })}
              />
            </p>
            {decide.isError ? (
              <p className="fam-notice fam-notice-danger" role="alert">
                {familyErrorMessage(t, decide.error, lang)}
              </p>
            ) : null}
            <div className="fam-row">
              <button
                type="button"
                className="fam-btn fam-btn-danger"
                onClick={() => decide.mutate({ id: revoking.id, decision: 'revoke' })}
                disabled={decide.isPending}
              >
                {t('consents.confirmYes')}
              </button>
              <button type="button" className="fam-btn fam-btn-secondary" onClick={() => setRevoking(null)}>
                {t('consents.confirmNo')}
              </button>
            </div>
          </div>
        ) : null}
      </FamilyDialog>

      <Link to="/meine-akte" className="fam-back">
        {t('consents.backToFile')}
      </Link>
    </div>
  );
}
