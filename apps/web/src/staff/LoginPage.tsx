import { ZMfaSetupResponseSchema } from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, errorMessage } from '../api/client.ts';
import { Alert, Button, Card, LiveMessage, Spinner, TextField } from '../ui/index.ts';
import { keys, useMe } from './api.ts';
import { StaffPublicShell } from './StaffLayout.tsx';
import { safeNext } from './session.tsx';

interface LoginResponse {
  ok: boolean;
  mfaRequired?: boolean;
  mfaSetupRequired?: boolean;
}

type Step = 'credentials' | 'mfa' | 'setup';

/** Splits a base32 secret into groups of four so it can be typed without errors. */
function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

export function LoginPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const [step, setStep] = useState<Step>('credentials');
  const next = safeNext(params.get('next'));
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;

  async function finish() {
    await queryClient.invalidateQueries({ queryKey: keys.me });
    navigate(next, { replace: true });
  }

  if (me.isSuccess && step === 'credentials') return <Navigate to={next} replace />;

  return (
    <StaffPublicShell>
      <title>Anmeldung – Lotse</title>
      <div className="login">
        <h1>Anmeldung für Mitarbeitende</h1>
        {loggedOut && step === 'credentials' ? (
          <Alert tone="success">Sie haben sich abgemeldet.</Alert>
        ) : null}
        {step === 'credentials' ? (
          <CredentialsForm
            onDone={(res) => {
              if (res.mfaRequired) setStep('mfa');
              else if (res.mfaSetupRequired) setStep('setup');
              else void finish();
            }}
          />
        ) : null}
        {step === 'mfa' ? <MfaForm onDone={() => void finish()} /> : null}
        {step === 'setup' ? <MfaSetup onDone={() => void finish()} /> : null}
      </div>
    </StaffPublicShell>
  );
}

function CredentialsForm(props: { onDone: (res: LoginResponse) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => api<LoginResponse>('/api/auth/login', { method: 'POST', body: { username, password } }),
    onSuccess: props.onDone,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    login.mutate();
  }

  return (
    <Card>
      <form className="stack" onSubmit={submit} noValidate>
        <LiveMessage error={login.isError ? errorMessage(login.error) : null} />
        <TextField
          label="Benutzername"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          label="Passwort"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" busy={login.isPending} disabled={!username || !password}>
          Anmelden
        </Button>
      </form>
    </Card>
  );
}

function CodeField(props: { value: string; onChange: (v: string) => void; autoFocus?: boolean }) {
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

function MfaForm(props: { onDone: () => void }) {
  const [code, setCode] = useState('');
  const verify = useMutation({
    mutationFn: () => api<unknown>('/api/auth/mfa', { method: 'POST', body: { code } }),
    onSuccess: props.onDone,
  });
  return (
    <Card title="Zweiter Faktor">
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          verify.mutate();
        }}
      >
        <p>Bitte geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.</p>
        <LiveMessage error={verify.isError ? errorMessage(verify.error) : null} />
        <CodeField value={code} onChange={setCode} autoFocus />
        <Button type="submit" busy={verify.isPending} disabled={code.length !== 6}>
          Bestätigen
        </Button>
      </form>
    </Card>
  );
}

function MfaSetup(props: { onDone: () => void }) {
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
    <Card title="Zwei-Faktor-Anmeldung einrichten">
      <div className="stack">
        <p>
          Für Ihr Konto ist eine Anmeldung mit zweitem Faktor vorgeschrieben. Richten Sie dazu einmalig eine
          Authenticator-App ein.
        </p>
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
              <Button type="submit" busy={enable.isPending} disabled={code.length !== 6}>
                Einrichten und anmelden
              </Button>
            </form>
          </>
        ) : null}
      </div>
    </Card>
  );
}
