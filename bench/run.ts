// Load test: the real Lotse server against a bare Fastify + pg baseline running the same SQL.
// Usage: npx tsx bench/generate.ts --cases 1000000 && npm run build && npx tsx bench/run.ts
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  benchLogin,
  benchPath,
  cpuSince,
  DEFAULT_BENCH_URL,
  postgresCpu,
  processCpuMs,
  repoPath,
  stopServer,
  waitForHealth,
  writeReadmeSection,
} from './common.js';

const { values: args } = parseArgs({
  options: {
    'database-url': { type: 'string', default: DEFAULT_BENCH_URL },
    duration: { type: 'string', default: '20' },
    /** Seconds of load before each measurement (JIT, pool, plan cache, buffer cache of the 5 000 cases). */
    warmup: { type: 'string', default: '8' },
    connections: { type: 'string', default: '50' },
    office: { type: 'string', default: '1' },
    'no-readme': { type: 'boolean', default: false },
    /** Only the scenarios whose name contains this (e.g. ":id" for the case detail); implies --no-readme. */
    only: { type: 'string' },
    /** Writes a V8 CPU profile of the Lotse server to bench/results/. */
    profile: { type: 'boolean', default: false },
    /**
     * Samples the whole machine with `perf record` (Debian's linux-perf) during each measurement and
     * prints the CPU time per process and per request: Node, PostgreSQL backends, WAL writer, kernel.
     */
    perf: { type: 'boolean', default: false },
    /** The baseline with Lotse's transport (pipelined, BEGIN with the query in one write): what the layers alone cost. */
    'baseline-pipeline': { type: 'boolean', default: false },
  },
});
const url = args['database-url'];
const duration = Number(args.duration);
const connections = Number(args.connections);
const username = `bench.asd${args.office}`;
const benchDatabase = new URL(url).pathname.slice(1);
const LOTSE_PORT = 3200;
const BASELINE_PORT = 3201;

interface Measurement {
  target: 'Lotse' | 'Baseline';
  scenario: string;
  p50: number;
  p99: number;
  rps: number;
  non2xx: number;
  errors: number;
  /** 1-minute load average before the run: other work on the machine skews the figures. */
  load: number;
  /** CPU time per request of the server process and of all PostgreSQL processes (ms). */
  nodeCpu: number;
  pgCpu: number;
}

function start(label: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: repoPath(),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) console.log(`  [${label}] ${line}`);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  return child;
}

/** Ids of cases the bench user may open (its team's), shuffled, and facts about the database. */
async function loadFixture() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ids = await client.query<{ id: string }>(
      `SELECT c.id FROM users u
       JOIN team_memberships m ON m.tenant_id = u.tenant_id AND m.user_id = u.id
       JOIN cases c ON c.tenant_id = u.tenant_id AND c.team_id = m.team_id
       WHERE u.username = $1 ORDER BY random() LIMIT 5000`,
      [username],
    );
    const facts = await client.query<{ cases: string; size: string; pg: string }>(
      `SELECT (SELECT count(*) FROM cases)::text AS cases, pg_size_pretty(pg_database_size(current_database())) AS size,
              current_setting('server_version') AS pg`,
    );
    if (ids.rows.length === 0)
      throw new Error(`Keine Fälle für ${username} – erst bench/generate.ts ausführen`);
    // Every request writes an audit event: start each run from an empty log so runs compare.
    await client.query('TRUNCATE audit_events, audit_seals, sessions');
    return { caseIds: ids.rows.map((r) => r.id), ...(facts.rows[0] ?? { cases: '?', size: '?', pg: '?' }) };
  } finally {
    await client.end();
  }
}

/**
 * Waits until the server has worked off the jobs that are due (at the first start after generating:
 * each office's planning rebuild, ~5 s each): background work would otherwise be measured as the
 * cost of the requests.
 */
async function waitForQueuedJobs(timeoutMs = 15 * 60_000): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{ n: string }>(
        'SELECT count(*)::text AS n FROM jobs WHERE done_at IS NULL AND run_at <= now()',
      );
      const due = Number(rows[0]?.n ?? 0);
      if (due === 0) return;
      if (Date.now() > until) throw new Error(`${due} Aufträge nach ${timeoutMs / 60_000} min noch offen`);
      console.log(`  warte auf ${due} fällige Hintergrundaufträge (z. B. Planungszahlen) …`);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
  } finally {
    await client.end();
  }
}

async function load(
  port: number,
  scenario: Scenario,
  headers: Record<string, string>,
  seconds: number,
): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: scenario.connections,
    duration: seconds,
    headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => ({ ...req, path: scenario.path() }),
      },
    ],
    title: scenario.name,
  });
}

interface Target {
  name: Measurement['target'];
  port: number;
  headers: Record<string, string>;
  pid: number;
}

interface Scenario {
  name: string;
  path: () => string;
  connections: number;
}

async function measure(target: Target, scenario: Scenario): Promise<Measurement> {
  await load(target.port, scenario, target.headers, Number(args.warmup));
  const before = loadavg()[0] ?? 0;
  const node0 = processCpuMs(target.pid);
  const pg0 = postgresCpu(benchDatabase);
  const sampling = args.perf ? samplePerf(`${target.name}-${scenario.name}`) : null;
  const r = await load(target.port, scenario, target.headers, duration);
  // perf samples duration − 1 s of the run: count the requests of that share.
  if (sampling) await reportPerf(await sampling, (r.requests.total * (duration - 1)) / duration);
  const requests = Math.max(1, r.requests.total);
  const nodeCpu = (processCpuMs(target.pid) - node0) / requests;
  const pgCpu = cpuSince(pg0, postgresCpu(benchDatabase)) / requests;
  const m = {
    target: target.name,
    scenario: scenario.name,
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: r.requests.average,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    load: before,
    nodeCpu,
    pgCpu,
  };
  console.log(
    `  ${m.target.padEnd(8)} ${m.scenario.padEnd(48)} p50 ${m.p50} ms  p99 ${m.p99} ms  ${m.rps.toFixed(0)} req/s` +
      `  CPU/Anfrage Node ${nodeCpu.toFixed(1)} ms, PostgreSQL ${pgCpu.toFixed(1)} ms  (Last ${before.toFixed(1)})` +
      (m.non2xx || m.errors ? `  non-2xx ${m.non2xx}, Fehler ${m.errors}` : ''),
  );
  return m;
}

/** `perf record` of all CPUs for the measurement (minus a second, so it ends inside the load). */
function samplePerf(label: string): Promise<string> {
  mkdirSync(benchPath('results'), { recursive: true });
  const file = benchPath('results', `perf-${label.replace(/[^a-z0-9]+/gi, '-')}.data`);
  const perf = spawn(
    'perf',
    ['record', '-a', '-g', '-F', '997', '-e', 'cpu-clock', '-o', file, '--', 'sleep', String(duration - 1)],
    {
      stdio: 'ignore',
    },
  );
  return new Promise((resolve, reject) => {
    perf.on('error', reject);
    perf.on('exit', () => resolve(file));
  });
}

/** CPU milliseconds per request by process name, from the samples (997 per second and CPU). */
async function reportPerf(file: string, requests: number): Promise<void> {
  const report = spawn(
    'perf',
    [
      'report',
      '-i',
      file,
      '--stdio',
      '-g',
      'none',
      '--no-children',
      '--sort',
      'comm',
      '-q',
      '-F',
      'sample,comm',
    ],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  let out = '';
  report.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  await new Promise((resolve) => report.on('exit', resolve));
  const samples = out
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(.+)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ comm: m[2] ?? '', ms: (Number(m[1]) / 997) * 1000 }));
  const total = samples.reduce((sum, s) => sum + s.ms, 0);
  console.log(`    perf: ${(total / requests).toFixed(3)} ms CPU per request in all (${file})`);
  for (const s of samples.slice(0, 8))
    console.log(`      ${s.comm.padEnd(20)} ${(s.ms / requests).toFixed(3)} ms/request`);
}

/** Each scenario against Lotse and right after against the baseline, so both see the same machine load. */
async function measureAll(targets: Target[], caseIds: string[]): Promise<Measurement[]> {
  let i = 0;
  const detail = () => `/api/cases/${caseIds[i++ % caseIds.length]}`;
  const list = () => '/api/cases?status=running&pageSize=25';
  const scenarios: Scenario[] = [
    { name: 'GET /api/cases/:id', path: detail, connections },
    { name: 'GET /api/cases?status=running&pageSize=25', path: list, connections },
    // One client at a time: the latency of a single request without queueing.
    { name: 'GET /api/cases/:id (1 Verbindung)', path: detail, connections: 1 },
    { name: 'GET /api/cases?status=running… (1 Verbindung)', path: list, connections: 1 },
  ];
  const out: Measurement[] = [];
  for (const scenario of scenarios.filter((s) => !args.only || s.name.includes(args.only))) {
    for (const target of targets) out.push(await measure(target, scenario));
  }
  return out;
}

function table(results: Measurement[]): string {
  const lines = [
    '| Szenario | Ziel | p50 (ms) | p99 (ms) | req/s | Lotse/Baseline (Durchsatz) | CPU/Anfrage Node (ms) | ' +
      'CPU/Anfrage PostgreSQL (ms) | Fehler/non-2xx | Last vorher |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const m of results) {
    const base = results.find((b) => b.target === 'Baseline' && b.scenario === m.scenario);
    const ratio = m.target === 'Lotse' && base ? `${((m.rps / base.rps) * 100).toFixed(0)} %` : '';
    lines.push(
      `| \`${m.scenario}\` | ${m.target} | ${m.p50} | ${m.p99} | ${m.rps.toFixed(0)} | ${ratio} | ` +
        `${m.nodeCpu.toFixed(1)} | ${m.pgCpu.toFixed(1)} | ${m.errors}/${m.non2xx} | ${m.load.toFixed(1)} |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const mainJs = repoPath('apps/server/dist/main.js');
  if (!existsSync(mainJs)) throw new Error('apps/server/dist/main.js fehlt – erst `npm run build`');
  const masterKey = readFileSync(benchPath('.bench-master-key'), 'utf8').trim();
  const fixture = await loadFixture();
  console.log(`${fixture.cases} Fälle, ${fixture.size}; ${fixture.caseIds.length} Fall-IDs für ${username}`);

  const profile = [
    ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${benchPath('results')}`] : []),
    // JIT-compiled functions by name in `perf report` (/tmp/perf-<pid>.map).
    ...(args.perf ? ['--perf-basic-prof-only-functions'] : []),
  ];
  const lotse = start('lotse', [...profile, mainJs], {
    DATABASE_URL: url,
    PORT: String(LOTSE_PORT),
    HOST: '127.0.0.1',
    LOTSE_DEMO: '1',
    MASTER_KEY: masterKey,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
  });
  const baseline = start('baseline', [...profile, '--import', 'tsx', benchPath('baseline.ts')], {
    DATABASE_URL: url,
    PORT: String(BASELINE_PORT),
    BENCH_USER: username,
    BASELINE_PIPELINE: args['baseline-pipeline'] ? '1' : '0',
  });
  let results: Measurement[];
  try {
    await waitForHealth(lotse, LOTSE_PORT, 120_000);
    await waitForHealth(baseline, BASELINE_PORT, 120_000);
    await waitForQueuedJobs();
    const cookie = await benchLogin(LOTSE_PORT, username);
    results = await measureAll(
      [
        { name: 'Lotse', port: LOTSE_PORT, headers: { cookie }, pid: lotse.pid ?? 0 },
        { name: 'Baseline', port: BASELINE_PORT, headers: {}, pid: baseline.pid ?? 0 },
      ],
      fixture.caseIds,
    );
  } finally {
    await Promise.all([stopServer(lotse), stopServer(baseline)]);
  }

  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const machine = `${cpus().length} Kerne (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB`;
  const report = [
    `Gemessen am ${date} UTC · ${machine} · Node ${process.version} · PostgreSQL ${fixture.pg} · ` +
      `${fixture.cases} Fälle, Datenbank ${fixture.size} · ${connections} Verbindungen, je ${duration} s ` +
      '(autocannon, Server, PostgreSQL und Lastgenerator auf derselben Maschine)',
    '',
    table(results),
  ].join('\n');
  console.log(`\n${report}\n`);
  if (!args['no-readme'] && !args.only) writeReadmeSection('results', report);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
