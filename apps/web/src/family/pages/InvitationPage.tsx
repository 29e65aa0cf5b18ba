import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { rememberAddressForm, useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { PageLoading } from '../components/PageLoading.tsx';
import { PinInput } from '../components/PinInput.tsx';
import { addressFormOfRole, checkInvitation, redeemInvitation } from '../fileApi.ts';

const PIN_PATTERN = /^\d{6}$/;

/** The invitation link from the office: the person sets a PIN and learns the code to come back with. */
export default function InvitationPage() {
  const { t, i18n } = useFamilyTranslation();
  const lang = currentLanguage(i18n);
  // The token travels in the fragment (#…): it never reaches a server log or a Referer header.
  const [token] = useState(() => window.location.hash.slice(1));
  const invitation = useQuery({
    queryKey: ['family', 'invitation', token],
    queryFn: () => checkInvitation(token),
    enabled: token.length >= 20,
    retry: false,
  });
  const role = invitation.data?.role;
  useEffect(() => {
    if (role) rememberAddressForm(addressFormOfRole(role));
  }, [role]);
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const ids = { pin: useId(), repeat: useId(), hint: useId(), error: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!PIN_PATTERN.test(pin)) return setFieldError(t('invite.pinInvalid'));
    if (pin !== repeat) return setFieldError(t('invite.pinMismatch'));
    setFieldError(null);
    setBusy(true);
    try {
      setCode((await redeemInvitation(token, pin)).code);
      window.history.replaceState(null, '', window.location.pathname);
    } catch (caught) {
      if (isApiError(caught, 400)) setFieldError(t('invite.pinWeak'));
      else if (isApiError(caught, 404)) setError(t('invite.gone'));
      else setError(familyErrorMessage(t, caught, lang));
    } finally {
      setBusy(false);
    }
  }

  if (code) {
    return (
      <div className="fam-stack fam-narrow">
        <title>{`${t('invite.doneTitle')} – Lotse`}</title>
        <h1>{t('invite.doneTitle')}</h1>
        <p>{t('invite.codeLead')}</p>
        <p className="fam-code" dir="ltr">
          {code}
        </p>
        <p className="fam-muted">{t('invite.codeKeep')}</p>
        <Link to="/meine-akte" className="fam-btn fam-btn-primary fam-btn-block">
          {t('invite.toFile')}
        </Link>
      </div>
    );
  }
  if (token.length >= 20 && invitation.isPending) return <PageLoading />;
  if (token.length < 20 || invitation.isError) {
    return (
      <div className="fam-stack fam-narrow">
        <title>{`${t('invite.title')} – Lotse`}</title>
        <h1>{t('invite.title')}</h1>
        <p className="fam-notice fam-notice-danger">{t('invite.gone')}</p>
        <Link to="/" className="fam-back">
          {t('common.backHome')}
        </Link>
      </div>
    );
  }

  return (
    <div className="fam-stack fam-narrow">
      <title>{`${t('invite.title')} – Lotse`}</title>
      <h1>{t('invite.hello', { name: invitation.data?.firstName ?? '' })}</h1>
      <p>{t('invite.lead')}</p>
      <form className="fam-form" onSubmit={submit} noValidate>
        <div className="fam-field">
          <label htmlFor={ids.pin}>{t('invite.pin')}</label>
          <span id={ids.hint} className="fam-hint">
            {t('invite.pinHint')}
          </span>
          <PinInput
            id={ids.pin}
            value={pin}
            onChange={setPin}
            autoComplete="new-password"
            invalid={Boolean(fieldError)}
            describedBy={[ids.hint, fieldError ? ids.error : ''].filter(Boolean).join(' ')}
          />
        </div>
        <div className="fam-field">
          <label htmlFor={ids.repeat}>{t('invite.pinRepeat')}</label>
          <PinInput
            id={ids.repeat}
            value={repeat}
            onChange={setRepeat}
            autoComplete="new-password"
            invalid={Boolean(fieldError)}
            describedBy={fieldError ? ids.error : undefined}
          />
          {fieldError ? (
            <span id={ids.error} className="fam-field-error">
              {fieldError}
            </span>
          ) : null}
        </div>
        <div aria-live="assertive">
          {error ? <p className="fam-notice fam-notice-danger">{error}</p> : null}
        </div>
        <button
          type="submit"
          className="fam-btn fam-btn-primary fam-btn-block"
          disabled={busy}
          aria-busy={busy}
        >
          {busy ? t('comeBack.checking') : t('invite.submit')}
        </button>
      </form>
    </div>
  );
}
