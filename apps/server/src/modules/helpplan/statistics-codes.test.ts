import { helpTypes } from '@lotse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, openCase } from '../../test-support/office.js';
import { codesFor, hzeCodes, statisticsCodeFor } from './statistics-codes.js';

describe('official help type codes (data/statistics/hze-help-types.json)', () => {
  it('has the 16 confirmed codes, each once, each for a Lotse help type', () => {
    expect(hzeCodes().map((c) => c.code)).toEqual(
      Array.from({ length: 16 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    for (const c of hzeCodes()) expect(helpTypes).toContain(c.helpType);
    expect(codesFor('p28_educational_counselling').map((c) => c.code)).toEqual(['01', '02', '03']);
  });

  it('fills in the only code, leaves a choice open, refuses a code of another help type', () => {
    expect(statisticsCodeFor('p31_spfh', null)).toEqual({ code: '07' });
    expect(statisticsCodeFor('p33_foster_care', null)).toEqual({ code: null });
    expect(statisticsCodeFor('p33_foster_care', '10')).toEqual({ code: '10' });
    expect(statisticsCodeFor('p31_spfh', '11')).toEqual({ error: expect.stringContaining('möglich: 07') });
    expect(statisticsCodeFor('p16_family_education', '07')).toEqual({
      error: expect.stringContaining('nicht gemeldet'),
    });
  });
});

let t: TestApp;
let anna: string;
let caseId: string;
beforeAll(async () => {
  t = await startTestApp();
  const o = await buildOffice(t.db);
  anna = await loginCookie(t.app, o.anna.username);
  caseId = await openCase(t.app, anna, o.nord);
});
afterAll(() => t.close());

describe('help plans carry the official code', () => {
  const create = (help: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/help-plans`,
      headers: { cookie: anna },
      payload: { help: { startsOn: '2026-11-01', ...help } },
    });

  it('fills it in, keeps a chosen one, refuses a wrong one with the field named (nothing written)', async () => {
    expect((await create({ type: 'p31_spfh' })).json().versions[0].content.help.statisticsCode).toBe('07');
    expect(
      (await create({ type: 'p33_foster_care', statisticsCode: '10' })).json().versions[0].content.help
        .statisticsCode,
    ).toBe('10');
    const before = await t.db.withOwner((ow) => ow.selectFrom('help_plans').select('id').execute());
    const wrong = await create({ type: 'p31_spfh', statisticsCode: '11' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toEqual({ 'help.statisticsCode': expect.stringContaining('möglich: 07') });
    const after = await t.db.withOwner((ow) => ow.selectFrom('help_plans').select('id').execute());
    expect(after).toHaveLength(before.length);
  });

  it('lists the codes for the forms', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/help-plan-codes', headers: { cookie: anna } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toContainEqual({
      code: '07',
      label: '§ 31 Sozialpädagogische Familienhilfe',
      helpType: 'p31_spfh',
    });
  });
});
