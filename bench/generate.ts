// Generates a benchmark database shaped like a state IT provider's: ~20 offices with ~50 k cases
// each. Usage: npx tsx bench/generate.ts --cases 1000000 [--database-url postgres://…/lotse_bench]
import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type THelpPlanContent, ZHelpPlanContentSchema } from '@lotse/shared';
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
    /** Without help plans, § 8a procedures, placements, feedback and planners (the planning benchmark's data). */
    'skip-planning': { type: 'boolean', default: false },
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

const statisticsCodes: Record<string, string[]> = {
  p28_educational_counselling: ['01', '02', '03'],
  p29_social_group_work: ['04'],
  p30_educational_assistant: ['05', '06'],
  p31_spfh: ['07'],
  p32_day_group: ['08'],
  p33_foster_care: ['09', '10'],
  p34_residential_care: ['11'],
  p35_intensive_individual: ['12'],
  p35a_integration_help: ['13'],
  p27_flexible: ['14', '15', '16'],
};
const goalTitles = [
  'Die Familie hat eine verlässliche Tagesstruktur',
  'Regelmäßiger Schulbesuch',
  'Die Mutter nimmt die Beratungstermine wahr',
  'Konflikte werden ohne Gewalt gelöst',
  'Selbstständiges Wohnen vorbereiten',
  'Kontakt zu den Eltern wird begleitet',
  'Therapieplatz ist gefunden und wird genutzt',
  'Ausbildungsplatz suchen',
];
const needs = [
  'Unterstützung bei der Erziehung',
  'Schulische Förderung',
  'Stabile Wohnsituation',
  'Gesundheit',
];
const endReasons: [THelpPlanContent['help']['endReason'], number][] = [
  ['as_planned', 0.62],
  ['early_by_custodian', 0.74],
  ['early_by_facility', 0.81],
  ['early_by_minor', 0.87],
  ['other_office', 0.92],
  ['adoption', 0.93],
  ['other', 1],
];
const pick = <T>(list: readonly T[], i: number) => list[i % list.length] as T;

/** What a final plan says (ZHelpPlanContentSchema); goals rated higher for helps ended as planned. */
function planContent(row: {
  help_type: string;
  status: string;
  starts_on: string;
  ends_on: string | null;
  review_on: string | null;
}): THelpPlanContent {
  const closed = row.status === 'closed';
  const r = Math.random();
  const endReason = closed ? (endReasons.find(([, upTo]) => r < upTo)?.[0] ?? 'other') : null;
  const goals = 1 + Math.floor(Math.random() * 4);
  const codes = statisticsCodes[row.help_type];
  return {
    participants: [
      { role: 'caseworker', name: 'Fachkraft ASD', view: '' },
      { role: 'parent', name: 'Mutter', view: 'Wir wünschen uns Unterstützung im Alltag.' },
    ],
    notInvolved: [],
    interpreter: null,
    needs: [pick(needs, goals), pick(needs, goals + 1)],
    help: {
      type: row.help_type as THelpPlanContent['help']['type'],
      provider: Math.random() < 0.7 ? 'Freier Träger' : null,
      hoursPerWeek: row.help_type === 'p31_spfh' ? 4 + Math.floor(Math.random() * 6) : null,
      startsOn: row.starts_on,
      endsOn: closed ? row.ends_on : null,
      statisticsCode: codes ? pick(codes, Math.floor(r * 100)) : null,
      endReason,
    },
    goals: Array.from({ length: goals }, (_, i) => {
      const rated = closed || Math.random() < 0.7;
      const low = endReason === 'as_planned' ? 5 : 0;
      return {
        id: randomUUID(),
        title: pick(goalTitles, i + goals),
        indicators: [],
        familySummary: '',
        progress: rated ? low + Math.floor(Math.random() * (11 - low)) : null,
      };
    }),
    agreements: [],
    reviewOn: row.review_on,
  };
}

/**
 * The sealed content of every help plan (context `help-plan:<plan>:1`, the office's data key, as
 * `helpplan/versions.ts` writes it). Encrypting a batch overlaps with inserting the one before.
 */
async function encryptPlans(client: pg.Client, keys: KeyRing): Promise<number> {
  const db = await openDatabase({ databaseUrl: url, poolSize: 2 });
  let count = 0;
  try {
    for (let t = 1; t <= tenants; t++) {
      const tenantId = q.tenantId(t);
      const { rows } = await client.query<{
        plan_id: string;
        help_type: string;
        status: string;
        starts_on: string;
        ends_on: string | null;
        review_on: string | null;
      }>(q.plansOfOffice, [t]);
      await db.withOwner((owner) =>
        owner.transaction().execute(async (tx) => {
          let pending: Promise<unknown> = Promise.resolve();
          for (let i = 0; i < rows.length; i += 5000) {
            const part = rows.slice(i, i + 5000);
            const blobs: Buffer[] = [];
            for (const [j, row] of part.entries()) {
              const content = planContent(row);
              // A sample against the contract: the content must read as the server writes it.
              if ((i + j) % 2000 === 0) ZHelpPlanContentSchema.parse(content);
              blobs.push(
                await keys.encrypt(tx, tenantId, JSON.stringify(content), `help-plan:${row.plan_id}:1`),
              );
            }
            await pending;
            pending = client.query(q.planVersions, [part.map((r) => r.plan_id), blobs]);
            pending.catch(() => undefined); // awaited (and thrown) with the next batch
          }
          await pending;
        }),
      );
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
    if (!args['skip-planning']) {
      await run('Jugendhilfeplanung: Benutzer bench.plan<N>', q.planners, [tenants, passwordHash]);
      await run('planning_population', q.population, [tenants]);
      await run('Hilfepläne (Vorstufe)', q.stagePlans);
      await run('ANALYZE Hilfepläne', 'ANALYZE bench_plan');
      await run('help_plans', q.helpPlans);
      await step('help_plan_versions (Inhalt verschlüsselt)', () => encryptPlans(client, keys));
      await run('protection_procedures (§ 8a)', q.protection);
      await run('Träger, Einrichtungen', q.providers, [tenants]);
      await run('Platzanfragen (Vorstufe)', q.stageInquiries);
      await run('placement_inquiries', q.inquiries);
      await run('placement_inquiry_recipients', q.inquiryRecipients);
      await run('placements', q.placements);
      await run('feedback_figures', q.feedback);
      await client.query(q.dropPlanningHelpers);
    }
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
    if (!args['skip-planning']) console.log(`  Jugendhilfeplanung: bench.plan1 … bench.plan${tenants}`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
