import type { TIntakeStatus, TWriterRole, ZFamilyRequestViewSchema } from '@lotse/shared';
import type { z } from 'zod';
import { deleteFamilySession } from '../../platform/auth/family-sessions.js';
import { type FamilyScope, familyRequestId } from '../../platform/scope.js';
import { teamContact } from '../tenancy/index.js';

/** The signed-in family's own request: its state and the team that answers it (audited). */
export async function readFamilyRequest({
  tx,
  family,
  audit,
}: FamilyScope): Promise<z.infer<typeof ZFamilyRequestViewSchema>> {
  const row = await tx
    .selectFrom('intake_requests')
    .select(['status', 'created_at', 'team_id', 'urgent', 'writer_role'])
    .where('id', '=', familyRequestId(family))
    .executeTakeFirstOrThrow();
  await audit({ action: 'family.read', resourceType: 'intake', resourceId: familyRequestId(family) });
  return {
    id: familyRequestId(family),
    status: row.status as TIntakeStatus,
    createdAt: new Date(row.created_at).toISOString(),
    team: await teamContact(tx, row.team_id),
    urgent: row.urgent,
    writerRole: row.writer_role as TWriterRole,
  };
}

/** Ends the family's session (the code and PIN stay valid). */
export async function endFamilySession({ tx, family }: FamilyScope): Promise<void> {
  await deleteFamilySession(tx, family.sessionId);
}
