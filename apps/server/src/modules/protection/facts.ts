import type { TProtectionResult, TProtectionStatus } from '@lotse/shared';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { isoDay } from './dates.js';

/** What other modules (hints, process map, team overview) may know about a case's § 8a procedures. */
export interface ProtectionFact {
  procedureId: string;
  caseId: string;
  status: TProtectionStatus;
  receivedAt: string;
  firstContactDueAt: string;
  firstContactAt: string | null;
  result: TProtectionResult | null;
  followUpOn: string | null;
  protectiveFactorsRated: number;
  riskFactorsRated: number;
  /** Due dates of the protection plan's open tasks, earliest first. */
  openTaskDueDates: string[];
}

/**
 * Unaudited facts for the caller's own audited views: per case its procedures' state (newest report
 * first), with the rated factors of the latest assessment. The caller has checked the cases.
 */
export async function protectionFacts(
  tx: Kysely<Database>,
  tenantId: string,
  caseIds: string[],
): Promise<Map<string, ProtectionFact[]>> {
  const byCase = new Map<string, ProtectionFact[]>();
  if (caseIds.length === 0) return byCase;
  const rows = await tx
    .selectFrom('protection_procedures as p')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('protection_assessments as a')
          .select(['a.risk_rated', 'a.protective_rated'])
          .whereRef('a.tenant_id', '=', 'p.tenant_id')
          .whereRef('a.procedure_id', '=', 'p.id')
          .orderBy('a.assessed_on', 'desc')
          .orderBy('a.created_at', 'desc')
          .limit(1)
          .as('latest'),
      (join) => join.onTrue(),
    )
    .select([
      'p.id',
      'p.case_id',
      'p.status',
      'p.received_at',
      'p.first_contact_due_at',
      'p.first_contact_at',
      'p.result',
      'p.follow_up_on',
      'latest.risk_rated',
      'latest.protective_rated',
    ])
    .select(sql<string[]>`p.open_task_due_dates::text[]`.as('open_due'))
    .where('p.tenant_id', '=', tenantId)
    .where('p.case_id', 'in', caseIds)
    .orderBy('p.received_at', 'desc')
    .execute();
  for (const r of rows) {
    const list = byCase.get(r.case_id) ?? [];
    list.push({
      procedureId: r.id,
      caseId: r.case_id,
      status: r.status as TProtectionStatus,
      receivedAt: new Date(r.received_at).toISOString(),
      firstContactDueAt: new Date(r.first_contact_due_at).toISOString(),
      firstContactAt: r.first_contact_at ? new Date(r.first_contact_at).toISOString() : null,
      result: r.result as TProtectionResult | null,
      followUpOn: r.follow_up_on ? isoDay(r.follow_up_on) : null,
      protectiveFactorsRated: r.protective_rated ?? 0,
      riskFactorsRated: r.risk_rated ?? 0,
      openTaskDueDates: parseDates(r.open_due).sort(),
    });
    byCase.set(r.case_id, list);
  }
  return byCase;
}

/** A text[] as the drivers give it: an array, or PostgreSQL's `{a,b}` literal. */
function parseDates(value: string[] | string | null): string[] {
  if (!value) return [];
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean);
}
