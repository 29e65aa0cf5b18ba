import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../db/column-types.js';

// Tables of infrastructure every module relies on: office keys, sessions, throttling, audit, jobs, mail. Only this folder reads or writes them
// (db/table-ownership.test.ts); db/schema.ts composes every owner's tables into one Database type.
export interface TenantKeysTable {
  tenant_id: string;
  version: number;
  wrapped_key: Uint8Array;
  created_at: CreatedAt;
}
export interface SessionsTable {
  id: string;
  tenant_id: string;
  user_id: string;
  mfa_passed: boolean;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date | string;
}
export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_failure_at: Timestamp;
  locked_until: Date | string | null;
}
export interface AuditEventsTable {
  tenant_id: string;
  id: Generated<string>;
  at: Generated<Date>;
  actor_id: string | null;
  actor_roles: string[];
  action: string;
  resource_type: string;
  resource_id: string | null;
  case_id: string | null;
  outcome: 'allowed' | 'denied' | 'failed';
  ip: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}
export interface AuditSealsTable {
  tenant_id: string;
  seq: string;
  from_id: string;
  to_id: string;
  event_count: number;
  prev_hash: string;
  hash: string;
  sealed_at: CreatedAt;
}
export interface UsedChallengesTable {
  challenge: string;
  expires_at: Date | string;
}
export interface FamilySessionsTable {
  id: string;
  tenant_id: string;
  intake_request_id: string | null;
  family_account_id: string | null;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date | string;
}
export interface JobsTable {
  tenant_id: string;
  id: Generated<string>;
  kind: string;
  payload_enc: Uint8Array;
  run_at: Timestamp;
  attempts: Generated<number>;
  locked_until: Date | string | null;
  done_at: Date | string | null;
  last_error: string | null;
  created_at: CreatedAt;
}
export interface MailOutboxTable {
  tenant_id: string;
  id: string;
  recipient: string;
  subject: string;
  body_enc: Uint8Array;
  created_at: CreatedAt;
}

export interface PlatformTables {
  tenant_keys: TenantKeysTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_events: AuditEventsTable;
  audit_seals: AuditSealsTable;
  used_challenges: UsedChallengesTable;
  family_sessions: FamilySessionsTable;
  jobs: JobsTable;
  mail_outbox: MailOutboxTable;
}

export interface TenantsTable {
  id: string;
  slug: string;
  name: string;
  crisis_phone: string | null;
  created_at: CreatedAt;
}

/** Read by every module (the app role may only SELECT it): the offices themselves. */
export interface PlatformReadable {
  tenants: TenantsTable;
}
