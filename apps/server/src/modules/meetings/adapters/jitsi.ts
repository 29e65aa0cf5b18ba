import { SignJWT } from 'jose';

export interface JitsiConfig {
  url: string;
  appId: string;
  secret: string;
}

/** The room of a Lotse meeting carries no personal data: the meeting id only. */
export const jitsiRoom = (meetingId: string) => `lotse-${meetingId}`;

/**
 * Jitsi Meet with token authentication (prosody `token` auth): an HS256 JWT with `aud`, `iss`
 * (the app id), `sub` (the Jitsi domain), `room`, `exp` and `context.user`.
 */
export async function jitsiToken(
  cfg: JitsiConfig,
  opts: { meetingId: string; name: string; moderator: boolean; expiresAt: Date },
): Promise<string> {
  return new SignJWT({
    room: jitsiRoom(opts.meetingId),
    moderator: opts.moderator,
    context: { user: { name: opts.name, moderator: opts.moderator } },
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setAudience('jitsi')
    .setIssuer(cfg.appId)
    .setSubject(new URL(cfg.url).hostname)
    .setIssuedAt()
    .setNotBefore(Math.floor(Date.now() / 1000) - 60)
    .setExpirationTime(Math.floor(opts.expiresAt.getTime() / 1000))
    .sign(new TextEncoder().encode(cfg.secret));
}

export async function jitsiJoinUrl(
  cfg: JitsiConfig,
  opts: { meetingId: string; name: string; moderator: boolean; expiresAt: Date },
): Promise<string> {
  const base = cfg.url.endsWith('/') ? cfg.url : `${cfg.url}/`;
  return `${base}${jitsiRoom(opts.meetingId)}?jwt=${await jitsiToken(cfg, opts)}`;
}
