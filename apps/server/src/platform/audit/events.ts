import { z } from 'zod';

/** Every kind of audited event. Reads of personal data are audited like writes. */
export const ZAuditAction = z.enum([
  'auth.login', // password accepted (session created, maybe waiting for the second factor)
  'auth.login_failed', // unknown name or wrong password (same answer to the caller)
  'auth.throttled', // too many failures for this name or address
  'auth.mfa', // second factor accepted
  'auth.mfa_failed', // wrong second-factor code
  'auth.mfa_enabled', // a user enrolled TOTP
  'auth.logout',
  'case.list', // a list of cases was shown (ids in details)
  'case.read',
  'case.create',
  'case.update',
  'case.denied', // a case that does not exist or may not be seen was asked for
  'person.add',
  'person.update',
  'household.add',
  'relation.add',
  'entry.list',
  'entry.create',
  'entry.disclose', // an entrusted entry (§ 65) was opened to others on a recorded ground
  'document.list',
  'document.upload',
  'document.download',
  'task.create',
  'task.update',
  'task.list',
  'myday.read',
  'audit.read',
]);
export type TAuditAction = z.infer<typeof ZAuditAction>;

export interface AuditEvent {
  tenantId: string;
  actorId: string | null;
  actorRoles: string[];
  action: TAuditAction;
  resourceType: 'session' | 'case' | 'person' | 'relation' | 'entry' | 'document' | 'task' | 'audit' | 'user';
  resourceId?: string | null;
  caseId?: string | null;
  outcome: 'allowed' | 'denied' | 'failed';
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Tenant id for events that belong to no office (e.g. a login with an unknown name). */
export const NO_TENANT = '00000000-0000-0000-0000-000000000000';
