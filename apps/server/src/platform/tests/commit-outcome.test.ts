// A connection lost while the COMMIT is on its way leaves the outcome unknown: the transaction may have
// committed. The scope must then keep what lives outside the database (an uploaded file) instead of
// undoing it — the crash drill found a committed document whose file the undo had removed.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitOutcomeUnknownError } from '../../db/connection.js';
import { startTestApp, type TestApp } from '../../test-support/app.js';
import { testEngine } from '../../test-support/database.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { inOfficeScope } from '../scope.js';

let t: TestApp;
let o: Office;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
});
afterAll(() => t.close());

// PGlite runs in the process: there is no connection to lose.
describe.skipIf(testEngine === 'pglite')('a COMMIT lost with its connection', () => {
  it('is reported as of unknown outcome, and the scope does not undo its file', async () => {
    let undone = false;
    await t.db.withOwner((db) =>
      db.transaction().execute(async (owner) => {
        // Hold back the audit insert that is sent together with the COMMIT, so the COMMIT is surely in flight.
        await sql`LOCK TABLE audit_events IN EXCLUSIVE MODE`.execute(owner);
        const work = inOfficeScope(t.ctx, o.office.tenantId, null, async (scope) => {
          scope.onRollback(() => {
            undone = true;
          });
          await scope.audit({ action: 'document.upload', resourceType: 'document', resourceId: 'x' });
          return 'written';
        });
        const outcome = work.then(
          () => 'committed',
          (error: unknown) => error,
        );
        let pid: number | undefined;
        for (let i = 0; i < 100 && !pid; i++) {
          await sql`SELECT pg_stat_clear_snapshot()`.execute(owner);
          const waiting = await sql<{ pid: number }>`
          SELECT pid FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND query LIKE '%lotse_record_audit%'`.execute(owner);
          pid = waiting.rows[0]?.pid;
          if (!pid) await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(pid, 'the COMMIT batch waits on the lock').toBeDefined();
        await sql`SELECT pg_terminate_backend(${pid}::int)`.execute(owner);
        expect(await outcome).toBeInstanceOf(CommitOutcomeUnknownError);
      }),
    );
    expect(undone).toBe(false);
  });

  it('still undoes when the transaction surely failed', async () => {
    let undone = false;
    const failing = inOfficeScope(t.ctx, o.office.tenantId, null, async (scope) => {
      scope.onRollback(() => {
        undone = true;
      });
      await sql`SELECT 1 / 0`.execute(scope.tx);
    });
    await expect(failing).rejects.toThrow(/division by zero/);
    expect(undone).toBe(true);
  });
});
