import { createHash } from 'node:crypto';
// Baseline for bench/run.ts: bare Fastify + pg answering the two benchmarked URLs with the SQL the
// Lotse server runs (copied from its statement log), in the same per-request transaction with
// app.tenant set and the same database role — but no session lookup, no policy, no audit, no zod.
import Fastify from 'fastify';
import pg from 'pg';

const url = process.env.DATABASE_URL;
const username = process.env.BENCH_USER ?? 'bench.asd1';
const port = Number(process.env.PORT ?? 3201);
if (!url) throw new Error('DATABASE_URL fehlt');

const summarySelect = `select "cases"."tenant_id", "cases"."id", "cases"."reference", "cases"."title_enc", "cases"."status", "cases"."help_type", "cases"."team_id", "teams"."name" as "team_name", "cases"."caseworker_id", "cw"."display_name" as "caseworker_name", "sa"."id" as "area_id", "sa"."name" as "area_name", "cases"."opened_at", "cases"."closed_at", "cases"."updated_at", (select coalesce(json_agg(agg), '[]') from (select "p"."id", "p"."personal_enc", "p"."birth_date" from "case_persons" as "cp" inner join "persons" as "p" on "p"."tenant_id" = "cp"."tenant_id" and "p"."id" = "cp"."person_id" where "cp"."tenant_id" = "cases"."tenant_id" and "cp"."case_id" = "cases"."id" and "cp"."role" = $1 order by "p"."birth_date") as agg) as "children", ARRAY(SELECT d.user_id FROM case_deputies d WHERE d.tenant_id = cases.tenant_id AND d.case_id = cases.id) as "deputy_ids" from "cases" inner join "teams" on "teams"."tenant_id" = "cases"."tenant_id" and "teams"."id" = "cases"."team_id" left join "users" as "cw" on "cw"."tenant_id" = "cases"."tenant_id" and "cw"."id" = "cases"."caseworker_id" left join "social_areas" as "sa" on "sa"."tenant_id" = "cases"."tenant_id" and "sa"."id" = "cases"."social_area_id"`;

const personIdsOfCase =
  'SELECT cp2.person_id FROM case_persons cp2 WHERE cp2.tenant_id = cases.tenant_id AND cp2.case_id = cases.id';
/** The case page in one statement, as the server reads it (persons, deputies, tasks, genogram, households). */
const detailColumns = [
  `(select coalesce(json_agg(agg), '[]') from (select "p"."id", "p"."personal_enc", "p"."birth_date", "p"."birth_date_approximate", "p"."gender", "p"."languages", "psa"."id" as "area_id", "psa"."name" as "area_name", "cp"."role" from "case_persons" as "cp" inner join "persons" as "p" on "p"."tenant_id" = "cp"."tenant_id" and "p"."id" = "cp"."person_id" left join "social_areas" as "psa" on "psa"."tenant_id" = "p"."tenant_id" and "psa"."id" = "p"."social_area_id" where "cp"."tenant_id" = "cases"."tenant_id" and "cp"."case_id" = "cases"."id" order by "p"."birth_date") as agg) as "persons"`,
  `(select coalesce(json_agg(agg), '[]') from (select "du"."id", "du"."display_name" from "case_deputies" as "d" inner join "users" as "du" on "du"."tenant_id" = "d"."tenant_id" and "du"."id" = "d"."user_id" where "d"."tenant_id" = "cases"."tenant_id" and "d"."case_id" = "cases"."id" order by "du"."display_name") as agg) as "deputies"`,
  `(select coalesce(json_agg(agg), '[]') from (select "t"."id", "t"."case_id", "t"."title_enc", "t"."due_on", "t"."assignee_id", "tu"."display_name" as "assignee_name", "t"."done_at", t.done_at IS NULL AND t.due_on < current_date as "overdue" from "tasks" as "t" left join "users" as "tu" on "tu"."tenant_id" = "t"."tenant_id" and "tu"."id" = "t"."assignee_id" where "t"."tenant_id" = "cases"."tenant_id" and "t"."case_id" = "cases"."id" order by "t"."done_at" desc, "t"."due_on") as agg) as "tasks"`,
  `(select coalesce(json_agg(agg), '[]') from (select "r"."id", "r"."from_person_id", "r"."to_person_id", "r"."kind" from "relations" as "r" where "r"."tenant_id" = "cases"."tenant_id" and "r"."from_person_id" in (${personIdsOfCase}) and "r"."to_person_id" in (${personIdsOfCase})) as agg) as "relations"`,
  `(select coalesce(json_agg(agg), '[]') from (select "h"."id", "h"."label_enc", ARRAY(SELECT m.person_id FROM household_members m WHERE m.tenant_id = h.tenant_id AND m.household_id = h.id ORDER BY m.person_id) as "person_ids" from "households" as "h" where "h"."tenant_id" = "cases"."tenant_id" and "h"."case_id" = "cases"."id" order by "h"."id") as agg) as "households"`,
].join(', ');
const caseDetail = `${summarySelect.replace(' from "cases" inner join', `, ${detailColumns} from "cases" inner join`)} where "cases"."id" = $2`;
const list = (from: number, n: number) => Array.from({ length: n }, (_, i) => `$${from + i}`).join(', ');
// The visible set as the server builds it: a UNION of the team, caseworker and deputy branches.
const branch = (cond: string) =>
  `(select "cases"."id", "cases"."updated_at" from "cases" where ("cases"."tenant_id" = $1 and ${cond}) and "cases"."status" in ($5))`;
const visible = [
  branch(`"cases"."team_id" in ($3)`),
  branch(`"cases"."caseworker_id" = $2`),
  branch(
    `"cases"."id" in (select "d"."case_id" from "case_deputies" as "d" where "d"."tenant_id" = $1 and "d"."user_id" = $4)`,
  ),
].join(' union ');
const countVisible = `select count(*) as "n" from (${visible}) as "v"`;
const pageVisible = `select "v"."id" from (${visible}) as "v" order by "v"."updated_at" desc, "v"."id" limit $6 offset $7`;
const casesByIds = (n: number) =>
  `${summarySelect} where "cases"."id" in (${list(2, n)}) order by "cases"."updated_at" desc, "cases"."id"`;

/**
 * BASELINE_PIPELINE=1: the same transport as the Lotse server (db/pipelined.ts) — BEGIN, the office
 * binding and the query in one write, then COMMIT — to tell what the transport gains from what the
 * layers cost. Without it: plain node-postgres, one statement after the other.
 */
const pipelined = process.env.BASELINE_PIPELINE === '1';
const pool = new pg.Pool({ connectionString: url, max: 20, pipeline: pipelined });
pool.on('connect', (client) => {
  client.query('SET ROLE lotse_app').catch(() => undefined);
});

/** Who the baseline answers for: fixed at start, no sessions. */
const actor = await (async () => {
  const owner = new pg.Client({ connectionString: url });
  await owner.connect();
  const { rows } = await owner.query<{ tenant_id: string; id: string; team_ids: string[] }>(
    `SELECT u.tenant_id, u.id, array_agg(m.team_id) AS team_ids FROM users u
     JOIN team_memberships m ON m.tenant_id = u.tenant_id AND m.user_id = u.id
     WHERE lower(u.username) = lower($1) GROUP BY u.tenant_id, u.id`,
    [username],
  );
  await owner.end();
  const row = rows[0];
  if (!row) throw new Error(`Unbekannte Bench-Fachkraft ${username}`);
  return { tenantId: row.tenant_id, userId: row.id, teamId: row.team_ids[0] ?? '' };
})();

/** Named prepared statements, as the server uses them (planned once per connection). */
function named(text: string) {
  return `b${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
}
function query<R extends pg.QueryResultRow>(c: pg.PoolClient, text: string, values: unknown[]) {
  return c.query<R>({ name: named(text), text, values });
}

/**
 * BEGIN, the office binding, `fn`, COMMIT. Plain: each statement waits for the one before. Pipelined:
 * BEGIN, the binding and `fn`'s first query leave in one write.
 */
async function inTenant<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    const value = await (pipelined ? runPipelined(client, fn) : runOneByOne(client, fn));
    await client.query('commit');
    return value;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function runOneByOne<T>(client: pg.PoolClient, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  await client.query('begin');
  await client.query(`SELECT set_config('app.tenant', $1, true)`, [actor.tenantId]);
  return fn(client);
}

async function runPipelined<T>(client: pg.PoolClient, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const stream = client.connection.stream;
  stream.cork();
  const opened = client.query(
    `BEGIN; SELECT set_config('app.tenant', ${pg.escapeLiteral(actor.tenantId)}, true)`,
  );
  const result = fn(client);
  stream.uncork();
  result.catch(() => undefined); // if BEGIN failed, its error is the one reported
  await opened;
  return result;
}

const app = Fastify({ logger: false });

app.get('/api/health', async () => ({ status: 'ok' }));

app.get<{ Params: { id: string } }>('/api/cases/:id', async (request, reply) =>
  inTenant(async (c) => {
    const row = (await query(c, caseDetail, ['child', request.params.id])).rows[0];
    if (!row) return reply.status(404).send({ message: 'Fall nicht gefunden' });
    return row;
  }),
);

app.get<{ Querystring: { status?: string; pageSize?: string; page?: string } }>(
  '/api/cases',
  async (request) =>
    inTenant(async (c) => {
      const status = request.query.status ?? 'running';
      const pageSize = Number(request.query.pageSize ?? 25);
      const page = Number(request.query.page ?? 1);
      const params = [actor.tenantId, actor.userId, actor.teamId, actor.userId, status];
      const total = Number((await query<{ n: string }>(c, countVisible, params)).rows[0]?.n ?? 0);
      const ids = (
        await query<{ id: string }>(c, pageVisible, [...params, pageSize, (page - 1) * pageSize])
      ).rows.map((r) => r.id);
      const items = ids.length ? (await query(c, casesByIds(ids.length), ['child', ...ids])).rows : [];
      return { items, total, page, pageSize };
    }),
);

await app.listen({ port, host: '127.0.0.1' });
console.log(`Baseline auf Port ${port} für ${username}`);
// Ends normally on SIGTERM (run.ts stops it so), so `--cpu-prof` can write its profile.
process.on('SIGTERM', () => {
  app.close().then(() => process.exit(0));
});
