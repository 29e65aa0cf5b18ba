import { notFound } from '../../platform/errors.js';
import type { FamilyScope } from '../../platform/scope.js';

/** The signed-in person's account and case; a request's code without an account has no file (404). */
export async function familyAccountOf(
  scope: FamilyScope,
): Promise<{ id: string; caseId: string; personId: string }> {
  const accountId = scope.family.accountId;
  if (!accountId) throw notFound('Akte');
  const row = await scope.tx
    .selectFrom('family_accounts')
    .select(['id', 'case_id', 'person_id', 'status'])
    .where('id', '=', accountId)
    .executeTakeFirst();
  if (row?.status !== 'active') throw notFound('Akte');
  return { id: row.id, caseId: row.case_id, personId: row.person_id };
}
