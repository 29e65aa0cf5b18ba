import type { Tx } from '../../db/connection.js';

/** A family's request as the planning figures count it: when, where, which team; no content. */
export interface RequestPlanningFact {
  requestId: string;
  createdAt: Date;
  socialAreaId: string | null;
  teamId: string;
}

/** Every request of the office (unaudited: for the planning job, which keeps no ids). */
export async function requestPlanningFacts(tx: Tx): Promise<RequestPlanningFact[]> {
  const rows = await tx
    .selectFrom('intake_requests')
    .select(['id', 'created_at', 'social_area_id', 'team_id'])
    .execute();
  return rows.map((r) => ({
    requestId: r.id,
    createdAt: new Date(r.created_at),
    socialAreaId: r.social_area_id,
    teamId: r.team_id,
  }));
}
