import { germanDate } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import { officeToday } from '../tenancy/index.js';

export interface FinishedRequest {
  id: string;
  /** how people name it without its access code: "Anfrage vom 3.2.2026 (1a2b3c4d)" */
  reference: string;
  updatedAt: string;
}

/** Closed requests of the office that led to no case and were last changed before the cutoff. */
export async function closedRequestsWithoutCaseBefore(
  tx: Tx,
  cutoff: Date,
  limit = 500,
): Promise<FinishedRequest[]> {
  const rows = await tx
    .selectFrom('intake_requests')
    .select(['id', 'created_at', 'updated_at'])
    .where('status', '=', 'closed')
    .where('case_id', 'is', null)
    .where('updated_at', '<', cutoff)
    .orderBy('updated_at')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    reference: `Anfrage vom ${germanDate(officeToday(new Date(r.created_at)))} (${r.id.slice(0, 8)})`,
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}

/** Those of these requests that are still being answered (not closed, no case). */
export async function openRequestIds(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectFrom('intake_requests')
    .select('id')
    .where('id', 'in', [...ids])
    .where('status', '<>', 'closed')
    .where('case_id', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}
