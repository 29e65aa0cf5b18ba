import { createHmac } from 'node:crypto';
import type { TIceConfig } from '@lotse/shared';
import type { VideoConfig } from '../../config.js';

/** TURN credentials live this long (a long meeting plus some slack). */
export const TURN_CREDENTIAL_SECONDS = 4 * 3600;

/**
 * ICE servers for the browser. With coturn's REST API (`use-auth-secret`), the username is
 * `<unix expiry>:<id>` and the credential `base64(HMAC-SHA1(secret, username))`; without TURN
 * settings the list is empty (direct connections, e.g. on one network or loopback).
 */
export function iceServersFor(video: VideoConfig, participantRef: string, now = new Date()): TIceConfig {
  if (video.turnUrls.length === 0 || !video.turnSecret) return { iceServers: [], expiresAt: null };
  const expiry = Math.floor(now.getTime() / 1000) + TURN_CREDENTIAL_SECONDS;
  const username = `${expiry}:${participantRef}`;
  const credential = createHmac('sha1', video.turnSecret).update(username).digest('base64');
  return {
    iceServers: [{ urls: video.turnUrls, username, credential }],
    expiresAt: new Date(expiry * 1000).toISOString(),
  };
}
