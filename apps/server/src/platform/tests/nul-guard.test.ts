import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';
import { containsNul } from '../http/nul-guard.js';

describe('NUL characters in input', () => {
  let t: TestApp;
  let o: Office;
  let anna: string;
  let caseId: string;
  beforeAll(async () => {
    t = await startTestApp();
    o = await buildOffice(t.db);
    anna = await loginCookie(t.app, o.anna.username);
    caseId = await openCase(t.app, anna, o.nord, { title: 'Familie Nul' });
  });
  afterAll(() => t.close());

  it('finds NUL in strings, keys and nested values, and nothing else', () => {
    expect(containsNul({ a: [{ b: 'x\u0000y' }] })).toBe(true);
    expect(containsNul({ 'k\u0000': 1 })).toBe(true);
    expect(containsNul({ a: ['ok', 1, null, { b: 'ü‮😀' }] })).toBe(false);
  });

  it('refuses a NUL in a body, a query or a path with 400 and changes nothing', async () => {
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      headers: { cookie: anna },
      payload: { title: '\u0000‮😀' },
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().message).toContain('NUL');
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${caseId}`,
      headers: { cookie: anna },
    });
    expect(detail.json().title).toBe('Familie Nul');
    const search = await t.app.inject({ method: 'GET', url: '/api/cases?q=%00', headers: { cookie: anna } });
    expect(search.statusCode).toBe(400);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/family/login',
      payload: { code: 'AB\u0000C-DEFG', pin: '123456' },
    });
    expect(login.statusCode).toBe(400);
  });
});
