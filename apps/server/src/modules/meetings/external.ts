import type { VideoConfig } from '../../config.js';
import { HttpError } from '../../platform/errors.js';
import { bbbCreateUrl, bbbJoinUrl } from './adapters/bbb.js';
import { jitsiJoinUrl } from './adapters/jitsi.js';

export interface ExternalJoin {
  meetingId: string;
  name: string;
  /** Staff moderate; families and guests wait in the provider's lobby. */
  moderator: boolean;
  /** Opaque id for the provider (never a name or e-mail). */
  userRef: string;
  durationMinutes: number;
  expiresAt: Date;
}

/** The join address on the office's Jitsi or BigBlueButton server; null for built-in video. */
export async function externalJoinUrl(
  video: VideoConfig,
  join: ExternalJoin,
  fetchFn: typeof fetch = fetch,
): Promise<string | null> {
  switch (video.provider) {
    case 'builtin':
      return null;
    case 'jitsi':
      if (!video.jitsi) return null;
      return jitsiJoinUrl(video.jitsi, join);
    case 'bbb': {
      if (!video.bbb) return null;
      // `create` is idempotent; the meeting must exist before anyone can join.
      const res = await fetchFn(bbbCreateUrl(video.bbb, join.meetingId, join), {
        signal: AbortSignal.timeout(5000),
      }).catch(() => null);
      if (!res?.ok) {
        throw new HttpError(
          502,
          'video_unavailable',
          'Der Videoserver ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
        );
      }
      return bbbJoinUrl(video.bbb, join.meetingId, {
        name: join.name,
        moderator: join.moderator,
        userId: join.userRef,
      });
    }
  }
}
