import type { Tx } from '../../db/connection.js';

/** A placement as the planning figures count it: help type, start, end, when the inquiry went out. */
export interface PlacementPlanningFact {
  caseId: string;
  helpType: string;
  startedOn: string;
  endedAt: Date | null;
  inquiryCreatedAt: Date | null;
}

/** Every placement of the office (unaudited: for the planning job, which keeps no ids). */
export async function placementPlanningFacts(tx: Tx): Promise<PlacementPlanningFact[]> {
  const rows = await tx
    .selectFrom('placements as p')
    .leftJoin('placement_inquiries as i', (j) =>
      j.onRef('i.tenant_id', '=', 'p.tenant_id').onRef('i.id', '=', 'p.inquiry_id'),
    )
    .select(['p.case_id', 'p.help_type', 'p.started_on', 'p.ended_at', 'i.created_at as inquiry_created_at'])
    .execute();
  return rows.map((r) => ({
    caseId: r.case_id,
    helpType: r.help_type,
    startedOn:
      typeof r.started_on === 'string'
        ? r.started_on.slice(0, 10)
        : new Date(r.started_on).toISOString().slice(0, 10),
    endedAt: r.ended_at ? new Date(r.ended_at) : null,
    inquiryCreatedAt: r.inquiry_created_at ? new Date(r.inquiry_created_at) : null,
  }));
}
