import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import type { AuditSealer } from './audit/seal.js';
import type { PasskeyChallenges } from './auth/passkey-challenges.js';
import type { SessionCache } from './auth/session-cache.js';
import type { BlobStore } from './blobs.js';
import type { KeyRing } from './crypto.js';
import type { ProofOfWork } from './http/proof-of-work.js';
import type { Mailer } from './mail/mailer.js';
import type { LiveChannels } from './realtime/live.js';

/** What every use case may need from the platform; built once in main.ts (or per test). */
export interface AppContext {
  config: Config;
  db: Db;
  keys: KeyRing;
  blobs: BlobStore;
  sealer: AuditSealer;
  /** Staff sessions recently confirmed by the database (revoke after ending one). */
  sessions: SessionCache;
  mailer: Mailer;
  /** Proof of work for anonymous writes (a family's request). */
  pow: ProofOfWork;
  /** Signed one-time WebAuthn challenges (family passkeys). */
  passkeyChallenges: PasskeyChallenges;
  /** Realtime channels that scopes publish to after their commit. */
  live: LiveChannels;
  /** Called when an after-commit effect fails: the change stands, the failure must not go unseen. */
  reportEffectFailure(error: unknown): void;
}
