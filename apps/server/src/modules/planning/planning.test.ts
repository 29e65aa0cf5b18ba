import { randomUUID } from 'node:crypto';
import type { TPlanningFigures, TPlanningIndicatorsResponse } from '@lotse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/connection.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { officeToday } from '../tenancy/index.js';
import { rebuildAggregates } from './build.js';

let t: TestApp;
let o: Office;
let fiona: string;
let anna: string;
let hafen: string;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const today = officeToday();
const month = today.slice(0, 7);

const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const figures = async (query: string) => {
  const res = await get(fiona, `/api/planning/figures?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TPlanningFigures;
};
const rowOf = (f: TPlanningFigures, key: string) => f.rows.find((r) => r.key === key);

/** Inserts `count` cases with one child each, straight into the tables (the job reads them like any case). */
async function insertCases(
  tenantId: string,
  teamId: string,
  count: number,
  c: {
    area: string | null;
    helpType: string;
    status: 'running' | 'closed';
    birth: string;
    openedDaysAgo: number;
  },
) {
  await t.db.withOwner(async (ow) => {
    for (let i = 0; i < count; i++) {
      const caseId = randomUUID();
      const personId = randomUUID();
      const opened = new Date(Date.now() - c.openedDaysAgo * 86_400_000);
      await ow
        .insertInto('cases')
        .values({
          tenant_id: tenantId,
          id: caseId,
          reference: `T-${caseId.slice(0, 8)}`,
          legacy_title: null,
          title_enc: null,
          help_type: c.helpType,
          status: c.status,
          team_id: teamId,
          caseworker_id: null,
          social_area_id: c.area,
          search_tokens: [],
          opened_at: opened,
          closed_at: c.status === 'closed' ? new Date() : null,
        })
        .execute();
      await ow
        .insertInto('persons')
        .values({
          tenant_id: tenantId,
          id: personId,
          birth_date: c.birth,
          gender: 'female',
          languages: [],
          social_area_id: c.area,
        })
        .execute();
      await ow
        .insertInto('case_persons')
        .values({ tenant_id: tenantId, case_id: caseId, person_id: personId, role: 'child' })
        .execute();
    }
  });
}

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  hafen = await o.office.socialArea('HAFEN', ['12501']);
  fiona = await loginCookie(t.app, o.fiona.username);
  anna = await loginCookie(t.app, o.anna.username);
  const year = { openedDaysAgo: 200, birth: '2014-05-01' };
  await insertCases(o.office.tenantId, o.nord, 12, {
    ...year,
    area: o.nordArea,
    helpType: 'p31_spfh',
    status: 'running',
  });
  await insertCases(o.office.tenantId, o.nord, 8, {
    ...year,
    area: o.nordArea,
    helpType: 'p34_residential_care',
    status: 'closed',
  });
  await insertCases(o.office.tenantId, o.sued, 7, {
    ...year,
    area: o.suedArea,
    helpType: 'p34_residential_care',
    status: 'running',
  });
  await insertCases(o.office.tenantId, o.nord, 2, {
    ...year,
    area: hafen,
    helpType: 'p31_spfh',
    status: 'running',
  });
  // Another office's cases never show in this office's figures.
  await insertCases(o.other.tenantId, o.otherTeam, 40, {
    ...year,
    area: null,
    helpType: 'p31_spfh',
    status: 'running',
  });
  for (const office of [o.office, o.other])
    await withTenant(t.db, office.tenantId, (tx) => rebuildAggregates(tx, t.ctx.keys, office.tenantId));
});
afterAll(() => t.close());

describe('planning figures', () => {
  it('lists the indicators with ids and the office’s social areas', async () => {
    const res = await get(fiona, '/api/planning/indicators');
    expect(res.statusCode).toBe(200);
    const body = res.json() as TPlanningIndicatorsResponse;
    expect(body.items.map((i) => i.id)).toContain('hze_take_up');
    expect(body.socialAreas.map((a) => a.code).sort()).toEqual(['HAFEN', 'NORD', 'SUED']);
    expect(body.lastMonth).toBe(month);
    expect(body.builtAt).not.toBeNull();
  });

  it('suppresses the small area and a second one, rounds below office level, keeps the office total exact', async () => {
    const f = await figures('indicator=hze_take_up&by=socialArea');
    expect(JSON.stringify(f)).not.toMatch(UUID);
    expect(rowOf(f, 'HAFEN')?.count).toBe('.');
    // Nord alone would give Hafen away (29 − 20 − 7): one more cell is suppressed.
    const shown = f.rows.filter((r) => r.count !== '.');
    expect(f.rows.filter((r) => r.count === '.').length).toBeGreaterThanOrEqual(2);
    for (const r of shown) expect((r.count as number) % 5).toBe(0);
    expect(f.total.count).toBe(29);
    for (const r of f.rows) expect(r.count === '.' || r.count === 0 || (r.count as number) >= 3).toBe(true);
  });

  it('breaks down by help type and over months from the same protected table', async () => {
    const byType = await figures('indicator=hze_take_up&by=helpType');
    expect(rowOf(byType, 'p31_spfh')?.count).toBe(15);
    expect(rowOf(byType, 'p34_residential_care')?.count).toBe(15);
    const nordByType = await figures(`indicator=hze_take_up&by=helpType&socialArea=NORD`);
    expect(nordByType.total.label).toBe('Sozialraum NORD gesamt');
    const trend = await figures(`indicator=hze_take_up&by=month&from=${month}&to=${month}`);
    expect(trend.rows).toHaveLength(1);
    expect(trend.rows[0]?.count).toBe(29);
    // Over several months the total is the stock at the end plus what ended — not the sum of the months.
    const from = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
    const longer = await figures(`indicator=hze_take_up&by=month&from=${from}&to=${month}`);
    expect(longer.total.count).toBe(29);
  });

  it('shows a cell the same way from either side of the table it belongs to', async () => {
    const areaCodes = ['NORD', 'SUED', 'HAFEN'];
    const helpCodes = (await figures('indicator=hze_take_up&by=helpType')).rows.map((r) => r.key);
    for (const area of areaCodes) {
      const byType = await figures(`indicator=hze_take_up&by=helpType&socialArea=${area}`);
      for (const help of helpCodes) {
        const byArea = await figures(`indicator=hze_take_up&by=socialArea&helpType=${help}`);
        expect(rowOf(byArea, area)?.count, `${area} × ${help}`).toEqual(rowOf(byType, help)?.count);
      }
    }
  });

  it('computes rates from the published counts and the imported population', async () => {
    const csv = [
      'year;social_area;age_group;population',
      ...['NORD', 'SUED', 'HAFEN'].flatMap((a) =>
        ['0-3', '3-6', '6-9', '9-12', '12-14', '14-16', '16-18', '18-21'].map(
          (g) => `${today.slice(0, 4)};${a};${g};500`,
        ),
      ),
    ].join('\n');
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/planning/population',
      headers: { cookie: fiona },
      payload: { csv },
    });
    expect(put.statusCode, put.body).toBe(200);
    const f = await figures('indicator=hze_take_up&by=socialArea');
    const nord = rowOf(f, 'NORD');
    expect(nord?.population).toBe(4000);
    expect(nord?.value).toBe(((nord?.count as number) / 4000) * 10_000);
    expect(f.total.value).toBe(Math.round((29 / 12_000) * 10_000 * 10) / 10);
  });

  it('refuses a population file with an unknown area as a whole', async () => {
    const csv = `year;social_area;age_group;population\n2020;NORD;0-3;10\n2020;WEST;0-3;10`;
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/planning/population',
      headers: { cookie: fiona },
      payload: { csv },
    });
    expect(put.statusCode).toBe(400);
    expect(put.json().message).toContain('WEST');
    const rows = await withTenant(t.db, o.office.tenantId, (tx) =>
      tx.selectFrom('planning_population').select('year').where('year', '=', 2020).execute(),
    );
    expect(rows).toHaveLength(0);
  });

  it('answers bad queries with a reason', async () => {
    for (const q of [
      'indicator=nope&by=socialArea',
      'indicator=hze_take_up&by=street',
      `indicator=hze_take_up&by=month&from=${month}&to=2001-01`,
      'indicator=hze_take_up&by=month&from=2001-13',
      'indicator=hze_take_up&by=ageGroup&socialArea=NORD&helpType=p31_spfh',
      'indicator=hze_take_up&by=helpType&socialArea=WEST',
      'indicator=open_cases&by=month',
    ]) {
      const res = await get(fiona, `/api/planning/figures?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().message, q).toBeTruthy();
    }
  });

  it('is for planners only, and each office sees its own figures', async () => {
    expect((await get(anna, '/api/planning/figures?indicator=hze_take_up&by=socialArea')).statusCode).toBe(
      403,
    );
    expect((await get(anna, '/api/planning/indicators')).statusCode).toBe(403);
    // The role is checked before the query: a caseworker learns nothing from validation answers.
    expect((await get(anna, '/api/planning/figures?indicator=x&by=socialArea')).statusCode).toBe(403);
    expect((await get(anna, '/api/statistics/8b/abc/validation')).statusCode).toBe(403);
    const f = await figures('indicator=open_cases&by=team');
    expect(f.rows.map((r) => r.key)).not.toContain('ASD Anderswo');
  });

  it('downloads exactly the shown figures as CSV and XLSX, and records the download', async () => {
    const shown = await figures('indicator=hze_take_up&by=socialArea');
    const csv = await get(
      fiona,
      '/api/planning/figures/export?indicator=hze_take_up&by=socialArea&format=csv',
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    for (const r of shown.rows) expect(csv.body).toContain(`${r.label};${r.count};`);
    const xlsx = await get(
      fiona,
      '/api/planning/figures/export?indicator=hze_take_up&by=socialArea&format=xlsx',
    );
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const audit = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select('action')
        .where('action', '=', 'planning.figures_export')
        .execute(),
    );
    expect(audit.length).toBe(2);
  });
});

describe('official statistics', () => {
  const year = Number(today.slice(0, 4));

  it('validates and exports the three surveys for planners, audited', async () => {
    for (const survey of ['8a', 'hze', '42']) {
      const v = await get(fiona, `/api/statistics/${survey}/${year}/validation`);
      expect(v.statusCode, v.body).toBe(200);
      expect(v.json()).toMatchObject({ survey, year, layoutConfirmed: false });
    }
    const hze = (await get(fiona, `/api/statistics/hze/${year}/validation`)).json();
    // 12 + 7 + 2 running on 31 December (or today) and 8 ended this year.
    expect(hze.records).toBe(29);
    // The inserted helps have no plan: no code, no end reason for the ended ones.
    expect(hze.problems[0].issues.map((i: { item: string }) => i.item)).toContain('helpCode');
    expect(hze.problems[0].caseId).toBeNull();
    const csv = await get(fiona, `/api/statistics/hze/${year}/export`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n')[0]).toContain('help_code');
    expect(csv.body).not.toMatch(UUID);
    const audit = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select('action')
        .where('action', 'in', ['statistics.validate', 'statistics.export'])
        .execute(),
    );
    expect(audit.length).toBe(5);
  });

  it('refuses caseworkers, unknown surveys and impossible years', async () => {
    expect((await get(anna, `/api/statistics/8a/${year}/validation`)).statusCode).toBe(403);
    expect((await get(fiona, `/api/statistics/8b/${year}/validation`)).statusCode).toBe(400);
    expect((await get(fiona, '/api/statistics/8a/1999/validation')).statusCode).toBe(400);
    expect((await get(fiona, '/api/statistics/8a/abc/export')).statusCode).toBe(400);
  });
});
