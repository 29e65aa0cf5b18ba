import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase, withTenant } from '../apps/server/src/db/connection.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { postcodeLocation, searchOffers } from '../apps/server/src/modules/providers/index.js';
import { hashPassword } from '../apps/server/src/platform/auth/passwords.js';
import {
  BENCH_PASSWORD,
  benchId,
  benchLogin,
  recreateDatabase,
  repoPath,
  startBuiltServer,
  waitForHealth,
  writeReadmeSection,
} from './common.js';

const { values: args } = parseArgs({
  options: {
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/lotse_bench_placements' },
    requests: { type: 'string', default: '400' },
    'no-readme': { type: 'boolean', default: false },
  },
});
const url = args['database-url'];
const requests = Number(args.requests);
const PORT = 3210;
const tenantId = benchId('placement-tenant', 1, 0);
const username = 'bench.platz';

/** Typical searches: a caseworker's help type, age and postcode; some with language, needs, emergency. */
const searches: Record<string, string>[] = [
  { helpType: 'p34_residential_care', age: '15', postcode: 'P0101' },
  { helpType: 'p31_spfh', age: '7', postcode: 'P0420' },
  { helpType: 'p34_residential_care', age: '14', gender: 'female', language: 'ar', postcode: 'P0777' },
  { age: '16', emergency: 'true', postcode: 'P1203' },
  { helpType: 'p32_day_group', age: '9', specialisations: 'trauma', postcode: 'P1500' },
  {
    helpType: 'p35a_integration_help',
    age: '11',
    specialisations: 'disability',
    language: 'tr',
    postcode: 'P1888',
  },
];
const postcodeOf = (code: string) => String(10000 + Number(code.slice(1)) * 17).padStart(5, '0');

async function generate() {
  const db = await openDatabase({ databaseUrl: url, poolSize: 2 });
  await migrate(db);
  await db.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const hash = await hashPassword(BENCH_PASSWORD);
  await client.query(
    `INSERT INTO tenants (id, slug, name) VALUES ($1, 'bench-platz', 'Jugendamt Platzbörse (Benchmark)');
     INSERT INTO users (tenant_id, id, username, display_name, password_hash, mfa_enabled, roles)
       VALUES ($1, $2, $3, 'Bench Platzsuche', $4, false, ARRAY['caseworker']);`
      .replaceAll('$1', `'${tenantId}'`)
      .replace('$2', `'${benchId('placement-user', 1, 0)}'`)
      .replace('$3', `'${username}'`)
      .replace('$4', `'${hash}'`),
  );
  // 2 000 postcodes over a region of about 250 × 250 km; 4 000 providers with 5 facilities each;
  // capacities 2–8 (mean 5: 100 000 places); one or two offers per facility.
  await client.query(`
    SET synchronous_commit = off;
    -- Deterministic ids with the version and variant bits of a v4 UUID (the API checks them).
    CREATE FUNCTION bench_uuid(t text) RETURNS uuid LANGUAGE sql IMMUTABLE
      AS $$ SELECT overlay(overlay(md5(t) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$;
    INSERT INTO postcode_locations (postcode, place, latitude, longitude)
      SELECT lpad((10000 + i * 17)::text, 5, '0'), 'Ort ' || i, 50.5 + random() * 2.2, 8.5 + random() * 3.6
        FROM generate_series(1, 2000) i;
    INSERT INTO providers (id, name, legal_form)
      SELECT bench_uuid('provider' || i), 'Träger ' || i, CASE WHEN i % 2 = 0 THEN 'e. V.' ELSE 'gGmbH' END
        FROM generate_series(1, 4000) i;
    INSERT INTO provider_offices (tenant_id, provider_id)
      SELECT '${tenantId}', bench_uuid('provider' || i) FROM generate_series(1, 4000) i;
    INSERT INTO provider_facilities (id, provider_id, name, postcode, city, latitude, longitude, capacity,
                                     free_places, reserved_places, confirmed_at)
      SELECT bench_uuid('facility' || f), bench_uuid('provider' || (1 + (f - 1) / 5)), 'Einrichtung ' || f,
             p.postcode, p.place, p.latitude + (random() - 0.5) * 0.05, p.longitude + (random() - 0.5) * 0.08,
             c.capacity, c.free, CASE WHEN c.free < c.capacity AND random() < 0.3 THEN 1 ELSE 0 END,
             CASE WHEN random() < 0.1 THEN NULL ELSE now() - random() * interval '30 days' END
        FROM generate_series(1, 20000) f
        JOIN postcode_locations p ON p.postcode = lpad((10000 + (1 + f % 2000) * 17)::text, 5, '0')
        CROSS JOIN LATERAL (SELECT 2 + (f * 7919) % 7 + (f = 1)::int AS capacity) cap
        CROSS JOIN LATERAL (SELECT cap.capacity, CASE WHEN random() < 0.4 THEN 0
                                                      ELSE floor(random() * (cap.capacity / 2 + 1))::int END AS free) c;
    WITH kinds (k, help_types, setting, age_min, age_max, specs) AS (VALUES
      (0, ARRAY['p31_spfh','p27_flexible'], 'ambulant', 0, 17, ARRAY[]::text[]),
      (1, ARRAY['p34_residential_care'], 'stationaer', 12, 18, ARRAY['trauma']),
      (2, ARRAY['p34_residential_care'], 'stationaer', 6, 13, ARRAY['siblings']),
      (3, ARRAY['p32_day_group'], 'teilstationaer', 6, 14, ARRAY['trauma']),
      (4, ARRAY['p42_emergency_custody','p34_residential_care'], 'stationaer', 12, 17, ARRAY['emergency_custody']),
      (5, ARRAY['p35a_integration_help'], 'ambulant', 3, 18, ARRAY['disability']),
      (6, ARRAY['p30_educational_assistant','p35_intensive_individual'], 'ambulant', 10, 20, ARRAY[]::text[]),
      (7, ARRAY['p19_parent_child_home'], 'stationaer', 15, 27, ARRAY['mother_child']),
      (8, ARRAY['p28_educational_counselling'], 'ambulant', 0, 27, ARRAY[]::text[]),
      (9, ARRAY['p34_residential_care','p41_young_adults'], 'stationaer', 16, 21, ARRAY[]::text[])),
    langs (l, languages) AS (VALUES (0, ARRAY['de']), (1, ARRAY['de','en']), (2, ARRAY['de','tr']),
      (3, ARRAY['de','ar','fa']), (4, ARRAY['de','ru','uk']), (5, ARRAY['de','en','ar']))
    INSERT INTO provider_offers (id, facility_id, provider_id, title, help_types, setting, age_min, age_max,
                                 genders, specialisations, languages)
      SELECT bench_uuid('offer' || f || '/' || n), bench_uuid('facility' || f), bench_uuid('provider' || (1 + (f - 1) / 5)),
             'Angebot ' || f || '/' || n, k.help_types, k.setting, k.age_min, k.age_max,
             CASE WHEN f % 11 = 0 THEN ARRAY['female'] ELSE ARRAY[]::text[] END, k.specs, l.languages
        FROM generate_series(1, 20000) f
        CROSS JOIN generate_series(1, 2) n
        JOIN kinds k ON k.k = (f * 31 + n * 7) % 10
        JOIN langs l ON l.l = (f + n) % 6
       WHERE n = 1 OR f % 2 = 0;`);
  await client.query('VACUUM ANALYZE');
  const counts = await client.query<{ facilities: string; places: string; offers: string }>(
    `SELECT (SELECT count(*) FROM provider_facilities) AS facilities,
            (SELECT sum(capacity) FROM provider_facilities) AS places,
            (SELECT count(*) FROM provider_offers) AS offers`,
  );
  await client.end();
  return counts.rows[0];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? 0 };
}
const query = (s: Record<string, string>) =>
  new URLSearchParams({ ...s, ...(s.postcode ? { postcode: postcodeOf(s.postcode) } : {}) }).toString();

/**
 * Each search runs once through the server and once as bare SQL, in turn, so drifting background
 * load on this shared machine hits both alike.
 */
async function measure(cookie: string) {
  const db = await openDatabase({ databaseUrl: url, poolSize: 2 });
  const http: number[] = [];
  const bare: number[] = [];
  const sizes: number[] = [];
  const perSearch = searches.map(() => [] as number[]);
  try {
    for (let i = -30; i < requests; i++) {
      const s = searches[((i % searches.length) + searches.length) % searches.length] ?? {};
      let t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${PORT}/api/placements/search?${query(s)}`, {
        headers: { cookie },
      });
      const body = await res.text();
      const httpMs = performance.now() - t0;
      if (!res.ok) throw new Error(`Suche ${query(s)}: ${res.status} ${body.slice(0, 200)}`);
      t0 = performance.now();
      await withTenant(db, tenantId, async (tx) => {
        const origin = s.postcode ? await postcodeLocation(tx, postcodeOf(s.postcode)) : null;
        return searchOffers(tx, {
          helpType: s.helpType,
          age: s.age === undefined ? undefined : Number(s.age),
          gender: s.gender,
          specialisations: s.specialisations ? s.specialisations.split(',') : [],
          language: s.language,
          origin: origin ?? undefined,
          maxKm: 25,
          onlyFree: s.emergency === 'true',
          limit: 50,
        });
      });
      const bareMs = performance.now() - t0;
      if (i < 0) continue; // warm-up
      http.push(httpMs);
      bare.push(bareMs);
      perSearch[i % searches.length]?.push(httpMs);
      sizes.push(Number(JSON.parse(body).items.length));
    }
  } finally {
    await db.close();
  }
  return {
    http: summary(http),
    bare: summary(bare),
    results: sizes.reduce((a, b) => a + b, 0) / sizes.length,
    perSearch: perSearch.map((times, i) => ({ search: query(searches[i] ?? {}), ...summary(times) })),
  };
}

async function main() {
  if (!existsSync(repoPath('apps/server/dist/main.js'))) throw new Error('Erst `npm run build`');
  const t0 = Date.now();
  await recreateDatabase(url);
  const counts = await generate();
  console.log(
    `Daten: ${counts?.facilities} Einrichtungen, ${counts?.places} Plätze, ${counts?.offers} Angebote (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
  );
  const server = startBuiltServer({
    DATABASE_URL: url,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    LOTSE_DEMO: '1',
    MASTER_KEY: randomBytes(32).toString('base64'),
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
  });
  let measured: Awaited<ReturnType<typeof measure>>;
  try {
    await waitForHealth(server, PORT, 180_000);
    measured = await measure(await benchLogin(PORT, username));
  } finally {
    server.kill('SIGTERM');
  }
  const { http, bare } = measured;
  const ratio = http.p95 / bare.p95;
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const table = [
    `Measured ${date} UTC, ${requests} searches each, one at a time, ${searches.length} typical queries in turn, ` +
      `${counts?.facilities} facilities / ${counts?.places} places / ${counts?.offers} offers:`,
    '',
    '| | p50 ms | p95 ms | max ms |',
    '|---|---:|---:|---:|',
    `| Lotse \`GET /api/placements/search\` (HTTP, ${measured.results.toFixed(0)} results on average) | ${http.p50.toFixed(1)} | ${http.p95.toFixed(1)} | ${http.max.toFixed(1)} |`,
    `| bare SQL of the same search (app role, tenant transaction) | ${bare.p50.toFixed(1)} | ${bare.p95.toFixed(1)} | ${bare.max.toFixed(1)} |`,
    '',
    `Ratio of the p95s: ${ratio.toFixed(2)}. Target: p95 ≤ 50 ms.`,
    '',
    '| search (HTTP) | p50 ms | p95 ms |',
    '|---|---:|---:|',
    ...measured.perSearch.map((s) => `| \`${s.search}\` | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} |`),
  ].join('\n');
  console.log(table);
  if (!args['no-readme']) writeReadmeSection('placements', table);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
