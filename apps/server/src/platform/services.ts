import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import { AuditSealer, auditSealerOptions } from './audit/seal.js';
import { PasskeyChallenges } from './auth/passkey-challenges.js';
import { SessionCache } from './auth/session-cache.js';
import { FsBlobStore } from './blobs.js';
import type { AppContext } from './context.js';
import { KeyRing } from './crypto.js';
import { ProofOfWork } from './http/proof-of-work.js';
import { type JobHandler, JobWorker, type StandaloneJob } from './jobs.js';
import { createMailer, MAIL_JOB, type MailMessage } from './mail/mailer.js';
import { LiveChannels } from './realtime/live.js';

/** Wires the platform services around an open database. Used by the server and by tests. */
export function createServices(config: Config, db: Db, masterKey: Buffer): AppContext {
  const keys = new KeyRing(masterKey);
  return {
    config,
    db,
    keys,
    blobs: new FsBlobStore(join(config.dataDir, 'blobs')),
    sealer: new AuditSealer(db, auditSealerOptions(config.dataDir, masterKey)),
    sessions: new SessionCache(),
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, keys }),
    pow: new ProofOfWork(masterKey),
    passkeyChallenges: new PasskeyChallenges(masterKey),
    live: new LiveChannels(),
    reportEffectFailure: (error) => console.error('after-commit effect failed', error),
  };
}

/** The worker that runs queued side effects (mails) after their transactions committed. */
export function createJobWorker(
  ctx: AppContext,
  moduleHandlers: Record<string, JobHandler | StandaloneJob> = {},
): JobWorker {
  return new JobWorker(ctx.db, ctx.keys, {
    ...moduleHandlers,
    [MAIL_JOB]: (tx, tenantId, payload) => ctx.mailer.send(tx, tenantId, payload as MailMessage),
  });
}
