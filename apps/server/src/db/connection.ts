import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  sql,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.js';
import { pipelinedTenantTransactions, type Statement, send } from './pipelined.js';
import type { Database } from './schema.js';

export { CommitOutcomeUnknownError, type Statement } from './pipelined.js';

export type Engine = 'pglite' | 'postgres';
export type Tx = Transaction<Database>;

/** Runs a whole SQL script (several statements) as the schema owner, atomically. */
export interface ScriptRunner {
  exec(script: string): Promise<void>;
}

export interface Db {
  engine: Engine;
  /** Queries as the restricted application role (row-level security applies). */
  app: Kysely<Database>;
  /** A transaction bound to one office; use `withTenant`. */
  inTenant<T>(tenantId: string, fn: (tx: Tx, beforeCommit: BeforeCommit) => Promise<T>): Promise<T>;
  /** Runs `fn` as the schema owner: migrations, audit verification, tests. Never for requests. */
  withOwner<T>(fn: (owner: Kysely<Database>, script: ScriptRunner) => Promise<T>): Promise<T>;
  /**
   * Refuses to run when the runtime connection could get round row-level security or the
   * append-only audit: a superuser, a role with BYPASSRLS, or one that may switch into another role.
   * Called after the migrations (which make lotse_app a login role).
   */
  checkRuntimeRole(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The runtime connection (the login role lotse_app). */
  databaseUrl?: string | undefined;
  /**
   * The schema owner's connection, for migrations and audit verification. Without it the
   * `databaseUrl` is taken as the owner's, and the runtime connects to the same server and database
   * as lotse_app (fine where the server trusts local connections; elsewhere set both).
   */
  migrationUrl?: string | undefined;
  /** Directory for the embedded database; `memory://` for an in-memory one. */
  dataDir?: string;
  /** Starts the embedded database as a copy of one saved by `dumpEmbeddedDatabase` (skips initdb). */
  loadDataDir?: Blob | undefined;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

const APP_ROLE = 'lotse_app';
/** The contrib extensions the migrations create (trigram search; distances for the placement search). */
const pgliteExtensions = { pg_trgm, cube, earthdistance };

/** Opens PostgreSQL (when a URL is given) or the embedded PGlite database. */
export async function openDatabase(options: OpenOptions): Promise<Db> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.migrationUrl, options.poolSize ?? 20)
    : openPglite(options.dataDir ?? 'memory://', options.loadDataDir);
}

/** Saves a closed embedded database directory as one tarball (PGlite's own format). */
export async function dumpEmbeddedDatabase(dataDir: string): Promise<Blob> {
  const client = await PGlite.create({ dataDir, extensions: pgliteExtensions });
  try {
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}

/** The URL the runtime connects with: `databaseUrl` itself, or lotse_app on its server when no owner URL is set apart. */
export function runtimeDatabaseUrl(databaseUrl: string, migrationUrl: string | undefined): string {
  if (migrationUrl) return databaseUrl;
  const url = new URL(databaseUrl);
  url.username = APP_ROLE;
  url.password = '';
  return url.toString();
}

async function openPostgres(url: string, migrationUrl: string | undefined, poolSize: number): Promise<Db> {
  const typeParsers = {
    getTypeParser: ((oid: number, format?: string) => {
      if (oid === 1082) return (v: string) => v; // date stays 'YYYY-MM-DD'
      return pg.types.getTypeParser(oid, format as 'text');
    }) as typeof pg.types.getTypeParser,
  };
  const common = {
    connectionString: url,
    types: typeParsers,
    statement_timeout: 10_000,
    idle_in_transaction_session_timeout: 10_000,
  };
  // The runtime logs in as lotse_app itself: there is no stronger role to RESET ROLE back to.
  const appPool = new pg.Pool({
    ...common,
    connectionString: runtimeDatabaseUrl(url, migrationUrl),
    max: poolSize,
    pipeline: true,
  });
  appPool.on('error', () => undefined);
  const ownerPool = new pg.Pool({ ...common, connectionString: migrationUrl ?? url, max: 2 });
  ownerPool.on('error', () => undefined);
  // The pools handle errors of idle connections only. A connection that is checked out but between two
  // queries (a transaction encrypting or writing a file) when PostgreSQL goes away emits its error on
  // the client: without a listener that would end the whole process. Its next query fails instead, and
  // the pool drops it on release (crash drill, `npm run drill:crash`).
  for (const pool of [appPool, ownerPool])
    pool.on('connect', (client) => client.on('error', () => undefined));
  const dialect = new PostgresDialect({ pool: withPreparedStatements(appPool) });
  const app = new Kysely<Database>({ dialect });
  const owner = new Kysely<Database>({ dialect: new PostgresDialect({ pool: ownerPool }) });
  return {
    engine: 'postgres',
    app,
    inTenant: pipelinedTenantTransactions(appPool, dialect),
    async withOwner(fn) {
      const script: ScriptRunner = {
        async exec(text) {
          const client = await ownerPool.connect();
          try {
            await client.query(`BEGIN;\nSELECT pg_advisory_xact_lock(727274);\n${text}\n;COMMIT;`);
          } catch (error) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw error;
          } finally {
            client.release();
          }
        },
      };
      return fn(owner, script);
    },
    async checkRuntimeRole() {
      const { rows } = await appPool.query<{ name: string; strong: boolean; memberships: number }>(
        `SELECT current_user AS name, (r.rolsuper OR r.rolbypassrls OR r.rolcreaterole) AS strong,
                (SELECT count(*)::int FROM pg_auth_members m WHERE m.member = r.oid) AS memberships
         FROM pg_roles r WHERE r.rolname = current_user`,
      );
      const role = rows[0];
      if (!role || role.strong || role.memberships > 0) {
        throw new Error(
          `DATABASE_URL verbindet als "${role?.name ?? '?'}": Die Laufzeitverbindung muss die Anmelderolle ${APP_ROLE} ohne Superuser-, BYPASSRLS- und Rollenrechte sein (Migrationen: DATABASE_MIGRATION_URL).`,
        );
      }
    },
    async close() {
      await app.destroy();
      await owner.destroy();
      // Kysely ends a pool only if it ever queried through it; checkRuntimeRole uses appPool directly
      // (a migration-only run would leave its connection open and block CREATE DATABASE … TEMPLATE).
      if (!appPool.ended) await appPool.end();
      if (!ownerPool.ended) await ownerPool.end();
    },
  };
}

/** Runs every query of the pool as a named prepared statement (see `send`). */
function withPreparedStatements(pool: pg.Pool): PostgresPool {
  return {
    async connect() {
      const client = await pool.connect();
      const wrapped = {
        query: (text: string, values: readonly unknown[]) => send(client, text, values),
        release: () => client.release(),
      };
      return wrapped as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Db> {
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir,
    ...(loadDataDir ? { loadDataDir } : {}),
    extensions: pgliteExtensions,
    parsers: { [pgliteTypes.INT8]: (v: string) => v, [pgliteTypes.DATE]: (v: string) => v },
  });
  const ownerRole = (await client.query<{ u: string }>('SELECT session_user AS u')).rows[0]?.u ?? 'postgres';
  const app = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  let roleReady = false;
  const ensureAppRole = async () => {
    if (roleReady) return;
    const exists = await client.query(`SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}'`);
    if (exists.rows.length > 0) {
      await app.executeQuery(sql`SET ROLE ${sql.raw(APP_ROLE)}`.compile(app));
      roleReady = true;
    }
  };
  await ensureAppRole();
  return {
    engine: 'pglite',
    app,
    inTenant(tenantId, fn) {
      const deferred: Statement[] = [];
      return app.transaction().execute(async (tx) => {
        await sql`SELECT set_config('app.tenant', ${tenantId}, true)`.execute(tx);
        const result = await fn(tx, (statement) => {
          deferred.push(statement);
        });
        for (const s of deferred) await tx.executeQuery(CompiledQuery.raw(s.text, [...s.values]));
        return result;
      });
    },
    async withOwner(fn) {
      // One connection: switch role inside a transaction, so the app role returns at its end.
      const result = await app.transaction().execute(async (trx) => {
        await sql`SET LOCAL ROLE ${sql.ref(ownerRole)}`.execute(trx);
        const script: ScriptRunner = {
          async exec(text) {
            // We hold PGlite's only connection inside this transaction, so exec runs within it.
            await client.exec(text);
          },
        };
        return fn(trx, script);
      });
      await ensureAppRole();
      return result;
    },
    // Embedded PGlite has a single user, the superuser: the app switches to lotse_app for row-level
    // security, but nothing stops a statement from switching back. Only Lotse's own code talks to
    // it (no network port); the PostgreSQL server is the hardened setup (docs/ARCHITECTURE.md).
    async checkRuntimeRole() {},
    async close() {
      await app.destroy();
    },
  };
}

/**
 * Statements to run at the end of a tenant transaction, right before COMMIT (e.g. audit events). On
 * PostgreSQL they are sent together with the COMMIT: no round trip of their own.
 */
export type BeforeCommit = (statement: Statement) => void;

/**
 * Runs `fn` in a transaction bound to one office: row-level security sees only its rows. On
 * PostgreSQL the transaction is pipelined (`db/pipelined.ts`): a read with its audit event costs two
 * round trips.
 */
export function withTenant<T>(
  db: Db,
  tenantId: string,
  fn: (tx: Tx, beforeCommit: BeforeCommit) => Promise<T>,
): Promise<T> {
  return db.inTenant(tenantId, fn);
}
