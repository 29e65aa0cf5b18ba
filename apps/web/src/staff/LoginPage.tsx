import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, errorMessage } from '../api/client.ts';
import { Alert, Button, Card, LiveMessage, TextField } from '../ui/index.ts';
import { keys, useMe } from './api.ts';
import { CodeField, MfaEnrolment } from './MfaEnrolment.tsx';
import { StaffPublicShell } from './StaffLayout.tsx';
import { safeNext } from './session.tsx';

interface LoginResponse {
  ok: boolean;
  mfaRequired?: boolean;
  mfaSetupRequired?: boolean;
}

type Step = 'credentials' | 'mfa' | 'setup';

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
  return (
    <Card title="Zwei-Faktor-Anmeldung einrichten">
      <div className="stack">
        <p>
          Für Ihr Konto ist eine Anmeldung mit zweitem Faktor vorgeschrieben. Richten Sie dazu einmalig eine
          Authenticator-App ein.
        </p>
        <MfaEnrolment submitLabel="Einrichten und anmelden" onDone={props.onDone} />
      </div>
    </Card>
  );
}
