import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import type { TPlanningFigures, TPlanningFiguresQuery } from '@lotse/shared';
import pg from 'pg';
import { openDatabase, withTenant } from '../apps/server/src/db/connection.js';
import { rebuildAggregates } from '../apps/server/src/modules/planning/build.js';
import { measuresOf } from '../apps/server/src/modules/planning/figures.js';
import { indicatorDefinition } from '../apps/server/src/modules/planning/indicators.js';
import { layoutFor } from '../apps/server/src/modules/planning/layout.js';
import { isTime } from '../apps/server/src/modules/planning/period.js';
import { loadLines } from '../apps/server/src/modules/planning/table-data.js';
import { KeyRing } from '../apps/server/src/platform/crypto.js';
import {
  benchLogin,
  benchPath,
  cpuSince,
  DEFAULT_BENCH_URL,
  postgresCpu,
  repoPath,
  startBuiltServer,
  stopServer,
  waitForHealth,
  writeReadmeSection,
} from './common.js';

const { values: args } = parseArgs({
  options: {
    'database-url': { type: 'string', default: DEFAULT_BENCH_URL },
    rounds: { type: 'string', default: '200' },
    /** Keep the aggregates already built (to repeat only the request measurement). */
    'skip-rebuild': { type: 'boolean', default: false },
    /** Measure right after the rebuild, before the table is vacuumed (see the README). */
    'no-vacuum': { type: 'boolean', default: false },
    'no-readme': { type: 'boolean', default: false },
  },
});
const url = args['database-url'];
const benchDatabase = new URL(url).pathname.slice(1);
const rounds = Number(args.rounds);
const PORT = 3220;

/** Typical dashboard requests (GET /api/planning/figures?…). */
const scenarios: { name: string; query: TPlanningFiguresQuery }[] = [
  { name: 'take-up by social area', query: { indicator: 'hze_take_up', by: 'socialArea' } },
  { name: 'take-up by help type', query: { indicator: 'hze_take_up', by: 'helpType' } },
  { name: 'take-up by month (24 months)', query: { indicator: 'hze_take_up', by: 'month' } },
  { name: 'take-up by year (5 years)', query: { indicator: 'hze_take_up', by: 'year' } },
  {
    name: 'take-up by age group, one social area',
    query: { indicator: 'hze_take_up', by: 'ageGroup', socialArea: 'NORD' },
  },
  { name: '§ 8a procedures by month', query: { indicator: 'p8a_procedures', by: 'month' } },
  { name: 'duration of ended helps by help type', query: { indicator: 'help_duration', by: 'helpType' } },
  { name: 'open cases by team', query: { indicator: 'open_cases', by: 'team' } },
];

interface Office {
  id: string;
  slug: string;
  cases: number;
  plans: number;
  procedures: number;
  placements: number;
  feedback: number;
}

/** The generated offices (not the demo office the server seeds) with what the job reads of each. */
async function offices(): Promise<Office[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Record<keyof Office, string>>(`
      SELECT t.id, t.slug,
        (SELECT count(*) FROM cases c WHERE c.tenant_id = t.id) AS cases,
        (SELECT count(*) FROM help_plan_versions v WHERE v.tenant_id = t.id AND v.status = 'final') AS plans,
        (SELECT count(*) FROM protection_procedures p WHERE p.tenant_id = t.id) AS procedures,
        (SELECT count(*) FROM placements p WHERE p.tenant_id = t.id) AS placements,
        (SELECT count(*) FROM feedback_figures f WHERE f.tenant_id = t.id) AS feedback
      FROM tenants t WHERE t.slug LIKE 'bench-%' ORDER BY t.slug`);
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      cases: Number(r.cases),
      plans: Number(r.plans),
      procedures: Number(r.procedures),
      placements: Number(r.placements),
      feedback: Number(r.feedback),
    }));
  } finally {
    await client.end();
  }
}

interface Rebuild extends Office {
  wallMs: number;
  /** CPU time of this process (the job's Node side) and of the database's PostgreSQL processes */
  nodeCpuMs: number;
  pgCpuMs: number;
  sourceRows: number;
  aggregateRows: number;
  load: number;
}

/** (a) Every office's aggregates, one office after the other, as the nightly job builds them. */
async function rebuildAll(list: Office[], keys: KeyRing): Promise<Rebuild[]> {
  const db = await openDatabase({ databaseUrl: url, poolSize: 2 });
  const out: Rebuild[] = [];
  try {
    for (const office of list) {
      const load = loadavg()[0] ?? 0;
      const pg0 = postgresCpu(benchDatabase);
      const node0 = process.cpuUsage();
      const t0 = performance.now();
      const report = await withTenant(db, office.id, (tx) => rebuildAggregates(tx, keys, office.id));
      const wallMs = performance.now() - t0;
      const node = process.cpuUsage(node0);
      const nodeCpuMs = (node.user + node.system) / 1000;
      const pgCpuMs = cpuSince(pg0, postgresCpu(benchDatabase));
      out.push({
        ...office,
        wallMs,
        nodeCpuMs,
        pgCpuMs,
        sourceRows: report.sourceRows,
        aggregateRows: report.aggregateRows,
        load,
      });
      console.log(
        `  ${office.slug}: ${office.cases} Fälle, ${report.sourceRows} Quellzeilen → ${report.aggregateRows} Aggregatzeilen` +
          `  ${sec(wallMs)} s (CPU Node ${sec(nodeCpuMs)} s, PostgreSQL ${sec(pgCpuMs)} s; Last ${load.toFixed(1)})`,
      );
    }
  } finally {
    await db.close();
  }
  return out;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? 0 };
}
const queryString = (q: TPlanningFiguresQuery) =>
  new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => e[1] !== undefined)).toString();

/**
 * The `loadLines` statements a figures request runs, with the period it answered and the layout it
 * chose (figures.ts): rates with a stock by a time grouping read the whole period by social area
 * as well, for the total.
 */
function linesQueries(query: TPlanningFiguresQuery, period: { from: string; to: string }) {
  const def = indicatorDefinition(query.indicator);
  const c = def.computation;
  const statement = (q: TPlanningFiguresQuery) => {
    const layout = layoutFor(def, q);
    return {
      measures: measuresOf(def),
      ...period,
      rowDim: layout.rowDim,
      colDim: layout.colDim,
      helpTypes: c.kind === 'rate' ? c.helpTypes : undefined,
    };
  };
  const out = [statement(query)];
  if (c.kind === 'rate' && c.stock && isTime(query.by))
    out.push(statement({ indicator: query.indicator, by: 'socialArea', ...period }));
  return out;
}

/**
 * (b) Each round sends every scenario once, for the next office in turn (its planner's session),
 * and right after each request runs the bare SQL of the same request, so drifting background load
 * on this shared machine hits both alike. The first rounds warm up and are not counted.
 */
async function measure(planners: { tenantId: string; cookie: string }[]) {
  const db = await openDatabase({ databaseUrl: url, poolSize: 2 });
  const http = scenarios.map(() => [] as number[]);
  const bare = scenarios.map(() => [] as number[]);
  const lines = scenarios.map(() => [] as number[]);
  const warmUp = Math.min(10, Math.max(2, Math.floor(rounds / 10)));
  try {
    for (let round = -warmUp; round < rounds; round++) {
      const planner = planners[(round + warmUp) % planners.length];
      if (!planner) throw new Error('Keine Planungs-Sitzung');
      for (const [s, scenario] of scenarios.entries()) {
        let t0 = performance.now();
        const res = await fetch(
          `http://127.0.0.1:${PORT}/api/planning/figures?${queryString(scenario.query)}`,
          {
            headers: { cookie: planner.cookie },
          },
        );
        const body = await res.text();
        const httpMs = performance.now() - t0;
        if (!res.ok) throw new Error(`${scenario.name}: ${res.status} ${body.slice(0, 300)}`);
        const figures = JSON.parse(body) as TPlanningFigures;
        if (figures.from === null || figures.to === null)
          throw new Error(`${scenario.name}: nicht berechnet`);
        const statements = linesQueries(scenario.query, { from: figures.from, to: figures.to });
        t0 = performance.now();
        const result = await withTenant(db, planner.tenantId, async (tx) => {
          let count = 0;
          for (const statement of statements) count += (await loadLines(tx, statement)).length;
          return count;
        });
        const bareMs = performance.now() - t0;
        if (round < 0) continue;
        http[s]?.push(httpMs);
        bare[s]?.push(bareMs);
        lines[s]?.push(result);
      }
    }
  } finally {
    await db.close();
  }
  return scenarios.map((scenario, s) => ({
    name: scenario.name,
    query: queryString(scenario.query),
    http: summary(http[s] ?? []),
    bare: summary(bare[s] ?? []),
    lines: (lines[s] ?? []).reduce((a, b) => a + b, 0) / Math.max(1, lines[s]?.length ?? 0),
    allHttp: http[s] ?? [],
    allBare: bare[s] ?? [],
  }));
}

async function databaseFacts() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ figures: string; size: string; table: string; pg: string }>(
      `SELECT (SELECT count(*) FROM planning_figures)::text AS figures,
              pg_size_pretty(pg_database_size(current_database())) AS size,
              pg_size_pretty(pg_total_relation_size('planning_figures')) AS table,
              current_setting('server_version') AS pg`,
    );
    return rows[0] ?? { figures: '?', size: '?', table: '?', pg: '?' };
  } finally {
    await client.end();
  }
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const sec = (x: number) => (x / 1000).toFixed(1);

async function main() {
  const mainJs = repoPath('apps/server/dist/main.js');
  if (!existsSync(mainJs)) throw new Error('apps/server/dist/main.js fehlt – erst `npm run build`');
  const masterKey = readFileSync(benchPath('.bench-master-key'), 'utf8').trim();
  const keys = new KeyRing(Buffer.from(masterKey, 'base64'));
  const list = await offices();
  if (list.length === 0) throw new Error('Keine Bench-Ämter – erst bench/generate.ts ausführen');
  const totalCases = list.reduce((a, o) => a + o.cases, 0);
  console.log(`${list.length} Ämter, ${totalCases} Fälle`);

  let rebuilds: Rebuild[] = [];
  let vacuumMs: number | null = null;
  if (!args['skip-rebuild']) {
    console.log('Aggregate neu berechnen (je Amt):');
    rebuilds = await rebuildAll(list, keys);
  }
  if (!args['no-vacuum']) {
    // What autovacuum does soon after the nightly rebuild (each office's rebuild leaves its old rows dead).
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const t0 = performance.now();
    await client.query('VACUUM (ANALYZE) planning_figures');
    vacuumMs = performance.now() - t0;
    await client.end();
    console.log(`VACUUM (ANALYZE) planning_figures: ${sec(vacuumMs)} s`);
  }

  const server = startBuiltServer({
    DATABASE_URL: url,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    LOTSE_DEMO: '1',
    MASTER_KEY: masterKey,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
  });
  let results: Awaited<ReturnType<typeof measure>>;
  let loadBefore = 0;
  let loadAfter = 0;
  try {
    // The first start seeds the demo office into the bench database: allow for it.
    await waitForHealth(server, PORT, 600_000);
    const planners = [];
    for (const [i, office] of list.entries())
      planners.push({ tenantId: office.id, cookie: await benchLogin(PORT, `bench.plan${i + 1}`) });
    loadBefore = loadavg()[0] ?? 0;
    results = await measure(planners);
    loadAfter = loadavg()[0] ?? 0;
  } finally {
    await stopServer(server);
  }
  const facts = await databaseFacts();

  const httpAll = summary(results.flatMap((r) => r.allHttp));
  const bareAll = summary(results.flatMap((r) => r.allBare));
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB`;
  const lines: string[] = [
    `Measured ${date} UTC · ${machine}, shared with other work · Node ${process.version} · PostgreSQL ${facts.pg} · ` +
      `${list.length} offices, ${totalCases} cases, database ${facts.size}; \`planning_figures\` ${facts.figures} rows (${facts.table}).`,
    '',
  ];
  if (rebuilds.length > 0) {
    const walls = rebuilds.map((r) => r.wallMs).sort((a, b) => a - b);
    lines.push(
      `**Rebuild** (\`rebuildAggregates\` in a tenant transaction, offices one after the other): ` +
        `${sec(walls.reduce((a, b) => a + b, 0))} s for all ${rebuilds.length} offices; per office ` +
        `min ${sec(walls[0] ?? 0)} s, median ${sec(percentile(walls, 0.5))} s, max ${sec(walls.at(-1) ?? 0)} s. ` +
        `Target: < 60 s for an office of 50 000 cases. CPU: Node ${sec(rebuilds.reduce((a, r) => a + r.nodeCpuMs, 0))} s, ` +
        `PostgreSQL ${sec(rebuilds.reduce((a, r) => a + r.pgCpuMs, 0))} s in all.`,
      '',
      '| office | cases | help plans (final) | § 8a procedures | placements | feedback answers | rows read | aggregate rows written | rebuild s | CPU Node s | CPU PostgreSQL s | load before |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rebuilds.map(
        (r) =>
          `| ${r.slug} | ${r.cases} | ${r.plans} | ${r.procedures} | ${r.placements} | ${r.feedback} | ${r.sourceRows} | ` +
          `${r.aggregateRows} | ${sec(r.wallMs)} | ${sec(r.nodeCpuMs)} | ${sec(r.pgCpuMs)} | ${r.load.toFixed(1)} |`,
      ),
      '',
    );
  }
  lines.push(
    `**Dashboard requests**, ${rounds} rounds × ${scenarios.length} requests, one at a time, the offices' planners in turn, ` +
      (vacuumMs === null
        ? 'right after the rebuild (table not vacuumed) '
        : `after \`VACUUM (ANALYZE) planning_figures\` (${sec(vacuumMs)} s) `) +
      `(1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after):`,
    '',
    '| request `GET /api/planning/figures?…` | lines returned | HTTP p50 ms | HTTP p95 ms | bare SQL p50 ms | bare SQL p95 ms | p95 ratio |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.name}: \`${r.query}\` | ${r.lines.toFixed(0)} | ${ms(r.http.p50)} | ${ms(r.http.p95)} | ` +
        `${ms(r.bare.p50)} | ${ms(r.bare.p95)} | ${(r.http.p95 / r.bare.p95).toFixed(1)} |`,
    ),
    `| **all requests** | | **${ms(httpAll.p50)}** | **${ms(httpAll.p95)}** | ${ms(bareAll.p50)} | ${ms(bareAll.p95)} | ` +
      `${(httpAll.p95 / bareAll.p95).toFixed(1)} |`,
    '',
    `Target: HTTP p95 ≤ 300 ms. Slowest single request: ${ms(Math.max(...results.map((r) => r.http.max)))} ms.`,
  );
  const report = lines.join('\n');
  console.log(`\n${report}\n`);
  if (!args['no-readme']) writeReadmeSection('planning', report);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
