// Generates a benchmark database shaped like a state IT provider's: ~20 offices with ~50 k cases
// each. Usage: npx tsx bench/generate.ts --cases 1000000 [--database-url postgres://…/lotse_bench]
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase, withTenant } from '../apps/server/src/db/connection.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { sealLegacyPlaintext } from '../apps/server/src/modules/cases/seal-legacy.js';
import { hashPassword } from '../apps/server/src/platform/auth/passwords.js';
import { KeyRing } from '../apps/server/src/platform/crypto.js';
import { sealedTextFor } from '../apps/server/src/platform/sealed-text.js';
import { BENCH_PASSWORD, benchPath, DEFAULT_BENCH_URL, recreateDatabase } from './common.js';
import { entryBodies, entryTitles, nameGroups, streets } from './names.js';
import * as q from './sql.js';

const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    tenants: { type: 'string' },
    'database-url': { type: 'string', default: DEFAULT_BENCH_URL },
    'skip-encryption': { type: 'boolean', default: false },
  },
});
const totalCases = Number(args.cases);
const tenants = Number(args.tenants ?? Math.max(1, Math.round(totalCases / 50_000)));
const casesPerTenant = Math.ceil(totalCases / tenants);
const url = args['database-url'];

const started = Date.now();
async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  const result = await fn();
  console.log(`  ${label.padEnd(44)} ${((Date.now() - t0) / 1000).toFixed(1).padStart(7)} s`);
  return result;
}

/** Per office: the data key (wrapped by the bench master key) and a placeholder ciphertext. */
async function createKeys(keys: KeyRing): Promise<Map<number, Buffer>> {
  const db = await openDatabase({ databaseUrl: url, poolSize: 2 });
  const placeholders = new Map<number, Buffer>();
  try {
    await db.withOwner((owner) =>
      owner.transaction().execute(async (tx) => {
        for (let t = 1; t <= tenants; t++) {
          const tenantId = q.tenantId(t);
          await keys.dataKey(tx, tenantId);
          await keys.dataKey(tx, tenantId); // second call reads it back and caches it
          // Bound to a context no entry has: entries outside the bench teams do not decrypt.
          placeholders.set(t, await keys.encrypt(tx, tenantId, entryBodies[0] ?? '', 'entry:placeholder'));
        }
      }),
    );
  } finally {
    await db.close();
  }
  return placeholders;
}

/** Real ciphertexts for every entry the bench users can open (their team's cases). */
async function encryptBenchTeamEntries(client: pg.Client, keys: KeyRing): Promise<number> {
  const db = await openDatabase({ databaseUrl: url, poolSize: 2 });
  let count = 0;
  try {
    for (let t = 1; t <= tenants; t++) {
      const tenantId = q.tenantId(t);
      const { rows } = await client.query<{ id: string }>('SELECT id FROM bench_entry_id WHERE t = $1', [t]);
      const blobs = await db.withOwner((owner) =>
        owner.transaction().execute(async (tx) => {
          const out: Buffer[] = [];
          for (const [i, r] of rows.entries()) {
            const body = entryBodies[i % entryBodies.length] ?? '';
            out.push(await keys.encrypt(tx, tenantId, body, `entry:${r.id}`));
          }
          return out;
        }),
      );
      for (let i = 0; i < rows.length; i += 5000) {
        await client.query(
          'INSERT INTO bench_cipher (id, body) SELECT * FROM unnest($1::uuid[], $2::bytea[])',
          [rows.slice(i, i + 5000).map((r) => r.id), blobs.slice(i, i + 5000)],
        );
      }
      count += rows.length;
    }
  } finally {
    await db.close();
  }
  return count;
}

/** Encrypts every office's titles and builds its search tokens (cases module `sealLegacyPlaintext`). */
async function sealTitles(keys: KeyRing): Promise<number> {
  const db = await openDatabase({ databaseUrl: url, poolSize: 2 });
  let count = 0;
  try {
    for (let t = 1; t <= tenants; t++) {
      const tenantId = q.tenantId(t);
      count += await withTenant(db, tenantId, (tx) =>
        sealLegacyPlaintext({ tx, sealed: sealedTextFor(keys, tx, tenantId) }),
      );
    }
  } finally {
    await db.close();
  }
  return count;
}

async function main() {
  console.log(`Lotse-Benchmarkdaten: ${totalCases} Fälle in ${tenants} Jugendämtern → ${url}`);
  const masterKey = randomBytes(32);
  writeFileSync(benchPath('.bench-master-key'), `${masterKey.toString('base64')}\n`, { mode: 0o600 });
  const keys = new KeyRing(masterKey);

  await step('Datenbank neu anlegen', () => recreateDatabase(url));
  await step('Migrationen', async () => {
    const db = await openDatabase({ databaseUrl: url, poolSize: 2 });
    await migrate(db);
    await db.close();
  });
  const passwordHash = await step('Passwort-Hash (argon2id)', () => hashPassword(BENCH_PASSWORD));

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const run = (label: string, text: string, params: unknown[] = []) =>
    step(label, async () => (await client.query(text, params)).rowCount ?? 0);
  try {
    await client.query(q.sessionSettings);
    await client.query(q.helpers(nameGroups, streets, entryTitles));
    const indexes = await step('Sekundärindizes entfernen', async () => {
      const { rows } = await client.query<{ name: string; def: string }>(q.secondaryIndexes);
      for (const r of rows) await client.query(`DROP INDEX ${r.name}`);
      return rows;
    });
    const params = [tenants, casesPerTenant];
    await run('Ämter, Sozialräume, Teams', q.offices, [tenants]);
    await run('Ämter (Vorstufe)', q.officeIds, [tenants]);
    await run('Fachkräfte + Teamzugehörigkeit', q.users, [tenants, passwordHash]);
    await run('Fälle (Vorstufe)', q.stageCases(nameGroups), params);
    await run('Personen (Vorstufe)', q.stagePersons);
    // Fresh tables have no statistics: without them the planner picks nested loops for the joins below.
    await run('ANALYZE Vorstufe', 'ANALYZE bench_office, bench_case, bench_person');
    // Keys and placeholders first: the inserts below write the placeholder for rows no bench user opens.
    const placeholders = await step('Datenschlüssel je Amt', () => createKeys(keys));
    await client.query(
      'INSERT INTO bench_placeholder (t, body) SELECT * FROM unnest($1::int[], $2::bytea[])',
      [[...placeholders.keys()], [...placeholders.values()]],
    );
    await run('cases', q.cases);
    await run('persons', q.persons);
    await run('case_persons', q.casePersons);
    await run('relations', q.relations);
    await run('case_deputies', q.deputies);
    await run('tasks', q.tasks);
    if (!args['skip-encryption']) {
      await run('Eintrags-IDs der Bench-Teams', q.stageBenchTeamEntryIds);
      await step('Einträge der Bench-Teams verschlüsseln', () => encryptBenchTeamEntries(client, keys));
    }
    await run('case_entries', q.entries);
    await client.query('SET session_replication_role = origin');
    await step(`${indexes.length} Sekundärindizes aufbauen`, async () => {
      for (const r of indexes) await client.query(r.def);
    });
    // The bench team's titles and persons were written in plaintext: the server's own start-up
    // sealing encrypts them and computes the search tokens (one UPDATE per row).
    await step('Titel und Personen der Bench-Teams verschlüsseln, Suchindex', () => sealTitles(keys));
    await client.query(q.dropHelpers);
    await step('VACUUM ANALYZE', () => client.query('VACUUM (ANALYZE)'));
    const { rows } = await client.query<{ name: string; rows: string; size: string }>(q.report);
    console.log('\n  Tabelle              Zeilen        Größe');
    for (const r of rows) console.log(`  ${r.name.padEnd(18)} ${r.rows.padStart(10)} ${r.size.padStart(12)}`);
    const size = await client.query<{ s: string }>(
      'SELECT pg_size_pretty(pg_database_size(current_database())) s',
    );
    console.log(`\n  Datenbank: ${size.rows[0]?.s}, gesamt ${((Date.now() - started) / 1000).toFixed(0)} s`);
    console.log(`  Anmeldung: bench.asd1 … bench.asd${tenants}, Passwort ${BENCH_PASSWORD}`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
