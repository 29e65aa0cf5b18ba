import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleJobHandlers } from '../../job-handlers.js';
import { createJobWorker } from '../../platform/services.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';
import { officeToday } from '../tenancy/index.js';
import { reminderRunAt } from './review-reminders.js';

describe('reminderRunAt', () => {
  it('runs at 07:00 office time the lead days before the review, or now when that has passed', () => {
    const now = new Date('2026-12-05T10:00:00Z');
    // 2027-06-15 minus 14 days = 2027-06-01, 07:00 in Berlin (summer time, UTC+2).
    expect(reminderRunAt('2027-06-15', 14, now).toISOString()).toBe('2027-06-01T05:00:00.000Z');
    // Winter time (UTC+1).
    expect(reminderRunAt('2027-01-20', 14, now).toISOString()).toBe('2027-01-06T06:00:00.000Z');
    expect(reminderRunAt('2027-01-20', 0, now).toISOString()).toBe('2027-01-20T06:00:00.000Z');
    expect(reminderRunAt('2026-12-10', 14, now)).toBe(now);
  });
});

let t: TestApp;
let o: Office;
let anna: string;
let caseId: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  anna = await loginCookie(t.app, o.anna.username);
  caseId = await openCase(t.app, anna, o.nord);
});
afterAll(() => t.close());

const inDays = (days: number) => officeToday(new Date(Date.now() + days * 86_400_000));
const plan = (reviewOn: string) => ({
  participants: [{ role: 'caseworker', name: 'Anna', view: '' }],
  help: { type: 'p31_spfh', startsOn: inDays(-170) },
  reviewOn,
});
const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: anna }, payload });
const tasks = () =>
  t.db.withOwner((ow) =>
    ow.selectFrom('tasks').select(['id', 'due_on', 'assignee_id']).where('case_id', '=', caseId).execute(),
  );
const runJobs = () => createJobWorker(t.ctx, moduleJobHandlers(t.ctx)).tick();

describe('review reminders through the job queue', () => {
  it('a final version queues a reminder that puts a task on the case, once', async () => {
    const reviewOn = inDays(5);
    const created = await call('POST', `/api/cases/${caseId}/help-plans`, plan(reviewOn));
    expect(created.statusCode, created.body).toBe(201);
    const planId = created.json().id as string;
    expect((await call('POST', `/api/help-plans/${planId}/finalize`)).statusCode).toBe(200);

    const queued = await t.db.withOwner((ow) =>
      ow
        .selectFrom('jobs')
        .select(['kind', 'run_at'])
        .where('kind', '=', 'helpplan.review_reminder')
        .execute(),
    );
    expect(queued).toHaveLength(1);
    expect(new Date(queued[0]!.run_at).getTime()).toBeLessThanOrEqual(Date.now());

    await runJobs();
    const after = await tasks();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ due_on: reviewOn });
    const mine = await call('GET', '/api/my-day');
    expect(JSON.stringify(mine.json())).toContain('Hilfeplan fortschreiben');

    const audit = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select(['actor_id', 'details'])
        .where('action', '=', 'task.create')
        .where('case_id', '=', caseId)
        .execute(),
    );
    expect(audit).toEqual([{ actor_id: null, details: { reminder: true } }]);
  });

  it('a review started before the reminder runs makes it a no-op', async () => {
    const before = (await tasks()).length;
    const created = await call('POST', `/api/cases/${caseId}/help-plans`, plan(inDays(3)));
    const planId = created.json().id as string;
    await call('POST', `/api/help-plans/${planId}/finalize`);
    expect((await call('POST', `/api/help-plans/${planId}/reviews`)).statusCode).toBe(201);
    await runJobs();
    expect((await tasks()).length).toBe(before);
  });

  it('a review date far ahead is queued for later, not now', async () => {
    const created = await call('POST', `/api/cases/${caseId}/help-plans`, plan(inDays(120)));
    await call('POST', `/api/help-plans/${created.json().id as string}/finalize`);
    const later = await t.db.withOwner((ow) =>
      ow
        .selectFrom('jobs')
        .select('run_at')
        .where('kind', '=', 'helpplan.review_reminder')
        .where('done_at', 'is', null)
        .execute(),
    );
    expect(later).toHaveLength(1);
    expect(new Date(later[0]!.run_at).getTime()).toBeGreaterThan(Date.now() + 100 * 86_400_000);
  });
});
