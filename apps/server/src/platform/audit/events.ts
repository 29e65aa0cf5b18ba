export { type TAuditAction, ZAuditAction } from '@lotse/shared';

import type { TAuditAction, TAuditResourceType } from '@lotse/shared';

export interface AuditEvent {
  tenantId: string;
  actorId: string | null;
  actorRoles: string[];
  action: TAuditAction;
  resourceType: TAuditResourceType;
  resourceId?: string | null;
  caseId?: string | null;
  outcome: 'allowed' | 'denied' | 'failed';
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Tenant id for events that belong to no office (e.g. a login with an unknown name). */
export const NO_TENANT = '00000000-0000-0000-0000-000000000000';
