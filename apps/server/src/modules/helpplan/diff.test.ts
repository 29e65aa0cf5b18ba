import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
const cookies: Record<string, string> = {};
let planId: string;
const GOAL = randomUUID();
const AGREEMENT = randomUUID();

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookies[who] ?? '' }, payload });

const content = (progress: number | null, status: 'open' | 'done') => ({
  help: { type: 'p31_spfh', startsOn: '2026-12-01' },
  goals: [{ id: GOAL, title: 'Lena ist pünktlich in der Schule', progress }],
  agreements: [
    { id: AGREEMENT, text: 'Wecker stellen', owner: { kind: 'family', name: 'Frau Schneider' }, status },
  ],
});

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  for (const [name, user] of Object.entries({ anna: o.anna, ben: o.ben })) {
    cookies[name] = await loginCookie(t.app, user.username);
  }
  const caseId = await openCase(t.app, cookies.anna ?? '', o.nord, { childFirstName: 'Lena' });
  const created = await call('POST', `/api/cases/${caseId}/help-plans`, 'anna', content(null, 'open'));
  planId = created.json().id;
  await call('POST', `/api/help-plans/${planId}/finalize`, 'anna');
  await call('POST', `/api/help-plans/${planId}/reviews`, 'anna');
  const saved = await call('PUT', `/api/help-plans/${planId}/draft`, 'anna', content(7, 'done'));
  expect(saved.statusCode, saved.body).toBe(200);
});
afterAll(() => t.close());

describe('GET /api/help-plans/:id/diff', () => {
  it('lists what changed from one version to another, audited as a read', async () => {
    const res = await call('GET', `/api/help-plans/${planId}/diff?from=1&to=2`, 'anna');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      from: 1,
      to: 2,
      changes: [
        {
          kind: 'changed',
          area: 'goals',
          label: 'Ziel „Lena ist pünktlich in der Schule“: Fortschritt',
          before: 'nicht bewertet',
          after: '7 von 10',
        },
        {
          kind: 'changed',
          area: 'agreements',
          label: 'Vereinbarung „Wecker stellen“: Stand',
          before: 'offen',
          after: 'erledigt',
        },
      ],
    });
    const reads = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select('action')
        .where('resource_id', '=', planId)
        .where('action', '=', 'helpplan.read')
        .execute(),
    );
    expect(reads.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown version or a plan of an invisible case, 400 for bad input, 401 without login', async () => {
    expect((await call('GET', `/api/help-plans/${planId}/diff?from=1&to=9`, 'anna')).statusCode).toBe(404);
    expect((await call('GET', `/api/help-plans/${planId}/diff?from=1&to=2`, 'ben')).statusCode).toBe(404);
    expect((await call('GET', `/api/help-plans/${planId}/diff?from=x&to=2`, 'anna')).statusCode).toBe(400);
    expect((await call('GET', `/api/help-plans/${planId}/diff?from=1`, 'anna')).statusCode).toBe(400);
    expect((await call('GET', `/api/help-plans/${planId}/diff?from=1&to=2`, 'nobody')).statusCode).toBe(401);
  });
});
