import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person known to the test identity provider: their claims, and how they signed in there. */
export interface TestAccount {
  claims: Record<string, unknown>;
  /** Authentication methods the provider reports (`amr`), e.g. ['pwd', 'otp'] after a second factor. */
  amr?: string[];
  acr?: string;
}

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accounts by login name; tests add people as they need them. */
  accounts: Map<string, TestAccount>;
  close: () => Promise<void>;
}

export const TEST_IDP_PASSWORD = 'idp-geheim';

/**
 * A real OpenID Connect provider (oidc-provider) on a random port of 127.0.0.1, with one confidential
 * client for Lotse that must use PKCE. Its development login and consent forms are used as they are;
 * only the login form's answer is checked here (name and password), so the provider can report the
 * authentication methods (`amr`) each test account signed in with — as Keycloak or Entra ID do.
 * Used by the server's OIDC tests and by the browser's single sign-on test (e2e/tests/sso.spec.ts).
 */
export async function startTestIdentityProvider(opts: {
  redirectUri: string;
  postLogoutRedirectUri: string;
}): Promise<TestIdentityProvider> {
  const accounts = new Map<string, TestAccount>();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'lotse';
  const clientSecret = 'lotse-client-secret-for-tests-only';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [opts.redirectUri],
        post_logout_redirect_uris: [opts.postLogoutRedirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    pkce: { required: () => true },
    claims: {
      // The ID token carries how the person signed in (amr, acr), as Keycloak and Entra ID send it.
      openid: ['sub', 'acr', 'amr', 'auth_time'],
      profile: ['preferred_username', 'name'],
      email: ['email'],
      lotse: ['roles', 'groups'],
    },
    cookies: { keys: ['test-cookie-key-not-secret'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...account.claims }) };
    },
  });
  const handle = provider.callback();
  server.on('request', (req, res) => {
    void (async () => {
      if (req.method === 'POST' && /^\/interaction\/[^/]+$/.test(req.url ?? '')) {
        const details = await provider.interactionDetails(req, res);
        if (details.prompt.name === 'login') {
          const form = new URLSearchParams(await body(req));
          const login = form.get('login') ?? '';
          const account = accounts.get(login);
          if (!account || form.get('password') !== TEST_IDP_PASSWORD) {
            res.writeHead(401, { 'content-type': 'text/plain' }).end('Anmeldung beim Anbieter falsch');
            return;
          }
          await provider.interactionFinished(
            req,
            res,
            {
              login: {
                accountId: login,
                amr: account.amr ?? ['pwd'],
                ...(account.acr && { acr: account.acr }),
              },
            },
            { mergeWithLastSubmission: false },
          );
          return;
        }
      }
      handle(req, res);
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
