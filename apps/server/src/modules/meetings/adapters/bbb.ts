import { createHash } from 'node:crypto';

export type BbbChecksumAlgorithm = 'sha1' | 'sha256';

/**
 * BigBlueButton API: every call is `<base>api/<callName>?<query>&checksum=<hash>` with
 * `hash = sha1(callName + query + sharedSecret)` (or sha256, when the server allows it).
 */
export function bbbChecksum(
  callName: string,
  query: string,
  secret: string,
  algorithm: BbbChecksumAlgorithm = 'sha1',
): string {
  return createHash(algorithm).update(`${callName}${query}${secret}`, 'utf8').digest('hex');
}

/** A signed API URL. Parameters keep their order (the checksum covers the query string as sent). */
export function bbbUrl(
  cfg: { url: string; secret: string },
  callName: 'create' | 'join' | 'end' | 'isMeetingRunning',
  params: [string, string][],
  algorithm: BbbChecksumAlgorithm = 'sha1',
): string {
  const query = new URLSearchParams(params).toString();
  const base = cfg.url.endsWith('/') ? cfg.url : `${cfg.url}/`;
  const checksum = bbbChecksum(callName, query, cfg.secret, algorithm);
  return `${base}api/${callName}?${query}${query ? '&' : ''}checksum=${checksum}`;
}

/** The room of a Lotse meeting carries no personal data: the meeting id only. */
export const bbbMeetingId = (meetingId: string) => `lotse-${meetingId}`;

/** `create` is idempotent on BigBlueButton: calling it before each join is safe. */
export function bbbCreateUrl(
  cfg: { url: string; secret: string },
  meetingId: string,
  opts: { durationMinutes: number },
  algorithm: BbbChecksumAlgorithm = 'sha1',
): string {
  return bbbUrl(
    cfg,
    'create',
    [
      ['name', 'Videogespräch Jugendamt'],
      ['meetingID', bbbMeetingId(meetingId)],
      ['duration', String(opts.durationMinutes + 30)],
      ['record', 'false'],
      ['guestPolicy', 'ASK_MODERATOR'],
    ],
    algorithm,
  );
}

/** Join URL: staff join as moderators, families and guests as viewers (waiting for approval). */
export function bbbJoinUrl(
  cfg: { url: string; secret: string },
  meetingId: string,
  user: { name: string; moderator: boolean; userId: string },
  algorithm: BbbChecksumAlgorithm = 'sha1',
): string {
  return bbbUrl(
    cfg,
    'join',
    [
      ['fullName', user.name],
      ['meetingID', bbbMeetingId(meetingId)],
      ['role', user.moderator ? 'MODERATOR' : 'VIEWER'],
      ['userID', user.userId],
      ['guest', user.moderator ? 'false' : 'true'],
      ['redirect', 'true'],
    ],
    algorithm,
  );
}
