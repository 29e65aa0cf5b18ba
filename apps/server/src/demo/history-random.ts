// A small seeded pseudo-random source and date helpers for the demo history: the same `now` gives
// the same history on every start, so tests and screenshots stay stable.

export const DAY_MS = 86_400_000;
/** An average month in days (365.25 / 12). */
export const MONTH_DAYS = 30.44;

/** A deterministic random source (mulberry32) with the draws the history needs. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** A whole number from `lo` to `hi`, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** A number in [lo, hi). */
  between(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Demo-Historie: leere Auswahl');
    return item;
  }

  /** One key by weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of entries) {
      r -= w;
      if (r < 0) return item;
    }
    return this.pick(entries)[0];
  }

  /** `count` different elements of a list (fewer if the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** A positive duration with the given mean, spread like a gamma distribution with shape 2. */
  duration(mean: number): number {
    return (-Math.log(1 - this.next()) - Math.log(1 - this.next())) * (mean / 2);
  }
}

/** A list with each key repeated by its count, shuffled: exact shares instead of chance ones. */
export function quota<T>(random: Random, counts: readonly (readonly [T, number])[]): T[] {
  return random.shuffle(counts.flatMap(([item, n]) => Array.from({ length: n }, () => item)));
}

/** `days` (may be fractional) after a moment. */
export const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);

/** Whole days from `a` to `b`. */
export const daysBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / DAY_MS;

/** The calendar day (UTC) of a moment, as 'YYYY-MM-DD'. */
export const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** The same day at a working hour (UTC), so timestamps look like office work. */
export function atHour(at: Date, hour: number, minute = 0): Date {
  const d = new Date(at.getTime());
  d.setUTCHours(hour, minute, 0, 0);
  return d;
}

/** The earlier of two moments. */
export const earliest = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);

/** The later of two moments. */
export const latest = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);
