import { createHash } from 'node:crypto';
import type { CompiledQuery, DatabaseConnection, QueryResult } from 'kysely';
import pg from 'pg';

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
 * One tenant transaction on a pipelined PostgreSQL connection (node-postgres' `pipeline` mode): the
 * client sends a statement without waiting for the answer to the one before.
 *
 * - `BEGIN` and the office binding (`app.tenant`, local to the transaction) go out at once, and the
 *   first statement follows them on the wire; their answer is collected with that statement's. If
 *   they failed, the statement fails too (it runs in an aborted transaction) and their error is
 *   the one reported.
 * - At the end, the statements written with the COMMIT (the audit events) and the COMMIT itself go
 *   out together: a read with its audit event costs two round trips.
 *
 * What PostgreSQL runs, and in which order, is exactly what a client waiting for each answer would
 * send; only the waiting is gone.
 */
export class TenantTransaction implements DatabaseConnection {
  /** BEGIN and the office binding, sent but not yet answered. */
  private opening: Promise<unknown> | null;

  constructor(
    private readonly client: pg.PoolClient,
    tenantId: string,
  ) {
    this.opening = client.query(
      `BEGIN; SELECT set_config('app.tenant', ${pg.escapeLiteral(tenantId)}, true)`,
    );
    this.opening.catch(() => undefined); // collected with the first statement
  }

  /** The answer to BEGIN, once: the statement sent behind it is awaited first, then BEGIN's error wins. */
  private async behindOpening<T>(sent: Promise<T>): Promise<T> {
    const opening = this.opening;
    if (!opening) return sent;
    this.opening = null;
    sent.catch(() => undefined);
    await opening;
    return sent;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    return toKysely<R>(await this.behindOpening(send(this.client, compiled.sql, compiled.parameters)));
  }

  // biome-ignore lint/correctness/useYield: streaming is not offered inside a tenant transaction
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported inside a tenant transaction');
  }

  /** Sends `statements` and COMMIT together; any failure means nothing was committed — except a lost connection. */
  async commit(statements: readonly Statement[]): Promise<void> {
    const sent = [...statements.map((s) => send(this.client, s.text, s.values)), this.client.query('COMMIT')];
    for (const p of sent) p.catch(() => undefined);
    try {
      await this.behindOpening(settleInOrder(sent));
    } catch (error) {
      // The connection broke while the COMMIT was on its way: PostgreSQL may have committed or not.
      if (isConnectionLoss(error)) throw new CommitOutcomeUnknownError(error);
      throw error;
    }
  }

  async rollback(): Promise<void> {
    const sent = this.client.query('ROLLBACK');
    await this.behindOpening(sent).catch(() => undefined);
  }
}
