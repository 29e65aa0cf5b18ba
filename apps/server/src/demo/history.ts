import { randomUUID } from 'node:crypto';
import { type Insertable, sql } from 'kysely';
import type { Tx } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { caseTitleContext } from '../modules/cases/sealed-fields.js';
import { versionColumns } from '../modules/helpplan/index.js';
import { sealPersonal } from '../modules/people/personal-data.js';
import { seedProtectionProcedure } from '../modules/protection/index.js';
import type { SealedText } from '../platform/sealed-text.js';
import type { DemoRows } from './build.js';
import { buildDemoHistory, historyStaff } from './history-build.js';
import { feedbackRows } from './history-feedback.js';
import type { HistoryCase } from './history-model.js';
import {
  addPlacement,
  historyOffers,
  type OfferRef,
  offersFor,
  type PlacementRows,
} from './history-placements.js';
import { planVersions } from './history-plans.js';
import { procedureOf } from './history-protection.js';
import { atHour, Random } from './history-random.js';
import { type AreaCode, DEMO_CITY, DEMO_TENANT_ID, demoTeams, type TeamKey } from './office.js';

// Writes the demo office's history (history-build.ts) in the seeding transaction: persons and cases
// sealed as the app seals them, help plans, § 8a procedures, placements, feedback figures.

type Row<T extends keyof Database> = Insertable<Database[T]>;
const tenant_id = DEMO_TENANT_ID;
const CHUNK = 400;

/** How many rows of each kind the history added. */
export interface HistorySummary {
  cases: number;
  persons: number;
  helpPlans: number;
  procedures: number;
  placements: number;
  feedbackFigures: number;
}

/** Inserts rows in multi-row statements of `CHUNK` rows. */
async function insertAll<T extends keyof Database>(tx: Tx, table: T, rows: Row<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await tx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
}

/** Looks up ids of the demo's areas, teams and staff by code, key and username. */
function directory(rows: Pick<DemoRows, 'socialAreas' | 'teams' | 'users'>) {
  const areaIds = new Map(rows.socialAreas.map((a) => [a.code as AreaCode, a.id as string]));
  const byUsername = new Map(rows.users.map((u) => [u.username, u]));
  const user = (username: string) => {
    const u = byUsername.get(username);
    if (!u?.id) throw new Error(`Demo-Historie: unbekannte Fachkraft ${username}`);
    return u;
  };
  return {
    areaIds,
    area: (code: AreaCode) => areaIds.get(code) ?? null,
    team: (key: TeamKey) => rows.teams.find((t) => t.name === demoTeams[key].name)?.id ?? '',
    userId: (username: string) => user(username).id as string,
    userName: (username: string) => user(username).display_name,
  };
}

/** Persons (sealed), cases (sealed title, search tokens), their links and the genogram's relations. */
async function caseRows(sealed: SealedText, cases: HistoryCase[], dir: ReturnType<typeof directory>) {
  const out = {
    persons: [] as Row<'persons'>[],
    cases: [] as Row<'cases'>[],
    casePersons: [] as Row<'case_persons'>[],
    relations: [] as Row<'relations'>[],
  };
  for (const c of cases) {
    for (const p of c.persons) {
      out.persons.push({
        tenant_id,
        id: p.id,
        personal_enc: await sealPersonal(sealed, p.id, {
          firstName: p.first,
          lastName: p.last,
          phone: null,
          email: null,
          street: p.address?.street ?? null,
          houseNumber: p.address?.house ?? null,
          postcode: p.address?.postcode ?? null,
          city: p.address ? DEMO_CITY : null,
        }),
        birth_date: p.birthDate,
        gender: p.gender,
        languages: p.languages,
        social_area_id: p.address ? dir.area(p.address.area) : null,
        created_at: c.openedAt,
      });
      out.casePersons.push({ tenant_id, case_id: c.id, person_id: p.id, role: p.role });
    }
    const [child, ...parents] = c.persons;
    for (const parent of parents)
      if (child)
        out.relations.push({
          tenant_id,
          id: randomUUID(),
          from_person_id: parent.id,
          to_person_id: child.id,
          kind: 'parent',
        });
    const [a, b] = parents;
    if (a && b && a.address === b.address)
      out.relations.push({
        tenant_id,
        id: randomUUID(),
        from_person_id: a.id,
        to_person_id: b.id,
        kind: 'partner',
      });
    out.cases.push({
      tenant_id,
      id: c.id,
      reference: c.reference,
      legacy_title: null,
      title_enc: await sealed.seal(c.title, caseTitleContext(c.id)),
      search_tokens: sealed.searchIndex([c.title, ...c.persons.flatMap((p) => [p.first, p.last])]),
      help_type: c.helpType,
      status: c.status,
      team_id: dir.team(c.team),
      caseworker_id: c.caseworker ? dir.userId(c.caseworker) : null,
      social_area_id: dir.area(c.area),
      opened_at: c.openedAt,
      closed_at: c.closedAt,
      updated_at: c.updatedAt,
    });
  }
  return out;
}

/** Who writes for a case where it names no caseworker any more: the first of the team's staff. */
const authorOf = (c: HistoryCase) => c.caseworker ?? historyStaff[c.team][0] ?? 'mira.mitte';

/** Plans of the help cases, and the placements of a share of recent foster and residential care. */
async function planRows(
  sealed: SealedText,
  random: Random,
  cases: HistoryCase[],
  dir: ReturnType<typeof directory>,
  offers: OfferRef[],
  now: Date,
) {
  const plans: Row<'help_plans'>[] = [];
  const versions: Row<'help_plan_versions'>[] = [];
  const placed: PlacementRows = { inquiries: [], recipients: [], placements: [] };
  const placementsFrom = new Date(Date.UTC(now.getUTCFullYear() - 2, 0, 1));
  for (const c of cases) {
    if (!c.help) continue;
    const author = dir.userId(authorOf(c));
    const offer = random.pick(offersFor(offers, c.helpType));
    const outOfHome = c.helpType === 'p33_foster_care' || c.helpType === 'p34_residential_care';
    if (outOfHome && c.help.startsOn >= placementsFrom && random.chance(0.6))
      addPlacement(placed, random, randomUUID, c, offer, offers, author);
    const planId = randomUUID();
    plans.push({
      tenant_id,
      id: planId,
      case_id: c.id,
      created_by: author,
      created_at: atHour(c.help.startsOn, 10),
    });
    const names = { caseworker: dir.userName(authorOf(c)), provider: offer.providerName };
    let version = 0;
    for (const v of planVersions(random, randomUUID, c, names)) {
      version += 1;
      const at = atHour(v.at, 14, random.int(0, 59));
      versions.push({
        tenant_id,
        plan_id: planId,
        version,
        status: 'final',
        created_by: author,
        created_at: at,
        finalized_by: author,
        finalized_at: at,
        ...(await versionColumns(sealed, planId, version, v.content)),
      });
    }
  }
  return { plans, versions, placed };
}

/** The counters of the case references: at least the last number the history used per prefix. */
async function updateCounters(tx: Tx, counters: Map<string, number>): Promise<void> {
  for (const [prefix, last] of counters)
    await sql`
      INSERT INTO case_reference_counters AS c (tenant_id, prefix, last_number)
      VALUES (${tenant_id}, ${prefix}, ${last})
      ON CONFLICT (tenant_id, prefix) DO UPDATE SET last_number = GREATEST(c.last_number, excluded.last_number)`.execute(
      tx,
    );
}

/**
 * Seeds the demo office's past cases since January four years ago (about a thousand) with their
 * help plans, § 8a procedures, placements and feedback figures. Deterministic for a given `now`.
 */
export async function seedDemoHistory(
  { tx, sealed }: { tx: Tx; sealed: SealedText },
  rows: Pick<DemoRows, 'socialAreas' | 'teams' | 'users' | 'cases'>,
  now: Date,
): Promise<HistorySummary> {
  const { cases, counters } = buildDemoHistory(
    now,
    rows.cases.map((c) => c.reference),
  );
  const dir = directory(rows);
  const random = new Random(0x8a42);
  const built = await caseRows(sealed, cases, dir);
  await insertAll(tx, 'persons', built.persons);
  await insertAll(tx, 'cases', built.cases);
  // Fresh statistics: the foreign-key checks below otherwise keep plans made for a nearly empty table.
  await sql`ANALYZE persons, cases`.execute(tx);
  await insertAll(tx, 'case_persons', built.casePersons);
  await insertAll(tx, 'relations', built.relations);
  const { plans, versions, placed } = await planRows(sealed, random, cases, dir, historyOffers(now), now);
  await insertAll(tx, 'help_plans', plans);
  await sql`ANALYZE help_plans`.execute(tx);
  await insertAll(tx, 'help_plan_versions', versions);
  await insertAll(tx, 'placement_inquiries', placed.inquiries);
  await insertAll(tx, 'placement_inquiry_recipients', placed.recipients);
  await insertAll(tx, 'placements', placed.placements);
  const staff = { id: dir.userId, name: dir.userName };
  let procedures = 0;
  for (const c of cases)
    if (c.procedure) {
      await seedProtectionProcedure(
        { tx, sealed },
        procedureOf(random, randomUUID, c, c.procedure, staff, now),
      );
      procedures += 1;
    }
  const figures = feedbackRows(random, now, dir.areaIds);
  await insertAll(tx, 'feedback_figures', figures);
  await updateCounters(tx, counters);
  return {
    cases: cases.length,
    persons: built.persons.length,
    helpPlans: plans.length,
    procedures,
    placements: placed.placements.length,
    feedbackFigures: figures.length,
  };
}
