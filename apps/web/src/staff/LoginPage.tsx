import { type TSignInMethods, ZSignInMethodsSchema } from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, errorMessage } from '../api/client.ts';
import { Alert, Button, Card, LinkButton, LiveMessage, Spinner, TextField } from '../ui/index.ts';
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

/** Why the server sent the browser back from the identity provider (`?sso=…`). */
const SSO_MESSAGES: Record<string, string> = {
  unbekannt:
    'Für Ihr Dienstkonto gibt es in Lotse kein Konto. Bitte wenden Sie sich an die Administration Ihres Jugendamts.',
  gesperrt: 'Ihr Lotse-Konto ist gesperrt. Bitte wenden Sie sich an die Administration Ihres Jugendamts.',
  'keine-rolle':
    'Ihrem Dienstkonto ist keine Rolle in Lotse zugeordnet. Bitte wenden Sie sich an die Administration Ihres Jugendamts.',
  abgebrochen: 'Die Anmeldung mit Dienstkonto wurde abgebrochen.',
  fehler: 'Die Anmeldung mit Dienstkonto ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
};

/** After a sign-in through the identity provider, Lotse's own second factor may follow (`?schritt=…`). */
function stepAfterProvider(param: string | null): Step {
  if (param === 'code') return 'mfa';
  if (param === 'einrichten') return 'setup';
  return 'credentials';
}

/** Password only, as before single sign-on, when the server cannot say (an older server). */
const PASSWORDS_ONLY: TSignInMethods = { sso: false, passwords: 'on' };

export function LoginPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const [step, setStep] = useState<Step>(() => stepAfterProvider(params.get('schritt')));
  const next = safeNext(params.get('next'));
  const loggedOut =
    (location.state as { loggedOut?: boolean } | null)?.loggedOut === true ||
    params.get('abgemeldet') === '1';
  const ssoMessage = SSO_MESSAGES[params.get('sso') ?? ''];
  const methods = useQuery({
    queryKey: ['sign-in-methods'],
    queryFn: ({ signal }) => api('/api/auth/methods', { signal, schema: ZSignInMethodsSchema }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

  async function finish() {
    await queryClient.invalidateQueries({ queryKey: keys.me });
    navigate(next, { replace: true });
  }

  // Signed in already (also when a page with `?schritt=…` is opened again after the second factor).
  if (me.isSuccess && (step === 'credentials' || params.has('schritt')))
    return <Navigate to={next} replace />;

  return (
    <StaffPublicShell>
      <title>Anmeldung – Lotse</title>
      <div className="login">
        <h1>Anmeldung für Mitarbeitende</h1>
        {loggedOut && step === 'credentials' ? (
          <Alert tone="success">Sie haben sich abgemeldet.</Alert>
        ) : null}
        {ssoMessage && step === 'credentials' ? <Alert tone="danger">{ssoMessage}</Alert> : null}
        {step === 'credentials' && methods.isPending ? <Spinner label="Anmeldung wird geladen …" /> : null}
        {step === 'credentials' && !methods.isPending ? (
          <SignInChoices
            methods={methods.data ?? PASSWORDS_ONLY}
            next={next}
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

/**
 * The ways in the office allows: the identity provider's button ("Mit Dienstkonto anmelden"), the
 * password form, or — when only administrators may use a password — the form folded away as the
 * emergency access.
 */
function SignInChoices(props: {
  methods: TSignInMethods;
  next: string;
  onDone: (res: LoginResponse) => void;
}) {
  const { sso, passwords } = props.methods;
  return (
    <>
      {sso ? (
        <Card>
          <div className="stack">
            <p>Melden Sie sich mit dem Konto an, mit dem Sie sich auch im Netz Ihres Jugendamts anmelden.</p>
            <LinkButton href={`/api/auth/oidc/login?next=${encodeURIComponent(props.next)}`}>
              Mit Dienstkonto anmelden
            </LinkButton>
          </div>
        </Card>
      ) : null}
      {passwords === 'on' ? (
        <CredentialsForm
          title={sso ? 'Oder mit Benutzername und Passwort' : undefined}
          onDone={props.onDone}
        />
      ) : null}
      {passwords === 'admins' ? (
        <details className="login-emergency">
          <summary>Notfallzugang für die Administration</summary>
          <CredentialsForm onDone={props.onDone} />
        </details>
      ) : null}
    </>
  );
}

function CredentialsForm(props: { title?: string; onDone: (res: LoginResponse) => void }) {
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
    <Card title={props.title}>
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
