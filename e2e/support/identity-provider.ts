/**
 * A real OpenID Connect provider (oidc-provider) for the single sign-on test, on a random port of
 * 127.0.0.1 — another site than Lotse's localhost, as an office's Keycloak or Entra ID is. Its
 * development login and consent pages are used as they are; only the login form's answer is checked
 * here, so the provider can report how each account signed in (`amr`).
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface E2eAccount {
  claims: Record<string, unknown>;
  amr?: string[];
}

export interface E2eIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close: () => Promise<void>;
}

export const IDP_PASSWORD = 'idp-geheim';

export async function startIdentityProvider(opts: {
  redirectUri: string;
  postLogoutRedirectUri: string;
  accounts: Record<string, E2eAccount>;
}): Promise<E2eIdentityProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'lotse-e2e';
  const clientSecret = 'lotse-e2e-client-secret';
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
    claims: { openid: ['sub', 'acr', 'amr', 'auth_time'], profile: ['preferred_username', 'name'] },
    cookies: { keys: ['e2e-cookie-key-not-secret'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, sub) => {
      const account = opts.accounts[sub];
      return account ? { accountId: sub, claims: () => ({ sub, ...account.claims }) } : undefined;
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
          const account = opts.accounts[login];
          if (!account || form.get('password') !== IDP_PASSWORD) {
            res.writeHead(401, { 'content-type': 'text/plain' }).end('Anmeldung beim Anbieter falsch');
            return;
          }
          await provider.interactionFinished(
            req,
            res,
            { login: { accountId: login, amr: account.amr ?? ['pwd'] } },
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
