import type { Tx } from '../../db/connection.js';

/** When the office first wrote to the family, per request (the first contact); unaudited, no content. */
export async function firstStaffReplies(tx: Tx): Promise<Map<string, Date>> {
  const rows = await tx
    .selectFrom('conversations as c')
    .innerJoin('messages as m', (j) =>
      j.onRef('m.tenant_id', '=', 'c.tenant_id').onRef('m.conversation_id', '=', 'c.id'),
    )
    .select(['c.intake_request_id', (eb) => eb.fn.min('m.created_at').as('first_at')])
    .where('m.sender_user_id', 'is not', null)
    .groupBy('c.intake_request_id')
    .execute();
  return new Map(rows.map((r) => [r.intake_request_id, new Date(r.first_at as Date | string)]));
}
