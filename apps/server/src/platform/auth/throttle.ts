import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';

const WINDOW_MINUTES = 15;
const LIMITS = { user: 5, ip: 30 } as const;

const keyFor = (kind: 'user' | 'ip', value: string) =>
  `${kind}:${createHash('sha256').update(value.toLowerCase()).digest('hex')}`;

export interface ThrottleKeys {
  username: string;
  ip: string;
}

/** Seconds until a locked name or address may try again; 0 when not locked. */
export async function lockedForSeconds(db: Db, keys: ThrottleKeys): Promise<number> {
  const rows = await db.app
    .selectFrom('login_throttle')
    .select(sql<number>`ceil(extract(epoch FROM (locked_until - now())))::int`.as('seconds'))
    .where('key', 'in', [keyFor('user', keys.username), keyFor('ip', keys.ip)])
    .where('locked_until', '>', sql<Date>`now()`)
    .execute();
  return rows.reduce((max, r) => Math.max(max, r.seconds), 0);
}

/** Counts a failure for name and address; locks a key once it reaches its limit in the window. */
export async function recordLoginFailure(db: Db, keys: ThrottleKeys): Promise<void> {
  for (const [kind, value] of [
    ['user', keys.username],
    ['ip', keys.ip],
  ] as const) {
    const limit = LIMITS[kind];
    await sql`
      INSERT INTO login_throttle AS t (key, failures, window_start)
      VALUES (${keyFor(kind, value)}, 1, now())
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN t.window_start < now() - make_interval(mins => ${WINDOW_MINUTES})
                        THEN 1 ELSE t.failures + 1 END,
        window_start = CASE WHEN t.window_start < now() - make_interval(mins => ${WINDOW_MINUTES})
                            THEN now() ELSE t.window_start END,
        locked_until = CASE WHEN (CASE WHEN t.window_start < now() - make_interval(mins => ${WINDOW_MINUTES})
                                       THEN 1 ELSE t.failures + 1 END) >= ${limit}
                            THEN now() + make_interval(mins => ${WINDOW_MINUTES}) ELSE t.locked_until END`.execute(
      db.app,
    );
  }
}

/** A successful login clears the name's counter (not the address's). */
export async function clearLoginFailures(db: Db, username: string): Promise<void> {
  await db.app.deleteFrom('login_throttle').where('key', '=', keyFor('user', username)).execute();
}
