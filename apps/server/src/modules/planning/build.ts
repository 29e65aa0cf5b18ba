import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import type { KeyRing } from '../../platform/crypto.js';
import { sealedTextFor } from '../../platform/sealed-text.js';
import { casePlanningFacts } from '../cases/index.js';
import { feedbackFigures } from '../feedback/index.js';
import { helpPlanFacts } from '../helpplan/index.js';
import { firstStaffReplies } from '../messaging/index.js';
import { placementPlanningFacts } from '../placements/index.js';
import { protectionPlanningFacts } from '../protection/index.js';
import { requestPlanningFacts } from '../requests/index.js';
import { officeToday } from '../tenancy/index.js';
import { aggregate, type Cell, type PlanningSources } from './aggregate.js';

const CHUNK = 20_000;

export interface BuildReport {
  sourceRows: number;
  aggregateRows: number;
  durationMs: number;
}

/** Reads the office's facts through the owning modules (no content, no names). */
async function readSources(tx: Tx, keys: KeyRing, tenantId: string, now: Date): Promise<PlanningSources> {
  const sealed = sealedTextFor(keys, tx, tenantId);
  const areas = await tx.selectFrom('directory_social_areas').select(['id', 'code']).execute();
  const teams = await tx.selectFrom('directory_teams').select(['id', 'name']).execute();
  return {
    today: officeToday(now),
    now,
    areaCodeOf: new Map(areas.map((a) => [a.id, a.code])),
    teamNameOf: new Map(teams.map((t) => [t.id, t.name])),
    cases: await casePlanningFacts(tx),
    plans: await helpPlanFacts(tx, sealed),
    procedures: await protectionPlanningFacts(tx),
    placements: await placementPlanningFacts(tx),
    requests: await requestPlanningFacts(tx),
    firstReplies: await firstStaffReplies(tx),
    feedback: await feedbackFigures({ tx }, { fromMonth: '1900-01', toMonth: '2999-12' }),
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The order of the primary key of `planning_figures` (after the office). */
const byKey = (a: Cell, b: Cell) =>
  compare(a.measure, b.measure) ||
  compare(a.month, b.month) ||
  compare(a.socialArea, b.socialArea) ||
  compare(a.helpType, b.helpType) ||
  compare(a.ageGroup, b.ageGroup) ||
  compare(a.sex, b.sex) ||
  compare(a.team, b.team);

/** Replaces the office's aggregates in one transaction: readers see the old or the new set, never half. */
async function writeCells(tx: Tx, tenantId: string, cells: Cell[]): Promise<void> {
  await tx.deleteFrom('planning_figures').where('tenant_id', '=', tenantId).execute();
  // In key order: the rows a figures request reads (a measure over a span of months) then lie together
  // in the table instead of one per page.
  const sorted = [...cells].sort(byKey);
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const part = sorted.slice(i, i + CHUNK);
    const col = <K extends keyof Cell>(k: K) => part.map((c) => c[k]);
    await sql`
      INSERT INTO planning_figures (tenant_id, measure, month, social_area, help_type, age_group, sex, team, n, total)
      SELECT ${tenantId}::uuid, measure, (month || '-01')::date, social_area, help_type, age_group, sex, team, n, total
        FROM unnest(${col('measure')}::text[], ${col('month')}::text[], ${col('socialArea')}::text[],
                    ${col('helpType')}::text[], ${col('ageGroup')}::text[], ${col('sex')}::text[],
                    ${col('team')}::text[], ${col('n')}::int[], ${col('total')}::float8[])
             AS t(measure, month, social_area, help_type, age_group, sex, team, n, total)`.execute(tx);
  }
}

/** Rebuilds the office's planning aggregates from its case data; returns what it did. */
export async function rebuildAggregates(
  tx: Tx,
  keys: KeyRing,
  tenantId: string,
  now = new Date(),
): Promise<BuildReport> {
  const started = performance.now();
  // The counting and decrypting happen in Node between statements; a large office may take longer
  // than the pool's 10 s idle limit for a transaction, so this one gets five minutes.
  await sql`SET LOCAL idle_in_transaction_session_timeout = '300s'`.execute(tx);
  const sources = await readSources(tx, keys, tenantId, now);
  const cells = aggregate(sources);
  await writeCells(tx, tenantId, cells);
  const report = {
    sourceRows:
      sources.cases.length +
      sources.plans.length +
      sources.procedures.length +
      sources.placements.length +
      sources.requests.length +
      sources.feedback.length,
    aggregateRows: cells.length,
    durationMs: Math.round(performance.now() - started),
  };
  await tx
    .insertInto('planning_builds')
    .values({
      tenant_id: tenantId,
      built_at: now,
      duration_ms: report.durationMs,
      source_rows: report.sourceRows,
      aggregate_rows: report.aggregateRows,
    })
    .onConflict((oc) =>
      oc.column('tenant_id').doUpdateSet({
        built_at: now,
        duration_ms: report.durationMs,
        source_rows: report.sourceRows,
        aggregate_rows: report.aggregateRows,
      }),
    )
    .execute();
  return report;
}
