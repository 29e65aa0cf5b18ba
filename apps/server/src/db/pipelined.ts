import { createHash } from 'node:crypto';
import {
  type CompiledQuery,
  type DatabaseConnection,
  DefaultQueryExecutor,
  type Driver,
  Kysely,
  type PostgresDialect,
  type QueryResult,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

/** A statement with its parameters, e.g. an audit event written with the COMMIT. */
export interface Statement {
  text: string;
  values: readonly unknown[];
}

/**
 * The connection lost during COMMIT: the transaction may have committed. Whoever undoes effects
 * outside the database on failure (e.g. removes an uploaded file) must not: the row may exist.
 */
export class CommitOutcomeUnknownError extends Error {
  constructor(cause: unknown) {
    super('connection lost during COMMIT; the transaction may have committed', { cause });
  }
}

// Query texts are few (IN lists of different lengths aside); remember their statement names.
const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    if (names.size > 5000) names.clear();
    name = `k${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/** Transaction control and literal-only batches (several statements) cannot be prepared. */
function isUnpreparable(text: string, values: readonly unknown[]): boolean {
  return /^\s*(begin|commit|rollback|set )/i.test(text) || (values.length === 0 && text.includes(';'));
}

/**
 * Sends a statement on a pooled client: as a named prepared statement (per connection, keyed by a
 * hash of its text), so PostgreSQL plans each query shape once per connection, not per request.
 */
export function send(
  client: pg.PoolClient,
  text: string,
  values: readonly unknown[],
): Promise<pg.QueryResult> {
  return text.length > 8000 || isUnpreparable(text, values)
    ? client.query(text, values as unknown[])
    : client.query({ name: statementName(text), text, values: values as unknown[] });
}

/** Kysely's answer for a pg result (as its own Postgres driver builds it). */
function toKysely<R>(result: pg.QueryResult): QueryResult<R> {
  const { command, rowCount, rows } = result;
  const writes = command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE';
  return { numAffectedRows: writes ? BigInt(rowCount ?? 0) : undefined, rows: (rows ?? []) as R[] };
}

/** A broken connection rather than a refused statement (which carries an SQLSTATE code). */
function isConnectionLoss(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^(08|57P0)/.test(code)) return true;
  return (
    typeof code !== 'string' || /Connection terminated|ECONNRESET|EPIPE|not queryable/i.test(error.message)
  );
}

/** Awaits every promise; the first failure (in order) is thrown once all have settled. */
async function settleInOrder(promises: readonly Promise<unknown>[]): Promise<void> {
  const outcomes = await Promise.allSettled(promises);
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * One tenant transaction on a pipelined PostgreSQL connection (node-postgres' `pipeline` mode: a
 * statement is sent without waiting for the answer to the one before), in as few packets as it takes:
 *
 * - `BEGIN` and the office binding (`app.tenant`, local to the transaction) go out together with the
 *   transaction's first statement, in one write; their answer is collected with that statement's. If
 *   they failed, the statement fails too (it runs in an aborted transaction) and their error is the
 *   one reported.
 * - At the end, the statements written with the COMMIT (the audit events) and the COMMIT itself go
 *   out in one write.
 *
 * A read with its audit event thus costs two round trips and two writes to the socket (system calls
 * and loopback TCP are a large share of a request's CPU time). What PostgreSQL runs, and in which
 * order, is exactly what a client waiting for each answer would send; only the waiting is gone.
 */
export class TenantTransaction implements DatabaseConnection {
  /** BEGIN and the office binding, until they are sent with the first statement. */
  private opening: string | null;

  constructor(
    private readonly client: pg.PoolClient,
    tenantId: string,
  ) {
    this.opening = `BEGIN; SELECT set_config('app.tenant', ${pg.escapeLiteral(tenantId)}, true)`;
  }

  /** Runs `write` with the socket corked: everything it sends leaves in one write (after BEGIN, if still due). */
  private sendTogether<T>(write: () => T): { opened: Promise<unknown> | null; sent: T } {
    const stream = this.client.connection.stream;
    stream.cork();
    try {
      const opened = this.opening ? this.client.query(this.opening) : null;
      this.opening = null;
      opened?.catch(() => undefined); // collected with the statement behind it
      return { opened, sent: write() };
    } finally {
      stream.uncork();
    }
  }

  /** The statement's answer once BEGIN's is in; if BEGIN failed, its error is reported. */
  private static async behind<T>(opened: Promise<unknown> | null, sent: Promise<T>): Promise<T> {
    if (!opened) return sent;
    sent.catch(() => undefined);
    await opened;
    return sent;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const { opened, sent } = this.sendTogether(() => send(this.client, compiled.sql, compiled.parameters));
    return toKysely<R>(await TenantTransaction.behind(opened, sent));
  }

  // biome-ignore lint/correctness/useYield: streaming is not offered inside a tenant transaction
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported inside a tenant transaction');
  }

  /** Sends `statements` and COMMIT together; any failure means nothing was committed — except a lost connection. */
  async commit(statements: readonly Statement[]): Promise<void> {
    if (this.opening && statements.length === 0) return; // nothing was sent: nothing to commit
    const { opened, sent } = this.sendTogether(() => [
      ...statements.map((s) => send(this.client, s.text, s.values)),
      this.client.query('COMMIT'),
    ]);
    for (const p of sent) p.catch(() => undefined);
    try {
      await TenantTransaction.behind(opened, settleInOrder(sent));
    } catch (error) {
      // The connection broke while the COMMIT was on its way: PostgreSQL may have committed or not.
      if (isConnectionLoss(error)) throw new CommitOutcomeUnknownError(error);
      throw error;
    }
  }

  async rollback(): Promise<void> {
    if (this.opening) return; // BEGIN never went out
    await this.client.query('ROLLBACK').catch(() => undefined);
  }
}

/** Refuses what a tenant transaction's handle must not do: open another transaction or connection. */
const noDriver: Driver = {
  async init() {},
  async acquireConnection(): Promise<DatabaseConnection> {
    throw new Error('no further connection or transaction inside a tenant transaction');
  },
  async beginTransaction() {
    throw new Error('no nested transaction inside a tenant transaction');
  },
  async commitTransaction() {},
  async rollbackTransaction() {},
  async releaseConnection() {},
  async destroy() {},
};

/** A Kysely handle whose every query runs on one connection (the tenant transaction's). */
function kyselyOnConnection(
  dialect: PostgresDialect,
): (connection: DatabaseConnection) => Transaction<Database> {
  const compiler = dialect.createQueryCompiler();
  const adapter = dialect.createAdapter();
  return (connection) => {
    const executor = new DefaultQueryExecutor(
      compiler,
      adapter,
      { provideConnection: (consumer) => consumer(connection) },
      [],
    );
    return new Kysely<Database>({
      config: { dialect },
      dialect,
      driver: noDriver,
      executor,
    }) as unknown as Transaction<Database>;
  };
}

/**
 * `Db.inTenant` on PostgreSQL: a pooled client, a `TenantTransaction` on it, and a Kysely handle for
 * the use case; the statements handed to `beforeCommit` go out with the COMMIT.
 */
export function pipelinedTenantTransactions(pool: pg.Pool, dialect: PostgresDialect) {
  const onConnection = kyselyOnConnection(dialect);
  return async <T>(
    tenantId: string,
    fn: (tx: Transaction<Database>, beforeCommit: (statement: Statement) => void) => Promise<T>,
  ): Promise<T> => {
    const client = await pool.connect();
    try {
      const transaction = new TenantTransaction(client, tenantId);
      const deferred: Statement[] = [];
      try {
        const result = await fn(onConnection(transaction), (statement) => {
          deferred.push(statement);
        });
        await transaction.commit(deferred);
        return result;
      } catch (error) {
        if (!(error instanceof CommitOutcomeUnknownError)) await transaction.rollback();
        throw error;
      }
    } finally {
      client.release();
    }
  };
}
