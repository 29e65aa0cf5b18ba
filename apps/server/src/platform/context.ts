import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import type { IntakeClassifier } from '../modules/intake/classifier/index.js';
import type { ProofOfWork } from '../modules/intake/proof-of-work.js';
import type { AuditSealer } from './audit/seal.js';
import type { SessionCache } from './auth/session-cache.js';
import type { BlobStore } from './blobs.js';
import type { KeyRing } from './crypto.js';
import type { Mailer } from './mail/mailer.js';

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
  pow: ProofOfWork;
  /** Trained once on first use (about a second). */
  classifier: () => Promise<IntakeClassifier>;
}
