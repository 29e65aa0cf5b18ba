import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { HttpError } from '../errors.js';
import { inOfficeScope, NotVisibleError } from '../scope.js';

/** The request path's one unit of work: audit with the commit, effects after it, undo on rollback. */
describe('scope', () => {
  let t: TestApp;
  let o: Office;
  const published: [string, unknown][] = [];
  const failures: unknown[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    o = await buildOffice(t.db);
    t.ctx.live.publish = async (channel, event) => {
      published.push([channel, event]);
    };
    t.ctx.reportEffectFailure = (error) => failures.push(error);
  });
  afterAll(() => t.close());

  const eventsFor = (resourceId: string) =>
    t.db.withOwner((owner) =>
      owner
        .selectFrom('audit_events')
        .select(['action', 'actor_id', 'actor_roles', 'ip', 'outcome'])
        .where('resource_id', '=', resourceId)
        .execute(),
    );

  it('commits the audit event with the work, then runs effects and publishes in order', async () => {
    const marker = randomUUID();
    const order: string[] = [];
    const result = await inOfficeScope(t.ctx, o.office.tenantId, '10.0.0.1', async (scope) => {
      await scope.audit({ action: 'settings.update', resourceType: 'settings', resourceId: marker });
      scope.afterCommit(() => order.push('after'));
      scope.publish(`test:${marker}`, { type: 'changed' });
      scope.onRollback(() => order.push('undo'));
      order.push('work');
      return 42;
    });
    expect(result).toBe(42);
    expect(order).toEqual(['work', 'after']);
    expect(published).toContainEqual([`test:${marker}`, { type: 'changed' }]);
    expect(await eventsFor(marker)).toEqual([
      { action: 'settings.update', actor_id: null, actor_roles: [], ip: '10.0.0.1', outcome: 'allowed' },
    ]);
  });

  it('on failure writes no audit event, runs no effect and no publish, but undoes what lived outside', async () => {
    const marker = randomUUID();
    const order: string[] = [];
    const boom = new Error('boom');
    const run = inOfficeScope(t.ctx, o.office.tenantId, null, async (scope) => {
      await scope.audit({ action: 'settings.update', resourceType: 'settings', resourceId: marker });
      scope.afterCommit(() => order.push('after'));
      scope.publish(`test:${marker}`, { type: 'changed' });
      scope.onRollback(() => order.push('undo'));
      throw boom;
    });
    await expect(run).rejects.toBe(boom);
    expect(order).toEqual(['undo']);
    expect(published.some(([channel]) => channel === `test:${marker}`)).toBe(false);
    expect(await eventsFor(marker)).toEqual([]);
  });

  it('reports a failing effect without undoing the committed work or skipping the next effect', async () => {
    const marker = randomUUID();
    const order: string[] = [];
    const result = await inOfficeScope(t.ctx, o.office.tenantId, null, async (scope) => {
      await scope.audit({ action: 'settings.update', resourceType: 'settings', resourceId: marker });
      scope.afterCommit(() => {
        throw new Error('mail server down');
      });
      scope.afterCommit(() => order.push('second'));
      return 'done';
    });
    expect(result).toBe('done');
    expect(order).toEqual(['second']);
    expect(failures.map((f) => (f as Error).message)).toContain('mail server down');
    expect(await eventsFor(marker)).toHaveLength(1);
  });

  it('answers what the caller may not see with 404 and audits the denial', async () => {
    const hidden = randomUUID();
    const run = inOfficeScope(t.ctx, o.office.tenantId, null, async () => {
      throw new NotVisibleError('case', hidden);
    });
    await expect(run).rejects.toBeInstanceOf(HttpError);
    await expect(run).rejects.toMatchObject({ status: 404 });
    expect(await eventsFor(hidden)).toEqual([
      { action: 'case.denied', actor_id: null, actor_roles: [], ip: null, outcome: 'denied' },
    ]);
  });
});
