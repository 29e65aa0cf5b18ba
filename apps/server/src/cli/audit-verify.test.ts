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
import { AuditSealer, auditSealerOptions } from '../platform/audit/seal.js';
import { resolveMasterKey } from '../platform/crypto.js';
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
    // The server's master key of this DATA_DIR (demo: DATA_DIR/master.key), as the command reads it.
    const { key } = resolveMasterKey(undefined, dataDir, true);
    await new AuditSealer(db, auditSealerOptions(dataDir, key)).flush();
    await db.close();

    const intact = await verifyCli(dataDir);
    expect(intact.code).toBe(0);
    expect(intact.out).toContain('unverändert');
    expect(intact.out).toContain('5 gesiegelte');
    expect(intact.out).toContain('1 mit Schlüssel');
    expect(intact.out).toContain('audit-anchor.log');

    const again = await openDatabase({ dataDir: join(dataDir, 'pglite') });
    await again.withOwner((o) => sql`DELETE FROM audit_events WHERE resource_id = 'c2'`.execute(o));
    await again.close();
    const tampered = await verifyCli(dataDir);
    expect(tampered.code).toBe(2);
    expect(tampered.out).toContain('MANIPULATION ERKANNT');

    // The newest (here: only) seal removed with its events: the anchor outside the database knows it.
    const cut = await openDatabase({ dataDir: join(dataDir, 'pglite') });
    await cut.withOwner(async (o) => {
      await sql`DELETE FROM audit_seals`.execute(o);
      await sql`DELETE FROM audit_events`.execute(o);
    });
    await cut.close();
    const truncated = await verifyCli(dataDir);
    expect(truncated.code).toBe(2);
    expect(truncated.out).toContain('gekürzt');

    // Without the master key the command cannot check anything and says so.
    const keyless = mkdtempSync(join(tmpdir(), 'lotse-verify-'));
    const noKey = await verifyCli(keyless);
    expect(noKey.code).toBe(1);
    expect(noKey.out).toContain('MASTER_KEY fehlt');
  }, 120_000);
});
