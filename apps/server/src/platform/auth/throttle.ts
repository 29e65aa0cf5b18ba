import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';

/**
 * Throttling without denial of service (decision 0013). Failures are counted per key — an account,
 * an account at one address, an address, a family code — and after a few free failures each further
 * one makes the key wait, twice as long as before, up to a cap. Nothing is locked for good: the
 * account key's wait never exceeds a minute, so a stranger who types wrong passwords for someone
 * else's name cannot keep its owner out, while the guesser at one address soon waits a quarter hour.
 */
export interface ThrottleRule {
  /** Failures that cost nothing (typos). */
  free: number;
  /** The longest wait, in seconds. */
  maxDelaySeconds: number;
}

export const THROTTLE_RULES = {
  /** A staff account, from anywhere: never more than a minute's wait for its owner. */
  account: { free: 5, maxDelaySeconds: 60 },
  /** A staff account from one address: the one guessing. */
  accountAtAddress: { free: 3, maxDelaySeconds: 15 * 60 },
  /** One address, all names: password spraying. */
  address: { free: 20, maxDelaySeconds: 15 * 60 },
  /** A family code, whether it exists or not (the answer must not tell). */
  familyCode: { free: 3, maxDelaySeconds: 15 * 60 },
  /**
   * One address trying family codes. Gentle: many families may share one address (a shelter's
   * network, a mobile carrier), and from the fourth failure each try already costs a proof of work.
   */
  familyAddress: { free: 20, maxDelaySeconds: 5 * 60 },
} as const satisfies Record<string, ThrottleRule>;

export type TThrottleKind = keyof typeof THROTTLE_RULES;

/** After this long without a failure a key starts afresh. */
const FORGET_AFTER_MINUTES = 60;
const FIRST_DELAY_SECONDS = 2;

/** The wait after the `failures`-th failure: none while free, then 2 s, 4 s, 8 s … up to the cap. */
export function delayAfter(rule: ThrottleRule, failures: number): number {
  if (failures <= rule.free) return 0;
  const doublings = Math.min(failures - rule.free - 1, 30);
  return Math.min(rule.maxDelaySeconds, FIRST_DELAY_SECONDS * 2 ** doublings);
}

/** One counted key: its kind (which rule) and the value it counts (a name, an address, a code). */
export interface ThrottleKey {
  kind: TThrottleKind;
  value: string;
}

// Only hashes are stored: the table must not become a list of names, addresses or codes.
const storedKey = ({ kind, value }: ThrottleKey) =>
  `${kind}:${createHash('sha256').update(value.normalize('NFC').toLowerCase()).digest('hex')}`;

/** The keys of a staff sign-in: the account, the account at this address, the address. */
export function staffKeys(username: string, ip: string): ThrottleKey[] {
  return [
    { kind: 'account', value: username },
    { kind: 'accountAtAddress', value: `${username}\u0001${ip}` },
    { kind: 'address', value: ip },
  ];
}

/** The keys of a family sign-in: the code (known or not) and the address. */
export function familyKeys(code: string, ip: string): ThrottleKey[] {
  return [
    { kind: 'familyCode', value: code },
    { kind: 'familyAddress', value: ip },
  ];
}

/** Seconds until the next attempt for these keys is heard; 0 when none of them waits. */
export async function waitSeconds(db: Db, keys: readonly ThrottleKey[]): Promise<number> {
  const rows = await db.app
    .selectFrom('login_throttle')
    .select(sql<number>`ceil(extract(epoch FROM (locked_until - now())))::int`.as('seconds'))
    .where('key', 'in', keys.map(storedKey))
    .where('locked_until', '>', sql<Date>`now()`)
    .execute();
  return rows.reduce((max, row) => Math.max(max, row.seconds), 0);
}

/** How many failures a key has counted (0 when forgotten); for the proof-of-work decision. */
export async function failuresOf(db: Db, key: ThrottleKey): Promise<number> {
  const row = await db.app
    .selectFrom('login_throttle')
    .select('failures')
    .where('key', '=', storedKey(key))
    .where('last_failure_at', '>', sql<Date>`now() - make_interval(mins => ${FORGET_AFTER_MINUTES})`)
    .executeTakeFirst();
  return row?.failures ?? 0;
}

/** Counts a failure for each key and sets its wait by its rule. */
export async function recordFailure(db: Db, keys: readonly ThrottleKey[]): Promise<void> {
  for (const key of keys) {
    const rule = THROTTLE_RULES[key.kind];
    const row = await sql<{ failures: number }>`
      INSERT INTO login_throttle AS t (key, failures, last_failure_at)
      VALUES (${storedKey(key)}, 1, now())
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN t.last_failure_at < now() - make_interval(mins => ${FORGET_AFTER_MINUTES})
                        THEN 1 ELSE t.failures + 1 END,
        last_failure_at = now()
      RETURNING failures`.execute(db.app);
    const delay = delayAfter(rule, row.rows[0]?.failures ?? 1);
    if (delay > 0) {
      await sql`UPDATE login_throttle SET locked_until = now() + make_interval(secs => ${delay})
                WHERE key = ${storedKey(key)}`.execute(db.app);
    }
  }
}

/** A success clears the keys that belong to the one who succeeded (not the address's count). */
export async function clearFailures(db: Db, keys: readonly ThrottleKey[]): Promise<void> {
  const mine = keys.filter((key) => key.kind !== 'address' && key.kind !== 'familyAddress');
  if (mine.length === 0) return;
  await db.app.deleteFrom('login_throttle').where('key', 'in', mine.map(storedKey)).execute();
}
