import type { TRetentionReport } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import { countExpired } from '../../platform/housekeeping.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { closedCasesBefore } from '../cases/index.js';
import { closedRequestsWithoutCaseBefore } from '../requests/index.js';
import { activeHolds } from './retention-holds.js';
import { cutoffsOf, retentionSettings } from './retention-settings.js';

/**
 * What is due for erasure now (a dry run): closed cases and closed requests without a case past
 * their period, counted platform records, and the due cases that a legal hold keeps. File numbers
 * and dates only — a report names no one.
 */
export async function dueForErasure(tx: Tx, sealed: SealedText, now = new Date()): Promise<TRetentionReport> {
  const settings = await retentionSettings(tx);
  const cutoffs = cutoffsOf(settings.periods, now);
  const holds = await activeHolds(tx, sealed);
  const cases = await closedCasesBefore(tx, cutoffs.closed_case);
  const requests = await closedRequestsWithoutCaseBefore(tx, cutoffs.request_without_case);
  const held = holds.filter((h) => cases.some((c) => c.id === h.caseId));
  return {
    cutoffs: Object.fromEntries(Object.entries(cutoffs).map(([type, date]) => [type, date.toISOString()])),
    due: [
      ...cases
        .filter((c) => !held.some((h) => h.caseId === c.id))
        .map((c) => ({ kind: 'case' as const, id: c.id, reference: c.reference, finishedAt: c.closedAt })),
      ...requests.map((r) => ({
        kind: 'request' as const,
        id: r.id,
        reference: r.reference,
        finishedAt: r.updatedAt,
      })),
    ],
    counts: await countExpired(tx, {
      family_session: cutoffs.family_session,
      staff_session: cutoffs.staff_session,
      finished_job: cutoffs.finished_job,
      outbox_mail: cutoffs.outbox_mail,
    }),
    held: held.map((h) => ({ caseId: h.caseId, reference: h.reference, reason: h.reason })),
  };
}
