import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../test-support/database.js';
import type { Db } from './connection.js';
import { reusableQuery } from './reusable-query.js';

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase());
});
afterAll(() => drop());

describe('reusableQuery', () => {
  it('compiles once and answers each call with its own arguments', async () => {
    let builds = 0;
    const echo = reusableQuery((tx, a: string, b: string) => {
      builds++;
      return tx.selectNoFrom([
        sql<string>`${a}::text`.as('a'),
        sql<string>`${'fixed'}::text`.as('f'),
        sql<string>`${b}::text`.as('b'),
      ]);
    });
    await db.app.transaction().execute(async (tx) => {
      expect(await echo(tx, 'eins', 'zwei')).toEqual([{ a: 'eins', f: 'fixed', b: 'zwei' }]);
      expect(await echo(tx, "d'rei", 'vier')).toEqual([{ a: "d'rei", f: 'fixed', b: 'vier' }]);
    });
    expect(builds).toBe(1);
  });

  it('refuses a builder that does not pass an argument as a parameter', async () => {
    const broken = reusableQuery((tx, _unused: string) => tx.selectNoFrom(sql<number>`1`.as('one')));
    await expect(db.app.transaction().execute((tx) => broken(tx, 'x'))).rejects.toThrow(/every argument/);
  });
});
