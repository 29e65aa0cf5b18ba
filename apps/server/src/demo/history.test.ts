import { type THelpPlanContent, type TSurveyAnswers, ZHelpPlanContentSchema } from '@lotse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, withTenant } from '../db/connection.js';
import { codesFor } from '../modules/helpplan/statistics-codes.js';
import { routeToTeam } from '../modules/intake/routing.js';
import { openPart, type SealedOutcome } from '../modules/protection/sealed.js';
import { resolveSocialArea } from '../modules/tenancy/index.js';
import type { KeyRing } from '../platform/crypto.js';
import { sealedTextFor } from '../platform/sealed-text.js';
import { loginCookie, startTestApp, type TestApp } from '../test-support/app.js';
import { buildDemoRows } from './build.js';
import { hzeProfiles } from './history-cases.js';
import { setUpDemoIntake } from './intake-setup.js';
import { DEMO_PROVIDER_ID } from './providers.js';
import { DEMO_PASSWORD, DEMO_TENANT_ID, seedDemoData } from './seed.js';

let t: TestApp;
let db: Db;
let keys: KeyRing;
const YEAR_MS = 365.25 * 86_400_000;

beforeAll(async () => {
  t = await startTestApp();
  ({ db } = t);
  keys = t.ctx.keys;
  await seedDemoData({ db, keys });
  await setUpDemoIntake(db);
});
afterAll(() => t.close());

const inOffice = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(db, DEMO_TENANT_ID, fn);
const share = (part: number, whole: number) => part / Math.max(1, whole);

/** The history's cases in the database: every case but the hand-written demo's. */
async function historyCases() {
  const demo = new Set(buildDemoRows(new Date(), 'hash').cases.map((c) => c.reference));
  const rows = await inOffice((tx) =>
    tx
      .selectFrom('cases as c')
      .innerJoin('teams as t', (j) =>
        j.onRef('t.tenant_id', '=', 'c.tenant_id').onRef('t.id', '=', 'c.team_id'),
      )
      .leftJoin('social_areas as a', (j) =>
        j.onRef('a.tenant_id', '=', 'c.tenant_id').onRef('a.id', '=', 'c.social_area_id'),
      )
      .leftJoin('users as u', (j) =>
        j.onRef('u.tenant_id', '=', 'c.tenant_id').onRef('u.id', '=', 'c.caseworker_id'),
      )
      .select([
        'c.id',
        'c.reference',
        'c.help_type',
        'c.status',
        'c.opened_at',
        'c.closed_at',
        'a.code as area',
      ])
      .select(['t.name as team', 'u.username'])
      .select((eb) =>
        eb
          .selectFrom('placements as p')
          .whereRef('p.case_id', '=', 'c.id')
          .select((e) => e.fn.countAll<string>().as('n'))
          .as('placements'),
      )
      .select((eb) =>
        eb
          .selectFrom('protection_procedures as pp')
          .whereRef('pp.case_id', '=', 'c.id')
          .select('pp.id')
          .limit(1)
          .as('procedure'),
      )
      .execute(),
  );
  return rows.filter((c) => !demo.has(c.reference));
}

describe('the demo history, seeded', () => {
  it('has about a thousand cases over four years or more, three in four closed, none in the future', async () => {
    const cases = await historyCases();
    expect(cases.length).toBeGreaterThanOrEqual(900);
    const opened = cases.map((c) => new Date(c.opened_at).getTime());
    expect(Date.now() - Math.min(...opened)).toBeGreaterThanOrEqual(4 * YEAR_MS - 7 * 86_400_000);
    expect(Math.max(...opened)).toBeLessThanOrEqual(Date.now());
    const closed = cases.filter((c) => c.status === 'closed');
    expect(share(closed.length, cases.length)).toBeGreaterThan(0.68);
    expect(share(closed.length, cases.length)).toBeLessThan(0.85);
    expect(cases.every((c) => ['closed', 'running', 'review'].includes(c.status))).toBe(true);
    for (const c of closed) expect(new Date(c.closed_at ?? 0).getTime()).toBeLessThanOrEqual(Date.now());
    expect(cases.filter((c) => ['anna.asd', 'ben.asd', 'clara.leitung'].includes(c.username ?? ''))).toEqual(
      [],
    );
    expect(cases.filter((c) => c.status !== 'closed' && c.username === null)).toEqual([]);
    expect(cases.every((c) => /^\d{4}-[A-Z]+-\d{4}$/.test(c.reference))).toBe(true);
  });

  it('keeps Hafen small, and a family from 12501 reaches ASD Mitte', async () => {
    const cases = await historyCases();
    const hafen = cases.filter((c) => c.area === 'HAFEN');
    expect(hafen.length).toBeGreaterThanOrEqual(5);
    expect(share(hafen.length, cases.length)).toBeLessThan(0.04);
    const team = await inOffice(async (tx) => {
      const area = await resolveSocialArea(tx, {
        postcode: '12501',
        street: 'Hafenstraße',
        houseNumber: '3',
      });
      const areaCode = await tx
        .selectFrom('social_areas')
        .select('code')
        .where('id', '=', area ?? '')
        .executeTakeFirst();
      const teamId = await routeToTeam(tx, 'parenting', area);
      const t = await tx
        .selectFrom('teams')
        .select('name')
        .where('id', '=', teamId ?? '')
        .executeTakeFirst();
      return { area: areaCode?.code, team: t?.name };
    });
    expect(team).toEqual({ area: 'HAFEN', team: 'ASD Mitte' });
  });

  it('gives every help a final plan whose content opens and parses, with plausible figures', async () => {
    const cases = (await historyCases()).filter((c) => c.help_type && c.help_type in hzeProfiles);
    expect(cases.length).toBeGreaterThanOrEqual(600);
    const plans = await inOffice(async (tx) => {
      const rows = await tx
        .selectFrom('help_plans as p')
        .innerJoin('help_plan_versions as v', (j) => j.onRef('v.plan_id', '=', 'p.id'))
        .select(['p.case_id', 'p.id', 'v.version', 'v.status', 'v.content_enc'])
        .where('v.status', '=', 'final')
        .orderBy('v.version', 'desc')
        .execute();
      const sealed = sealedTextFor(keys, tx, DEMO_TENANT_ID);
      const newest = new Map<string, THelpPlanContent>();
      for (const r of rows)
        if (!newest.has(r.case_id))
          newest.set(
            r.case_id,
            ZHelpPlanContentSchema.parse(
              JSON.parse(await sealed.open(r.content_enc, `help-plan:${r.id}:${r.version}`)),
            ),
          );
      return newest;
    });
    const ended: THelpPlanContent[] = [];
    let overdue = 0;
    let youngPersons = 0;
    for (const c of cases) {
      const plan = plans.get(c.id);
      expect(plan, c.reference).toBeDefined();
      if (!plan) continue;
      expect(plan.help.type).toBe(c.help_type);
      const codes = codesFor(plan.help.type).map((x) => x.code);
      // § 41 takes the code of the help given; a few are left for the caseworker to choose.
      const open = plan.help.statisticsCode === null && plan.help.type === 'p41_young_adults';
      expect(
        codes.length === 0
          ? plan.help.statisticsCode === null
          : open || codes.includes(plan.help.statisticsCode ?? ''),
      ).toBe(true);
      expect(plan.goals.length).toBeGreaterThanOrEqual(1);
      expect(plan.goals.length).toBeLessThanOrEqual(4);
      expect(plan.help.endsOn !== null).toBe(c.status === 'closed');
      if (plan.help.endsOn) {
        ended.push(plan);
        expect(plan.help.endReason).not.toBeNull();
        for (const g of plan.goals) expect(g.progress).toEqual(expect.any(Number));
      } else if ((plan.reviewOn ?? '') < new Date().toISOString().slice(0, 10)) overdue += 1;
      youngPersons += plan.participants.some((p) => p.role === 'young_person') ? 1 : 0;
    }
    expect(overdue).toBeGreaterThan(0);
    expect(youngPersons).toBeGreaterThan(0);
    const asPlanned = ended.filter((p) => p.help.endReason === 'as_planned');
    expect(share(asPlanned.length, ended.length)).toBeGreaterThan(0.6);
    expect(share(asPlanned.length, ended.length)).toBeLessThan(0.8);
    const months = ended.map(
      (p) => (Date.parse(p.help.endsOn ?? '') - Date.parse(p.help.startsOn)) / (YEAR_MS / 12),
    );
    const mean = months.reduce((a, b) => a + b, 0) / months.length;
    expect(mean).toBeGreaterThan(7);
    expect(mean).toBeLessThan(13);
    const goodGoals = asPlanned.flatMap((p) => p.goals).filter((g) => (g.progress ?? 0) >= 8);
    expect(share(goodGoals.length, asPlanned.flatMap((p) => p.goals).length)).toBeGreaterThan(0.7);
  });

  it('has about 300 § 8a procedures, closed by a second person, results as in the national figures', async () => {
    const ids = new Set((await historyCases()).map((c) => c.id));
    const procedures = await inOffice(async (tx) => {
      const rows = await tx
        .selectFrom('protection_procedures as p')
        .innerJoin('protection_surveys as s', (j) => j.onRef('s.procedure_id', '=', 'p.id'))
        .innerJoin('cases as c', (j) => j.onRef('c.id', '=', 'p.case_id'))
        .leftJoin('social_areas as a', (j) => j.onRef('a.id', '=', 'c.social_area_id'))
        .select([
          'p.id',
          'p.case_id',
          'p.status',
          'p.result',
          'p.proposed_by',
          'p.signed_off_by',
          'p.outcome_enc',
        ])
        .select(['s.answers_enc', 'a.code as area'])
        .execute();
      const sealed = sealedTextFor(keys, tx, DEMO_TENANT_ID);
      return Promise.all(
        rows
          .filter((r) => ids.has(r.case_id))
          .map(async (r) => ({
            ...r,
            survey: await openPart<TSurveyAnswers>(sealed, 'survey', r.id, r.answers_enc),
            outcome: await openPart<SealedOutcome>(
              sealed,
              'outcome',
              r.id,
              r.outcome_enc ?? new Uint8Array(),
            ),
          })),
      );
    });
    expect(procedures.length).toBeGreaterThanOrEqual(250);
    expect(procedures.length).toBeLessThanOrEqual(350);
    for (const p of procedures) {
      expect(p.status).toBe('closed');
      expect(p.signed_off_by).not.toBe(p.proposed_by);
    }
    const bounds = {
      acute: [0.12, 0.2],
      latent: [0.13, 0.21],
      help_needed: [0.28, 0.38],
      no_need: [0.29, 0.39],
    };
    for (const [result, [lo, hi]] of Object.entries(bounds)) {
      const s = share(procedures.filter((p) => p.result === result).length, procedures.length);
      expect(s, result).toBeGreaterThanOrEqual(lo ?? 0);
      expect(s, result).toBeLessThanOrEqual(hi ?? 1);
    }
    expect(procedures.some((p) => p.area === 'HAFEN')).toBe(true);
    const custody = share(
      procedures.filter((p) => p.outcome.emergencyCustody.taken).length,
      procedures.length,
    );
    expect(custody).toBeGreaterThan(0.05);
    expect(custody).toBeLessThan(0.11);
    const gaps = procedures.filter((p) =>
      Object.entries(p.survey).some(([item, v]) => item !== 'childPersonId' && v === null),
    );
    expect(share(gaps.length, procedures.length)).toBeGreaterThan(0.04);
    expect(share(gaps.length, procedures.length)).toBeLessThan(0.18);
  });

  it('has § 42 measures of days to weeks and § 42a measures of young people in team UMA', async () => {
    const cases = await historyCases();
    const p42 = cases.filter((c) => c.help_type === 'p42_emergency_custody');
    const p42a = cases.filter((c) => c.help_type === 'p42a_uma_custody');
    expect(p42.length).toBeGreaterThanOrEqual(60);
    expect(p42a.length).toBeGreaterThanOrEqual(25);
    expect(p42a.every((c) => c.team === 'UMA')).toBe(true);
    for (const c of [...p42, ...p42a].filter((x) => x.closed_at))
      expect(Date.parse(String(c.closed_at)) - Date.parse(String(c.opened_at))).toBeLessThan(70 * 86_400_000);
    expect([...p42, ...p42a].some((c) => c.status !== 'closed')).toBe(true);
  });

  it('places recent foster and residential care after inquiries 5–90 days earlier, never with emil’s provider', async () => {
    const ids = new Set((await historyCases()).map((c) => c.id));
    const placements = await inOffice((tx) =>
      tx
        .selectFrom('placements as p')
        .innerJoin('placement_inquiries as i', (j) => j.onRef('i.id', '=', 'p.inquiry_id'))
        .select(['p.case_id', 'p.provider_id', 'p.help_type', 'p.started_on', 'i.id', 'i.created_at'])
        .select((eb) =>
          eb
            .selectFrom('placement_inquiry_recipients as r')
            .whereRef('r.inquiry_id', '=', 'i.id')
            .where('r.status', '=', 'placed')
            .select((e) => e.fn.countAll<string>().as('n'))
            .as('placed'),
        )
        .execute(),
    );
    const history = placements.filter((p) => ids.has(p.case_id));
    expect(history.length).toBeGreaterThanOrEqual(15);
    for (const p of history) {
      expect(['p33_foster_care', 'p34_residential_care']).toContain(p.help_type);
      expect(p.provider_id).not.toBe(DEMO_PROVIDER_ID);
      expect(Number(p.placed)).toBe(1);
      const days =
        (Date.parse(String(p.started_on).slice(0, 10)) - new Date(p.created_at).getTime()) / 86_400_000;
      expect(days).toBeGreaterThan(4);
      expect(days).toBeLessThan(91);
    }
  });

  it('has anonymous feedback figures for the last 24 months, slowly improving', async () => {
    const rows = await inOffice((tx) =>
      tx.selectFrom('feedback_figures').select(['month', 'wellbeing', 'heard']).execute(),
    );
    const month = (m: unknown) => new Date(m as string).toISOString().slice(0, 7);
    const months = [...new Set(rows.map((r) => month(r.month)))].sort();
    expect(months.length).toBe(24);
    const mean = (list: typeof rows) =>
      list.reduce((a, r) => a + r.wellbeing + r.heard, 0) / (2 * list.length);
    const first = rows.filter((r) => months.slice(0, 6).includes(month(r.month)));
    const last = rows.filter((r) => months.slice(-6).includes(month(r.month)));
    expect(mean(last)).toBeGreaterThan(mean(first));
  });

  it('reads back through the API: a foster or residential care with plan, placement and § 8a procedure', async () => {
    const past = (await historyCases()).find((c) => Number(c.placements) > 0 && c.procedure && c.username);
    expect(past, 'ein Fall mit Belegung, § 8a-Verfahren und Fachkraft').toBeDefined();
    const cookie = await loginCookie(t.app, past?.username ?? '', DEMO_PASSWORD);
    const get = (url: string) => t.app.inject({ url, headers: { cookie } });
    const detail = await get(`/api/cases/${past?.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().persons.length).toBeGreaterThanOrEqual(1);
    for (const url of [
      `/api/cases/${past?.id}/help-plans`,
      `/api/cases/${past?.id}/placements`,
      `/api/cases/${past?.id}/process`,
      `/api/protection-procedures/${past?.procedure}`,
      `/api/protection-procedures/${past?.procedure}/survey`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
    const procedure = (await get(`/api/protection-procedures/${past?.procedure}`)).json();
    expect(procedure).toMatchObject({ status: 'closed', missingForResult: [] });
  });
});

describe('demo request history', () => {
  it('shows in the done view of the inbox, newest first, after the open work, and opens through the API', async () => {
    const cookie = await loginCookie(t.app, 'mira.mitte', DEMO_PASSWORD);
    const res = await t.app.inject({ url: '/api/inbox?includeDone=true', headers: { cookie } });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const items = res.json() as { id: string; status: string; createdAt: string }[];
    const done = items.filter((i) => i.status === 'closed');
    expect(done.length).toBeGreaterThan(50);
    const times = done.map((i) => Date.parse(i.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const open = await t.app.inject({ url: '/api/inbox', headers: { cookie } });
    expect((open.json() as { status: string }[]).every((i) => i.status !== 'closed')).toBe(true);
    const one = await t.app.inject({ url: `/api/inbox/${done[0]?.id}`, headers: { cookie } });
    expect(one.statusCode, one.body.slice(0, 300)).toBe(200);
  });
});
