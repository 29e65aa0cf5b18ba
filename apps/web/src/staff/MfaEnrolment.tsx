import { ZMfaSetupResponseSchema } from '@lotse/shared';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { Button, LiveMessage, Spinner, TextField } from '../ui/index.ts';

/** Splits a base32 secret into groups of four so it can be typed without errors. */
function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

export function CodeField(props: { value: string; onChange: (v: string) => void; autoFocus?: boolean }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (props.autoFocus) ref.current?.focus();
  }, [props.autoFocus]);
  return (
    <TextField
      ref={ref}
      code
      label="Sechsstelliger Code"
      hint="Aus Ihrer Authenticator-App (z. B. FreeOTP, Aegis oder Google Authenticator)."
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]{6}"
      maxLength={6}
      required
      value={props.value}
      onChange={(e) => props.onChange(e.target.value.replace(/\D/g, '').slice(0, 6))}
    />
  );
}

/**
 * TOTP enrolment: asks the server for a new secret once on mount, shows it, and confirms it with
 * the first code from the app. Used at login (when required) and on the account page.
 */
export function MfaEnrolment(props: { submitLabel: string; onDone: () => void }) {
  const [code, setCode] = useState('');
  const setup = useMutation({
    mutationFn: () => api('/api/auth/mfa/setup', { method: 'POST', schema: ZMfaSetupResponseSchema }),
  });
  const enable = useMutation({
    mutationFn: () => api<unknown>('/api/auth/mfa/enable', { method: 'POST', body: { code } }),
    onSuccess: props.onDone,
  });
  const { mutate: startSetup } = setup;
  const started = useRef(false);
  useEffect(() => {
    // Once per mount: a second call would replace the secret the user is about to type in.
    if (started.current) return;
    started.current = true;
    startSetup();
  }, [startSetup]);

  return (
    <div className="stack">
      <LiveMessage error={setup.isError ? errorMessage(setup.error) : null} />
      {setup.isPending ? <Spinner label="Schlüssel wird erzeugt …" /> : null}
      {setup.data ? (
        <>
          <ol className="setup-steps">
            <li>Öffnen Sie Ihre Authenticator-App und fügen Sie ein neues Konto hinzu.</li>
            <li>
              Geben Sie diesen Schlüssel ein:
              <code className="secret">{groupSecret(setup.data.secret)}</code>
            </li>
            <li>
              Oder übernehmen Sie diese Adresse (otpauth-Link):
              <code className="otpauth">{setup.data.otpauthUrl}</code>
            </li>
            <li>Geben Sie den angezeigten sechsstelligen Code ein.</li>
          </ol>
          <form
            className="stack"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              enable.mutate();
            }}
          >
            <LiveMessage error={enable.isError ? errorMessage(enable.error) : null} />
            <CodeField value={code} onChange={setCode} />
            <div className="form-actions">
              <Button type="submit" busy={enable.isPending} disabled={code.length !== 6}>
                {props.submitLabel}
              </Button>
            </div>
          </form>
        </>
      ) : null}
    </div>
  );
}
