import { randomUUID } from 'node:crypto';
import type { Scope } from '../../platform/scope.js';

/**
 * Opens the family's conversation with the office for a new request. A child's or young person's
 * own request is confidential counselling (§ 8 Abs. 3 SGB VIII): only its code holder sees it, never
 * the parents.
 */
export async function openConversation(
  { tx, tenantId }: Scope,
  input: { intakeRequestId: string; teamId: string; subject: string; confidential: boolean },
): Promise<void> {
  await tx
    .insertInto('conversations')
    .values({
      tenant_id: tenantId,
      id: randomUUID(),
      intake_request_id: input.intakeRequestId,
      team_id: input.teamId,
      subject: input.subject,
      confidential: input.confidential,
    })
    .execute();
}
