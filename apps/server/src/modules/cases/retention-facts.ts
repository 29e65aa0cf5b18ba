import type { Tx } from '../../db/connection.js';

export interface ClosedCase {
  id: string;
  reference: string;
  closedAt: string;
}

/** Closed cases of the transaction's office closed before the cutoff (retention); oldest first. */
export async function closedCasesBefore(tx: Tx, cutoff: Date, limit = 500): Promise<ClosedCase[]> {
  const rows = await tx
    .selectFrom('cases')
    .select(['id', 'reference', 'closed_at'])
    .where('status', '=', 'closed')
    .where('closed_at', '<', cutoff)
    .orderBy('closed_at')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    closedAt: new Date(r.closed_at as Date).toISOString(),
  }));
}

/** File number, status and closing date of the office's cases with these ids. */
export async function caseFacts(
  tx: Tx,
  ids: readonly string[],
): Promise<Map<string, { reference: string; status: string; closedAt: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('cases')
    .select(['id', 'reference', 'status', 'closed_at'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        reference: r.reference,
        status: r.status,
        closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
      },
    ]),
  );
}
