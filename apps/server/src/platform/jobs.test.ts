import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, withTenant } from '../db/connection.js';
import { freshDatabase } from '../test-support/database.js';
import { OfficeFactory } from '../test-support/factories.js';
import { KeyRing } from './crypto.js';
import { enqueueJob, hasPendingJob, JobWorker } from './jobs.js';

// Several server instances share one queue. On PostgreSQL the transactions below really overlap; on
// PGlite (one connection) they run one after the other and the same answers must hold.

let db: Db;
let drop: () => Promise<void>;
let tenantId: string;
const keys = new KeyRing(randomBytes(32));

beforeAll(async () => {
  ({ db, drop } = await freshDatabase());
  tenantId = (await OfficeFactory.create(db)).tenantId;
});
afterAll(() => drop());

const pending = (kind: string) =>
  withTenant(db, tenantId, (tx) =>
    tx.selectFrom('jobs').select(['id', 'attempts', 'done_at']).where('kind', '=', kind).execute(),
  );

describe('jobs across instances', () => {
  it('lets only one of two overlapping start-up passes queue a recurring job', async () => {
    const kind = 'test.nightly';
    const startUp = () =>
      withTenant(db, tenantId, async (tx) => {
        if (await hasPendingJob(tx, kind)) return false;
        await sleep(300); // the other pass checks meanwhile
        await enqueueJob(tx, keys, tenantId, kind, {});
        return true;
      });
    const queued = await Promise.all([startUp(), startUp()]);
    expect(queued.filter(Boolean)).toHaveLength(1);
    expect(await pending(kind)).toHaveLength(1);
  });

  it('runs each job once when two workers drain the queue at the same time', async () => {
    const kind = 'test.once';
    const ran: number[] = [];
    const handler = async (_tx: unknown, _tenant: string, payload: unknown) => {
      ran.push((payload as { n: number }).n);
      await sleep(5);
    };
    await withTenant(db, tenantId, async (tx) => {
      for (let n = 0; n < 30; n++) await enqueueJob(tx, keys, tenantId, kind, { n });
    });
    const a = new JobWorker(db, keys, { [kind]: handler });
    const b = new JobWorker(db, keys, { [kind]: handler });
    for (let round = 0; round < 10 && ran.length < 30; round++) {
      await Promise.all([a.tick(4), b.tick(4), a.tick(4), b.tick(4)]);
    }
    expect([...ran].sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, n) => n));
    const rows = await pending(kind);
    expect(rows.every((r) => r.done_at !== null && r.attempts === 1)).toBe(true);
  });
});
