import type { TFamilyLanguage } from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { formatSentAt } from '../format.ts';
import {
  addPasskey,
  fetchPasskeys,
  isPasskeyCancel,
  passkeysSupported,
  removePasskey,
} from '../passkeyApi.ts';
import { familyErrorMessage } from './errors.ts';

const passkeysKey = ['family', 'passkeys'] as const;

/** "Sign in faster": set up a passkey of this phone (fingerprint, face, screen lock), or remove one. */
export function PasskeyCard({ lang }: { lang: TFamilyLanguage }) {
  const { t } = useFamilyTranslation();
  const queryClient = useQueryClient();
  const supported = passkeysSupported();
  const [done, setDone] = useState<string | null>(null);
  const passkeys = useQuery({
    queryKey: passkeysKey,
    queryFn: ({ signal }) => fetchPasskeys(signal),
    enabled: supported,
  });
  const onSuccess = (list: Awaited<ReturnType<typeof fetchPasskeys>>, message: string) => {
    queryClient.setQueryData(passkeysKey, list);
    setDone(message);
  };
  const add = useMutation({
    mutationFn: addPasskey,
    onSuccess: (list) => onSuccess(list, t('passkey.added')),
  });
  const remove = useMutation({
    mutationFn: removePasskey,
    onSuccess: (list) => onSuccess(list, t('passkey.removed')),
  });
  if (!supported) return null;
  const failed = add.error ?? remove.error;
  return (
    <section className="fam-card fam-stack" aria-labelledby="fam-passkey-title">
      <h2 id="fam-passkey-title">{t('passkey.title')}</h2>
      <p>{t('passkey.intro')}</p>
      {passkeys.data && passkeys.data.length > 0 ? (
        <ul className="fam-file-list">
          {passkeys.data.map((k, i) => (
            <li key={k.id} className="fam-row">
              <span>
                {t('passkey.item', { number: i + 1, date: formatSentAt(lang, new Date(k.createdAt)) })}
              </span>
              <button
                type="button"
                className="fam-btn fam-btn-secondary"
                onClick={() => remove.mutate(k.id)}
                disabled={remove.isPending}
              >
                {t('passkey.remove', { number: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div aria-live="polite">
        {done ? <p className="fam-notice fam-notice-success">{done}</p> : null}
        {failed && !isPasskeyCancel(failed) ? (
          <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, failed, lang)}</p>
        ) : null}
        {failed && isPasskeyCancel(failed) ? <p className="fam-notice">{t('passkey.cancelled')}</p> : null}
      </div>
      <button
        type="button"
        className="fam-btn fam-btn-primary"
        onClick={() => {
          setDone(null);
          add.mutate();
        }}
        disabled={add.isPending}
      >
        {t('passkey.add')}
      </button>
    </section>
  );
}
