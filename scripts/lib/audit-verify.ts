import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './lotse.js';

/* The built audit:verify CLI as both drills run it after their last write. */

export interface AuditVerification {
  /** audit:verify's exit code (1 when it did not end by itself). */
  status: number;
  output: string;
  seals: number;
  sealed: number;
  unsealed: number;
}

/** Runs audit:verify against a database and DATA_DIR; its exit code, output and summary figures. */
export function runAuditVerify(env: {
  databaseUrl: string;
  dataDir: string;
  masterKey: string;
}): AuditVerification {
  const r = spawnSync(process.execPath, [join(repoRoot, 'apps/server/dist/cli/audit-verify.js')], {
    env: {
      ...process.env,
      DATABASE_URL: env.databaseUrl,
      DATABASE_MIGRATION_URL: '',
      DATA_DIR: env.dataDir,
      MASTER_KEY: env.masterKey,
      LOTSE_DEMO: '1',
      NODE_ENV: 'test',
    },
    encoding: 'utf8',
    timeout: 300_000,
  });
  const output = `${r.stdout}${r.stderr}`;
  return { status: r.status ?? 1, output, ...parseAuditSummary(output) };
}

/** Figures from audit:verify's summary line. */
function parseAuditSummary(output: string): { seals: number; sealed: number; unsealed: number } {
  const m = /(\d+) Siegel .*?(\d+) gesiegelte und (\d+) noch ungesiegelte/.exec(output);
  return { seals: Number(m?.[1] ?? 0), sealed: Number(m?.[2] ?? 0), unsealed: Number(m?.[3] ?? 0) };
}
