import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const BENCH_PASSWORD = 'Lotse-Bench-2026!';
export const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/lotse_bench';

const benchDir = dirname(fileURLToPath(import.meta.url));
export const benchPath = (...parts: string[]) => join(benchDir, ...parts);
export const repoPath = (...parts: string[]) => join(benchDir, '..', ...parts);

/**
 * The generator's deterministic ids: an MD5 of kind, office and number with the UUID v4 version and
 * variant bits set. Same formula as the SQL function `bench_id`.
 */
export function benchId(kind: string, tenant: number, n: number): string {
  const hex = createHash('md5').update(`${kind}:${tenant}:${n}`).digest('hex');
  const v = `${hex.slice(0, 12)}4${hex.slice(13, 16)}8${hex.slice(17)}`;
  return `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20)}`;
}

/** Drops and creates the benchmark's database (needs a PostgreSQL superuser URL). */
export async function recreateDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Ungültiger Datenbankname: ${name}`);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
}
