import * as client from 'openid-client';
import type { OidcConfig } from '../../config.js';

/** What Lotse keeps between sending the browser to the provider and its return (in a sealed cookie). */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The cockpit address to open afterwards (checked before it gets here). */
  next: string;
  /** Epoch milliseconds after which the return is refused. */
  expires: number;
}

/** The signed-in person as the provider vouched for them. */
export interface ProviderIdentity {
  /** The ID token's claims, merged over the UserInfo answer (for the claims the ID token lacks). */
  claims: Record<string, unknown>;
  /** Authentication methods and context class from the ID token alone (never from UserInfo). */
  amr: string[];
  acr: string | undefined;
  idToken: string;
}

/** Something between Lotse and the provider failed (unreachable, refused the code, bad token). */
export class ProviderError extends Error {}

/** The provider answered the sign-in with an error (`access_denied`, `login_required` …). */
export class ProviderRefusal extends Error {
  constructor(readonly error: string) {
    super(`Anmeldedienst: ${error}`);
  }
}

const PENDING_MINUTES = 10;
const REDISCOVER_MS = 6 * 3600_000;

/**
 * The office's identity provider, spoken to through openid-client: discovery (cached, retried after
 * a failure, refreshed every few hours so rotated endpoints are picked up), the authorization code flow
 * with PKCE (S256), state and nonce, UserInfo for claims the ID token does not carry, and the URL for
 * RP-initiated logout.
 */
export class IdentityProvider {
  private configuration: Promise<client.Configuration> | undefined;
  private discoveredAt = 0;

  constructor(readonly settings: OidcConfig) {}

  private config(): Promise<client.Configuration> {
    if (!this.configuration || Date.now() - this.discoveredAt > REDISCOVER_MS) {
      this.discoveredAt = Date.now();
      const attempt = this.discover();
      this.configuration = attempt;
      attempt.catch(() => {
        if (this.configuration === attempt) this.configuration = undefined;
      });
    }
    return this.configuration;
  }

  private async discover(): Promise<client.Configuration> {
    const s = this.settings;
    const execute = s.insecureLoopback ? [client.allowInsecureRequests] : [];
    try {
      const found = await client.discovery(new URL(s.issuer), s.clientId, s.clientSecret, undefined, {
        execute,
        timeout: 10,
      });
      // The client authenticates as the provider says it can: HTTP Basic (the standard's default), else POST.
      const metadata = found.serverMetadata();
      const methods = metadata.token_endpoint_auth_methods_supported;
      const auth =
        !methods || methods.includes('client_secret_basic')
          ? client.ClientSecretBasic(s.clientSecret)
          : client.ClientSecretPost(s.clientSecret);
      const configuration = new client.Configuration(metadata, s.clientId, s.clientSecret, auth);
      configuration.timeout = 10;
      for (const fn of execute) fn(configuration);
      return configuration;
    } catch (cause) {
      throw new ProviderError(`Anmeldedienst ${s.issuer} nicht erreichbar`, { cause });
    }
  }

  /**
   * The provider's authorization URL for a new sign-in, and what must be kept until the browser
   * returns. Throws `ProviderError` when the provider cannot be reached.
   */
  async startSignIn(next: string): Promise<{ url: URL; pending: PendingSignIn }> {
    const configuration = await this.config();
    const pending: PendingSignIn = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      next,
      expires: Date.now() + PENDING_MINUTES * 60_000,
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      response_type: 'code',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, pending };
  }

  /**
   * Redeems the code of the browser's return (`callbackUrl`: the registered redirect URI with the
   * provider's query): openid-client checks state, issuer, PKCE, the ID token's signature, audience,
   * expiry and nonce. Claims in `wanted` that the ID token lacks are read from UserInfo.
   */
  async finishSignIn(callbackUrl: URL, pending: PendingSignIn, wanted: string[]): Promise<ProviderIdentity> {
    let configuration: client.Configuration;
    try {
      configuration = await this.config();
    } catch (cause) {
      throw new ProviderError('Anmeldedienst nicht erreichbar', { cause });
    }
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        pkceCodeVerifier: pending.codeVerifier,
        idTokenExpected: true,
      });
    } catch (cause) {
      if (cause instanceof client.AuthorizationResponseError) throw new ProviderRefusal(cause.error);
      throw new ProviderError('Der Anmeldedienst hat die Anmeldung nicht bestätigt', { cause });
    }
    const idClaims = tokens.claims();
    if (!idClaims || !tokens.id_token) throw new ProviderError('Der Anmeldedienst hat kein ID-Token gesandt');
    let claims: Record<string, unknown> = { ...idClaims };
    const missing = wanted.filter((name) => claimAt(idClaims, name) === undefined);
    if (missing.length > 0 && configuration.serverMetadata().userinfo_endpoint) {
      try {
        const info = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
        claims = { ...info, ...idClaims };
      } catch (cause) {
        throw new ProviderError('UserInfo des Anmeldedienstes nicht lesbar', { cause });
      }
    }
    const amr = Array.isArray(idClaims.amr) ? idClaims.amr.filter((v) => typeof v === 'string') : [];
    const acr = typeof idClaims.acr === 'string' ? idClaims.acr : undefined;
    return { claims, amr, acr, idToken: tokens.id_token };
  }

  /** The provider's logout address for this browser (RP-initiated logout), or null when it has none. */
  async logoutUrl(idToken: string | undefined): Promise<string | null> {
    let configuration: client.Configuration;
    try {
      configuration = await this.config();
    } catch {
      return null; // Lotse's session is over either way; the provider's ends when it times out.
    }
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return client
      .buildEndSessionUrl(configuration, {
        client_id: this.settings.clientId,
        post_logout_redirect_uri: this.settings.postLogoutRedirectUri,
        ...(idToken && { id_token_hint: idToken }),
      })
      .toString();
  }
}

/**
 * A claim by name, or by a dotted path into nested objects (`resource_access.lotse.roles`) when no
 * claim has the whole name (ADFS names claims by URI, dots included).
 */
export function claimAt(claims: Record<string, unknown>, name: string): unknown {
  if (name in claims) return claims[name];
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
