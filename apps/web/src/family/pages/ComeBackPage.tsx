import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { PinInput } from '../components/PinInput.tsx';
import { isPasskeyCancel, passkeysSupported, signInWithPasskey } from '../passkeyApi.ts';
import { familyLogin } from '../requestApi.ts';

const PIN_PATTERN = /^\d{6}$/;

/** Access code + PIN → the family session; then on to the request view. */
export default function ComeBackPage() {
  const { t, i18n } = useFamilyTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ code?: string; pin?: string }>({});
  const ids = { code: useId(), pin: useId(), codeError: useId(), pinError: useId(), pinHint: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = code.trim().toUpperCase();
    const errors: { code?: string; pin?: string } = {};
    if (trimmed.length < 4) errors.code = t('comeBack.codeMissing');
    if (!PIN_PATTERN.test(pin)) errors.pin = t('comeBack.pinInvalid');
    setFieldErrors(errors);
    setError(null);
    if (errors.code || errors.pin) return;
    setBusy(true);
    try {
      const kind = await familyLogin(trimmed, pin);
      navigate(kind === 'account' ? '/meine-akte' : '/meine-anfrage');
    } catch (caught) {
      if (isApiError(caught, 401)) setError(t('comeBack.wrong'));
      else if (isApiError(caught, 429)) setError(t('comeBack.locked'));
      else setError(familyErrorMessage(t, caught, currentLanguage(i18n)));
    } finally {
      setBusy(false);
    }
  }

  async function passkey() {
    setError(null);
    setBusy(true);
    try {
      await signInWithPasskey();
      navigate('/meine-akte');
    } catch (caught) {
      if (isPasskeyCancel(caught)) setError(t('passkey.cancelled'));
      else if (isApiError(caught, 401)) setError(t('passkey.failed'));
      else setError(familyErrorMessage(t, caught, currentLanguage(i18n)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="fam-stack fam-narrow">
      <title>{`${t('comeBack.title')} – Lotse`}</title>
      <h1>{t('comeBack.title')}</h1>
      <p>{t('comeBack.lead')}</p>
      <form className="fam-form" onSubmit={submit} noValidate>
        <div className="fam-field">
          <label htmlFor={ids.code}>{t('comeBack.code')}</label>
          <input
            id={ids.code}
            className="input fam-input-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            dir="ltr"
            maxLength={20}
            aria-invalid={fieldErrors.code ? true : undefined}
            aria-describedby={fieldErrors.code ? ids.codeError : undefined}
          />
          {fieldErrors.code ? (
            <span id={ids.codeError} className="fam-field-error">
              {fieldErrors.code}
            </span>
          ) : null}
        </div>
        <div className="fam-field">
          <label htmlFor={ids.pin}>{t('comeBack.pin')}</label>
          <span id={ids.pinHint} className="fam-hint">
            {t('comeBack.pinHint')}
          </span>
          <PinInput
            id={ids.pin}
            value={pin}
            onChange={setPin}
            autoComplete="off"
            invalid={Boolean(fieldErrors.pin)}
            describedBy={[ids.pinHint, fieldErrors.pin ? ids.pinError : ''].filter(Boolean).join(' ')}
          />
          {fieldErrors.pin ? (
            <span id={ids.pinError} className="fam-field-error">
              {fieldErrors.pin}
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
          {busy ? t('comeBack.checking') : t('comeBack.submit')}
        </button>
      </form>
      {passkeysSupported() ? (
        <div className="fam-stack">
          <p className="fam-muted">{t('passkey.or')}</p>
          <button
            type="button"
            className="fam-btn fam-btn-secondary fam-btn-block"
            onClick={passkey}
            disabled={busy}
          >
            {t('passkey.signIn')}
          </button>
        </div>
      ) : null}
      <p className="fam-muted">{t('comeBack.lost')}</p>
    </div>
  );
}
