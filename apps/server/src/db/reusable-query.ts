import { type Compilable, CompiledQuery } from 'kysely';
import type { Tx } from './connection.js';

/**
 * A query that is built and compiled once and afterwards only gets new parameter values. Building a
 * large Kysely query (subqueries, JSON aggregation) costs a few hundred microseconds per request;
 * reusing the SQL text costs nothing and keeps PostgreSQL's prepared statement hot.
 *
 * `build` must pass each argument straight through as a query parameter (no string concatenation,
 * no transformation): the arguments are found again in the compiled parameters by identity.
 */
export function reusableQuery<A extends string[], R>(
  build: (tx: Tx, ...args: A) => Compilable<R>,
): (tx: Tx, ...args: A) => Promise<R[]> {
  let template: { sql: string; parameters: ({ arg: number } | { value: unknown })[] } | null = null;
  return async (tx, ...args) => {
    if (!template) {
      const markers = args.map((_, i) => `\u0000reusable-argument-${i}\u0000`) as A;
      const compiled = build(tx, ...markers).compile();
      const parameters = compiled.parameters.map((value) => {
        const arg = markers.indexOf(value as string);
        return arg >= 0 ? { arg } : { value };
      });
      const used = new Set(parameters.flatMap((p) => ('arg' in p ? [p.arg] : [])));
      if (used.size !== args.length) throw new Error('reusableQuery: every argument must be a parameter');
      template = { sql: compiled.sql, parameters };
    }
    const values = template.parameters.map((p) => ('arg' in p ? args[p.arg] : p.value));
    const result = await tx.executeQuery<R>(CompiledQuery.raw(template.sql, values));
    return result.rows;
  };
}
