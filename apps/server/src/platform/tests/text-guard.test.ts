import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';
import { findForbiddenText } from '../http/text-guard.js';

describe('control characters and broken Unicode in input', () => {
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

  it('finds NUL, other control characters and lone surrogates in strings, keys and nested values', () => {
    expect(findForbiddenText({ a: [{ b: 'x\u0000y' }] })).toEqual({ path: 'a.0.b', character: 'U+0000' });
    expect(findForbiddenText({ 'k\u0000': 1 })).toEqual({ path: 'k\u0000', character: 'U+0000' });
    expect(findForbiddenText({ t: 'bell\u0007' })?.character).toBe('U+0007');
    expect(findForbiddenText({ t: 'del\u007f' })?.character).toBe('U+007F');
    expect(findForbiddenText({ t: 'c1\u0085' })?.character).toBe('U+0085');
    expect(findForbiddenText({ t: 'half \ud83d emoji' })?.character).toBe('U+D83D');
    expect(findForbiddenText({ t: 'tail \ude00' })?.character).toBe('U+DE00');
  });

  it('lets ordinary text through: tabs, line breaks, any script, emoji, direction marks', () => {
    expect(
      findForbiddenText({ a: ['ok\tja\r\nneu', 1, null, { b: 'ü‮😀 مرحبا Привіт 👨‍👩‍👧' }], n: 5 }),
    ).toBeNull();
  });

  it('refuses a NUL in a body, a query or a path with 400 and changes nothing', async () => {
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      headers: { cookie: anna },
      payload: { title: '\u0000‮😀' },
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().message).toContain('„title“');
    expect(patch.json().message).toContain('U+0000');
    const surrogate = await t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      headers: { cookie: anna, 'content-type': 'application/json' },
      payload: '{"title":"Familie \\ud800"}',
    });
    expect(surrogate.statusCode).toBe(400);
    expect(surrogate.json().error).toBe('invalid_character');
    const bell = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'anna\u0007', password: 'x' },
    });
    expect(bell.statusCode).toBe(400);
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
