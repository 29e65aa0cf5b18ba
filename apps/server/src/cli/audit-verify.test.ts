import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase, withTenant } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { recordAudit } from '../platform/audit/record.js';
import { AuditSealer } from '../platform/audit/seal.js';
import { testEngine } from '../test-support/database.js';

const run = promisify(execFile);
const cli = join(import.meta.dirname, 'audit-verify.ts');
const tsx = join(import.meta.dirname, '../../../../node_modules/.bin/tsx');

async function verifyCli(dataDir: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(tsx, [cli], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

// The command works on the embedded database of DATA_DIR; the PostgreSQL run covers the same code path.
describe.runIf(testEngine === 'pglite')('npm run audit:verify', () => {
  it('reports an intact log with exit code 0 and tampering with exit code 2', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lotse-verify-'));
    const db = await openDatabase({ dataDir: join(dataDir, 'pglite') });
    await migrate(db);
    const tenantId = '6d75e57e-0000-4000-8000-00000000abcd';
    await db.withOwner((o) =>
      o.insertInto('tenants').values({ id: tenantId, slug: 'v', name: 'V' }).execute(),
    );
    for (let i = 0; i < 5; i++) {
      await withTenant(db, tenantId, (tx) =>
        recordAudit(tx, {
          tenantId,
          actorId: null,
          actorRoles: [],
          action: 'case.read',
          resourceType: 'case',
          resourceId: `c${i}`,
          outcome: 'allowed',
          details: { i },
        }),
      );
    }
    await new AuditSealer(db).flush();
    await db.close();

    const intact = await verifyCli(dataDir);
    expect(intact.code).toBe(0);
    expect(intact.out).toContain('unverändert');
    expect(intact.out).toContain('5 gesiegelte');

    const again = await openDatabase({ dataDir: join(dataDir, 'pglite') });
    await again.withOwner((o) => sql`DELETE FROM audit_events WHERE resource_id = 'c2'`.execute(o));
    await again.close();
    const tampered = await verifyCli(dataDir);
    expect(tampered.code).toBe(2);
    expect(tampered.out).toContain('MANIPULATION ERKANNT');
  }, 120_000);
});
