import type { TCaseStatus, THelpType } from '@lotse/shared';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Tx } from '../../db/connection.js';
import type { CaseFacts } from './policy.js';

/** Cases with what a summary shows: team, caseworker, social area, children, deputies. */
export function selectCaseSummaries(tx: Tx) {
  return tx
    .selectFrom('cases')
    .innerJoin('directory_teams as teams', (j) =>
      j.onRef('teams.tenant_id', '=', 'cases.tenant_id').onRef('teams.id', '=', 'cases.team_id'),
    )
    .leftJoin('directory_users as cw', (j) =>
      j.onRef('cw.tenant_id', '=', 'cases.tenant_id').onRef('cw.id', '=', 'cases.caseworker_id'),
    )
    .leftJoin('directory_social_areas as sa', (j) =>
      j.onRef('sa.tenant_id', '=', 'cases.tenant_id').onRef('sa.id', '=', 'cases.social_area_id'),
    )
    .select((eb) => [
      'cases.tenant_id',
      'cases.id',
      'cases.reference',
      'cases.title_enc',
      'cases.status',
      'cases.help_type',
      'cases.team_id',
      'teams.name as team_name',
      'cases.caseworker_id',
      'cw.display_name as caseworker_name',
      'sa.id as area_id',
      'sa.name as area_name',
      'cases.opened_at',
      'cases.closed_at',
      'cases.updated_at',
      jsonArrayFrom(
        eb
          .selectFrom('case_persons as cp')
          .innerJoin('persons as p', (j) =>
            j.onRef('p.tenant_id', '=', 'cp.tenant_id').onRef('p.id', '=', 'cp.person_id'),
          )
          .select(['p.id', 'p.personal_enc', 'p.birth_date'])
          .whereRef('cp.tenant_id', '=', 'cases.tenant_id')
          .whereRef('cp.case_id', '=', 'cases.id')
          .where('cp.role', '=', 'child')
          .orderBy('p.birth_date'),
      ).as('children'),
      sql<
        string[]
      >`ARRAY(SELECT d.user_id FROM case_deputies d WHERE d.tenant_id = cases.tenant_id AND d.case_id = cases.id)`.as(
        'deputy_ids',
      ),
    ]);
}

export interface CaseSummaryRow {
  tenant_id: string;
  id: string;
  reference: string;
  title_enc: Uint8Array | null;
  status: string;
  help_type: string | null;
  team_id: string;
  team_name: string;
  caseworker_id: string | null;
  caseworker_name: string | null;
  area_id: string | null;
  area_name: string | null;
  opened_at: Date;
  closed_at: Date | string | null;
  updated_at: Date;
  /** personal_enc as JSON renders bytea. */
  children: { id: string; personal_enc: string | null; birth_date: string | null }[];
  deputy_ids: string[];
}

export function factsOf(row: {
  tenant_id: string;
  team_id: string;
  caseworker_id: string | null;
  deputy_ids: string[];
  status: string;
}): CaseFacts {
  return {
    tenantId: row.tenant_id,
    teamId: row.team_id,
    caseworkerId: row.caseworker_id,
    deputyIds: row.deputy_ids,
    status: row.status as TCaseStatus,
  };
}

export const asHelpType = (v: string | null) => v as THelpType | null;

/** Facts for the policy about one case, or null when it does not exist in this office. */
export async function loadCaseFacts(tx: Tx, caseId: string): Promise<(CaseFacts & { id: string }) | null> {
  const row = await tx
    .selectFrom('cases')
    .select([
      'cases.id',
      'cases.tenant_id',
      'cases.team_id',
      'cases.caseworker_id',
      'cases.status',
      sql<
        string[]
      >`ARRAY(SELECT d.user_id FROM case_deputies d WHERE d.tenant_id = cases.tenant_id AND d.case_id = cases.id)`.as(
        'deputy_ids',
      ),
    ])
    .where('cases.id', '=', caseId)
    .executeTakeFirst();
  return row ? { id: row.id, ...factsOf(row) } : null;
}

/**
 * One case with everything its page shows (persons, deputies, tasks, relations, households) in a
 * single statement: one round trip to the database instead of six.
 */
export function selectCaseDetail(tx: Tx, caseId: string) {
  const personIdsOfCase = sql<string>`(SELECT cp2.person_id FROM case_persons cp2 WHERE cp2.tenant_id = cases.tenant_id AND cp2.case_id = cases.id)`;
  return selectCaseSummaries(tx)
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('case_persons as cp')
          .innerJoin('persons as p', (j) =>
            j.onRef('p.tenant_id', '=', 'cp.tenant_id').onRef('p.id', '=', 'cp.person_id'),
          )
          .leftJoin('directory_social_areas as psa', (j) =>
            j.onRef('psa.tenant_id', '=', 'p.tenant_id').onRef('psa.id', '=', 'p.social_area_id'),
          )
          .select([
            'p.id',
            'p.personal_enc',
            'p.birth_date',
            'p.birth_date_approximate',
            'p.gender',
            'p.languages',
            'psa.id as area_id',
            'psa.name as area_name',
            'cp.role',
          ])
          .whereRef('cp.tenant_id', '=', 'cases.tenant_id')
          .whereRef('cp.case_id', '=', 'cases.id')
          .orderBy('p.birth_date'),
      ).as('persons'),
      jsonArrayFrom(
        eb
          .selectFrom('case_deputies as d')
          .innerJoin('directory_users as du', (j) =>
            j.onRef('du.tenant_id', '=', 'd.tenant_id').onRef('du.id', '=', 'd.user_id'),
          )
          .select(['du.id', 'du.display_name'])
          .whereRef('d.tenant_id', '=', 'cases.tenant_id')
          .whereRef('d.case_id', '=', 'cases.id')
          .orderBy('du.display_name'),
      ).as('deputies'),
      jsonArrayFrom(
        eb
          .selectFrom('tasks as t')
          .leftJoin('directory_users as tu', (j) =>
            j.onRef('tu.tenant_id', '=', 't.tenant_id').onRef('tu.id', '=', 't.assignee_id'),
          )
          .select([
            't.id',
            't.case_id',
            't.title_enc',
            't.due_on',
            't.assignee_id',
            'tu.display_name as assignee_name',
            't.done_at',
            sql<boolean>`t.done_at IS NULL AND t.due_on < current_date`.as('overdue'),
          ])
          .whereRef('t.tenant_id', '=', 'cases.tenant_id')
          .whereRef('t.case_id', '=', 'cases.id')
          .orderBy('t.done_at', 'desc')
          .orderBy('t.due_on'),
      ).as('tasks'),
      jsonArrayFrom(
        eb
          .selectFrom('relations as r')
          .select(['r.id', 'r.from_person_id', 'r.to_person_id', 'r.kind'])
          .whereRef('r.tenant_id', '=', 'cases.tenant_id')
          .where('r.from_person_id', 'in', personIdsOfCase)
          .where('r.to_person_id', 'in', personIdsOfCase),
      ).as('relations'),
      // Households of this case, empty ones included (they can be deleted from the case page).
      jsonArrayFrom(
        eb
          .selectFrom('households as h')
          .select([
            'h.id',
            'h.label_enc',
            sql<
              string[]
            >`ARRAY(SELECT m.person_id FROM household_members m WHERE m.tenant_id = h.tenant_id AND m.household_id = h.id ORDER BY m.person_id)`.as(
              'person_ids',
            ),
          ])
          .whereRef('h.tenant_id', '=', 'cases.tenant_id')
          .whereRef('h.case_id', '=', 'cases.id')
          // Sorted by label once opened (get-case.ts): the sealed label has no order.
          .orderBy('h.id'),
      ).as('households'),
      'cases.origin_request_id',
      'cases.origin',
      // Unread family messages of the request the case came from (messaging's readable view).
      eb
        .selectFrom('conversation_activity as ca')
        .select('ca.unread_by_staff')
        .whereRef('ca.tenant_id', '=', 'cases.tenant_id')
        .whereRef('ca.intake_request_id', '=', 'cases.origin_request_id')
        .as('origin_unread'),
    ])
    .where('cases.id', '=', caseId);
}

/**
 * The open cases of these teams with reference, status and caseworker (no titles, no persons), for
 * a team lead's overview. Unaudited: the caller checked that the actor leads these teams and audits.
 */
export async function openCasesOfTeams(tx: Tx, teamIds: string[]) {
  if (teamIds.length === 0) return [];
  const rows = await tx
    .selectFrom('cases')
    .leftJoin('directory_users as cw', (j) =>
      j.onRef('cw.tenant_id', '=', 'cases.tenant_id').onRef('cw.id', '=', 'cases.caseworker_id'),
    )
    .select([
      'cases.id',
      'cases.reference',
      'cases.status',
      'cases.team_id',
      'cases.opened_at',
      'cases.caseworker_id',
      'cw.display_name as caseworker_name',
    ])
    .where('cases.team_id', 'in', teamIds)
    .where('cases.status', '!=', 'closed')
    .orderBy('cases.opened_at')
    .execute();
  return rows.map((r) => ({
    caseId: r.id,
    reference: r.reference,
    status: r.status as TCaseStatus,
    teamId: r.team_id,
    openedAt: new Date(r.opened_at).toISOString(),
    caseworker:
      r.caseworker_id && r.caseworker_name ? { id: r.caseworker_id, displayName: r.caseworker_name } : null,
  }));
}
