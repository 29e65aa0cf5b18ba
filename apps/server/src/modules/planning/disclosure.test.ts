import { SUPPRESSED } from '@lotse/shared';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSafeCount,
  type ProtectedTable,
  type Published,
  protectTable,
  publishCount,
  publishMean,
  suppressionMask,
} from './disclosure.js';
import {
  cellEntry,
  colTotalEntry,
  type EntryBounds,
  entryCount,
  grandTotalEntry,
  hasAlternative,
  isFeasible,
  isFeasibleWith,
  ResidualGraph,
  rowTotalEntry,
  type TableLayout,
} from './feasibility.js';

const RUNS = 500;
const INF = Number.POSITIVE_INFINITY;

/** A published value with whether it is exact (office level) or rounded, flattened in entry order. */
interface FlatEntry {
  published: Published;
  exact: boolean;
  truth: number;
}

/** The true values of a table (cells, row totals, column totals, grand total) in entry order. */
function trueValues(cells: number[][]): number[] {
  const l = layoutOf(cells);
  const values = new Array<number>(entryCount(l)).fill(0);
  for (let i = 0; i < l.rows; i++) {
    for (let j = 0; j < l.cols; j++) {
      const v = cells[i]![j]!;
      values[cellEntry(l, i, j)] = v;
      values[rowTotalEntry(l, i)]! += v;
      values[colTotalEntry(l, j)]! += v;
      values[grandTotalEntry(l)]! += v;
    }
  }
  return values;
}

/** The entries of a protected table with their true values, in the entry numbering of feasibility.ts. */
function flatten(cells: number[][], t: ProtectedTable, rowTotalsExact: boolean): FlatEntry[] {
  const l = layoutOf(cells);
  const truth = trueValues(cells);
  const out: FlatEntry[] = new Array<FlatEntry>(entryCount(l));
  for (let i = 0; i < l.rows; i++) {
    for (let j = 0; j < l.cols; j++) {
      const e = cellEntry(l, i, j);
      out[e] = { published: t.cells[i]![j]!, exact: false, truth: truth[e]! };
    }
    const e = rowTotalEntry(l, i);
    out[e] = { published: t.rowTotals[i]!, exact: rowTotalsExact, truth: truth[e]! };
  }
  for (let j = 0; j < l.cols; j++) {
    const e = colTotalEntry(l, j);
    out[e] = { published: t.colTotals[j]!, exact: false, truth: truth[e]! };
  }
  const g = grandTotalEntry(l);
  out[g] = { published: t.grandTotal, exact: true, truth: truth[g]! };
  return out;
}

/** The layout of a rectangular table. */
function layoutOf(cells: number[][]): TableLayout {
  return { rows: cells.length, cols: cells[0]?.length ?? 0 };
}

/** The lines of a table: each row, each column, the row totals and the column totals with their total. */
function tableLines(l: TableLayout): { total: number; parts: number[] }[] {
  const rows = Array.from({ length: l.rows }, (_, i) => i);
  const cols = Array.from({ length: l.cols }, (_, j) => j);
  return [
    ...rows.map((i) => ({ total: rowTotalEntry(l, i), parts: cols.map((j) => cellEntry(l, i, j)) })),
    ...cols.map((j) => ({ total: colTotalEntry(l, j), parts: rows.map((i) => cellEntry(l, i, j)) })),
    { total: grandTotalEntry(l), parts: rows.map((i) => rowTotalEntry(l, i)) },
    { total: grandTotalEntry(l), parts: cols.map((j) => colTotalEntry(l, j)) },
  ];
}

/**
 * The attacker's knowledge of one published value, written independently of the production code:
 * "." lies in [suppressedMin, ∞); an exact value is known; a rounded 0 is exactly 0 (1–2 are suppressed,
 * not rounded); a rounded r > 0 lies in [r − 2, r + 2].
 */
function attackerInterval(p: Published, exact: boolean, suppressedMin: number): [number, number] {
  if (p === SUPPRESSED) return [suppressedMin, INF];
  if (exact || p === 0) return [p, p];
  return [Math.max(0, p - 2), p + 2];
}

/** The attacker's bounds for every entry of a published table. */
function attackerBounds(entries: FlatEntry[], suppressedMin: number): EntryBounds {
  const pairs = entries.map((x) => attackerInterval(x.published, x.exact, suppressedMin));
  return { lo: pairs.map((p) => p[0]), hi: pairs.map((p) => p[1]) };
}

const countArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.constant(1) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 6 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 40 }) },
);
/** Random tables of 1–5 rows × 1–4 columns, mostly small counts. */
const tableArb = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(countArb, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  );

/** Deterministic pseudo-random numbers (mulberry32) for the fixed larger cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A rows × cols table of mostly small counts from a seed. */
function randomTable(rows: number, cols: number, seed: number): number[][] {
  const next = prng(seed);
  const draw = () => {
    const u = next();
    if (u < 0.2) return 0;
    if (u < 0.7) return Math.floor(next() * 7);
    return Math.floor(next() * 41);
  };
  return Array.from({ length: rows }, () => Array.from({ length: cols }, draw));
}

/** Entries that are suppressed in the published table but cannot take a second value. */
function derivableEntries(cells: number[][], t: ProtectedTable, rowTotalsExact: boolean): number[] {
  const l = layoutOf(cells);
  const entries = flatten(cells, t, rowTotalsExact);
  const bounds = attackerBounds(entries, 1);
  const pinned: number[] = [];
  entries.forEach((x, e) => {
    if (x.published === SUPPRESSED && !hasAlternative(l, bounds, e, x.truth)) pinned.push(e);
  });
  return pinned;
}

describe('publishCount', () => {
  it('keeps 0, suppresses 1 and 2, rounds to 5 below office level and is exact at office level', () => {
    expect(publishCount(0, false)).toBe(0);
    expect(publishCount(0, true)).toBe(0);
    expect(publishCount(1, false)).toBe(SUPPRESSED);
    expect(publishCount(2, true)).toBe(SUPPRESSED);
    expect(publishCount(3, false)).toBe(5);
    expect(publishCount(3, true)).toBe(3);
    expect(publishCount(7, false)).toBe(5);
    expect(publishCount(8, false)).toBe(10);
    expect(publishCount(12, false)).toBe(10);
    expect(publishCount(13, false)).toBe(15);
    expect(publishCount(13, true)).toBe(13);
    expect(publishCount(1002, false)).toBe(1000);
  });

  it('rejects what is not a count', () => {
    for (const bad of [-1, 1.5, Number.NaN, INF, 2 ** 53]) expect(() => publishCount(bad, false)).toThrow();
  });
});

describe('publishMean', () => {
  it('suppresses means on fewer than 5 cases and gives one decimal otherwise', () => {
    expect(publishMean(40, 4)).toBe(SUPPRESSED);
    expect(publishMean(0, 0)).toBe(SUPPRESSED);
    expect(publishMean(12, 5)).toBe(2.4);
    expect(publishMean(23, 20)).toBe(1.2); // 1.15 rounds half up
    expect(publishMean(10, 3)).toBe(SUPPRESSED);
    expect(publishMean(10, 6)).toBe(1.7);
    expect(publishMean(0, 7)).toBe(0);
    expect(publishMean(10, 5.5)).toBe(SUPPRESSED);
    expect(publishMean(10, -6)).toBe(SUPPRESSED);
  });

  it('rejects a sum that is not a number', () => {
    expect(() => publishMean(Number.NaN, 10)).toThrow();
  });
});

describe('isSafeCount', () => {
  it('accepts 0, numbers ≥ 3 and "." only', () => {
    const safe: Published[] = [0, 3, 5, 1000, SUPPRESSED];
    const unsafe: Published[] = [1, 2, 2.9, -5];
    expect(safe.every(isSafeCount)).toBe(true);
    expect(unsafe.some(isSafeCount)).toBe(false);
  });
});

describe('protectTable', () => {
  it('one-way table [[2],[10],[20]]: the 2 and another cell are suppressed and neither is derivable', () => {
    for (const rowTotalsExact of [false, true]) {
      const cells = [[2], [10], [20]];
      const t = protectTable(cells, { rowTotalsExact });
      expect(t.cells[0]).toEqual([SUPPRESSED]);
      expect(t.cells.filter((row) => row[0] === SUPPRESSED).length).toBeGreaterThanOrEqual(2);
      expect(t.grandTotal).toBe(32);
      expect(derivableEntries(cells, t, rowTotalsExact)).toEqual([]);
    }
  });

  it('publishes the example one-way table as expected', () => {
    expect(protectTable([[2], [10], [20]], { rowTotalsExact: false })).toEqual({
      cells: [[SUPPRESSED], [SUPPRESSED], [20]],
      rowTotals: [SUPPRESSED, SUPPRESSED, 20],
      colTotals: [30],
      grandTotal: 32,
    });
  });

  it('protects a table with a single non-zero row', () => {
    const cells = [
      [0, 0, 0],
      [4, 1, 7],
      [0, 0, 0],
    ];
    for (const rowTotalsExact of [false, true]) {
      const t = protectTable(cells, { rowTotalsExact });
      expect(t.cells[0]).toEqual([0, 0, 0]);
      expect(t.cells[2]).toEqual([0, 0, 0]);
      expect(t.cells[1]![1]).toBe(SUPPRESSED);
      expect(derivableEntries(cells, t, rowTotalsExact)).toEqual([]);
    }
  });

  it('publishes an all-zero table as zeros', () => {
    expect(
      protectTable(
        [
          [0, 0],
          [0, 0],
        ],
        { rowTotalsExact: true },
      ),
    ).toEqual({
      cells: [
        [0, 0],
        [0, 0],
      ],
      rowTotals: [0, 0],
      colTotals: [0, 0],
      grandTotal: 0,
    });
  });

  it('handles tables without rows or columns', () => {
    expect(protectTable([], { rowTotalsExact: false })).toEqual({
      cells: [],
      rowTotals: [],
      colTotals: [],
      grandTotal: 0,
    });
    expect(protectTable([[], []], { rowTotalsExact: true })).toEqual({
      cells: [[], []],
      rowTotals: [0, 0],
      colTotals: [],
      grandTotal: 0,
    });
  });

  it('publishes a table without small counts unchanged but rounded', () => {
    expect(
      protectTable(
        [
          [3, 12],
          [0, 40],
        ],
        { rowTotalsExact: true },
      ),
    ).toEqual({
      cells: [
        [5, 10],
        [0, 40],
      ],
      rowTotals: [15, 40],
      colTotals: [5, 50],
      grandTotal: 55,
    });
  });

  it('suppresses a small grand total and everything that would give it away', () => {
    const t = protectTable(
      [
        [1, 0],
        [0, 1],
      ],
      { rowTotalsExact: true },
    );
    expect(t.grandTotal).toBe(SUPPRESSED);
    expect(t.cells).toEqual([
      [SUPPRESSED, 0],
      [0, SUPPRESSED],
    ]);
  });

  it('suppresses the grand total when the suppressed ones would add up to it', () => {
    // Every suppressed value is ≥ 1 (zeros are never suppressed), so three suppressed ones under an
    // exact grand total of 3 would all be known to be 1.
    const cells = [[1], [0], [1], [0], [1]];
    for (const rowTotalsExact of [false, true]) {
      const t = protectTable(cells, { rowTotalsExact });
      expect(t.grandTotal).toBe(SUPPRESSED);
      expect(derivableEntries(cells, t, rowTotalsExact)).toEqual([]);
    }
    const ones = [
      [1, 1],
      [1, 1],
    ];
    expect(protectTable(ones, { rowTotalsExact: false }).grandTotal).toBe(SUPPRESSED);
    expect(derivableEntries(ones, protectTable(ones, { rowTotalsExact: true }), true)).toEqual([]);
  });

  it('suppresses an exact row total that equals the number of its suppressed cells', () => {
    const cells = [
      [1, 1, 1, 0],
      [9, 12, 30, 4],
      [6, 0, 14, 20],
    ];
    const t = protectTable(cells, { rowTotalsExact: true });
    expect(t.rowTotals[0]).toBe(SUPPRESSED);
    expect(derivableEntries(cells, t, true)).toEqual([]);
  });

  it('rejects invalid input', () => {
    const opts = { rowTotalsExact: false };
    expect(() => protectTable([[1, -1]], opts)).toThrow(Error);
    expect(() => protectTable([[1.5]], opts)).toThrow(Error);
    expect(() => protectTable([[Number.NaN]], opts)).toThrow(Error);
    expect(() => protectTable([[1], [1, 2]], opts)).toThrow(Error);
    expect(() => protectTable([[2 ** 53]], opts)).toThrow(Error);
    expect(() => protectTable([[2 ** 52], [2 ** 52]], opts)).toThrow(Error);
    expect(() => protectTable('x' as unknown as number[][], opts)).toThrow(Error);
    expect(() => protectTable([null] as unknown as number[][], opts)).toThrow(Error);
    // biome-ignore lint/suspicious/noSparseArray: a sparse row is invalid input
    expect(() => protectTable([[, 1]] as unknown as number[][], opts)).toThrow(Error);
    expect(() => protectTable([['3']] as unknown as number[][], opts)).toThrow(Error);
  });

  it('the mask matches the published table', () => {
    const cells = [
      [1, 5, 9],
      [0, 2, 30],
    ];
    const mask = suppressionMask(cells, { rowTotalsExact: false });
    const t = protectTable(cells, { rowTotalsExact: false });
    expect(mask.cells).toEqual(t.cells.map((row) => row.map((p) => p === SUPPRESSED)));
    expect(mask.rowTotals).toEqual(t.rowTotals.map((p) => p === SUPPRESSED));
    expect(mask.colTotals).toEqual(t.colTotals.map((p) => p === SUPPRESSED));
    expect(mask.grandTotal).toBe(t.grandTotal === SUPPRESSED);
  });
});

describe('protectTable properties', () => {
  it('(a) publishes only 0, values ≥ 3 and "."; rounded ones are multiples of 5, exact ones true', () => {
    fc.assert(
      fc.property(tableArb, fc.boolean(), (cells, rowTotalsExact) => {
        const entries = flatten(cells, protectTable(cells, { rowTotalsExact }), rowTotalsExact);
        for (const x of entries) {
          expect(isSafeCount(x.published)).toBe(true);
          if (x.published === SUPPRESSED) {
            expect(x.truth).toBeGreaterThan(0);
            continue;
          }
          if (x.exact) expect(x.published).toBe(x.truth);
          else expect(x.published).toBe(publishCount(x.truth, false));
          expect(x.published % (x.exact ? 1 : 5)).toBe(0);
          if (x.truth > 0 && x.truth < 3) throw new Error(`published a small count ${x.truth}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('(b) no suppressed value is derivable from what is published', () => {
    fc.assert(
      fc.property(tableArb, fc.boolean(), (cells, rowTotalsExact) => {
        const t = protectTable(cells, { rowTotalsExact });
        expect(derivableEntries(cells, t, rowTotalsExact)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('(c) the true table is consistent with what is published', () => {
    fc.assert(
      fc.property(tableArb, fc.boolean(), (cells, rowTotalsExact) => {
        const l = layoutOf(cells);
        const entries = flatten(cells, protectTable(cells, { rowTotalsExact }), rowTotalsExact);
        for (const suppressedMin of [0, 1]) {
          const bounds = attackerBounds(entries, suppressedMin);
          entries.forEach((x, e) => {
            expect(x.truth).toBeGreaterThanOrEqual(bounds.lo[e]!);
            expect(x.truth).toBeLessThanOrEqual(bounds.hi[e]!);
          });
          expect(isFeasible(l, bounds)).toBe(true);
          const g = grandTotalEntry(l);
          expect(isFeasibleWith(l, bounds, g, entries[g]!.truth)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('(d) is deterministic', () => {
    fc.assert(
      fc.property(tableArb, fc.boolean(), (cells, rowTotalsExact) => {
        const copy = cells.map((row) => [...row]);
        const first = protectTable(cells, { rowTotalsExact });
        expect(cells).toEqual(copy);
        expect(protectTable(copy, { rowTotalsExact })).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('(e) leaves no line with a single suppressed member or a published total over a small suppressed sum', () => {
    fc.assert(
      fc.property(tableArb, fc.boolean(), (cells, rowTotalsExact) => {
        const l = layoutOf(cells);
        const entries = flatten(cells, protectTable(cells, { rowTotalsExact }), rowTotalsExact);
        for (const { total, parts } of tableLines(l)) {
          const suppressedParts = parts.filter((e) => entries[e]!.published === SUPPRESSED);
          const totalSuppressed = entries[total]!.published === SUPPRESSED;
          const count = suppressedParts.length + (totalSuppressed ? 1 : 0);
          expect(count).not.toBe(1);
          const partSum = suppressedParts.reduce((a, e) => a + entries[e]!.truth, 0);
          if (count > 0 && !totalSuppressed) expect(partSum).toBeGreaterThanOrEqual(3);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('suppresses a zero never and a value ≥ 3 only as a secondary suppression', () => {
    fc.assert(
      fc.property(tableArb, fc.boolean(), (cells, rowTotalsExact) => {
        const entries = flatten(cells, protectTable(cells, { rowTotalsExact }), rowTotalsExact);
        const primary = entries.filter((x) => x.truth > 0 && x.truth < 3);
        expect(primary.every((x) => x.published === SUPPRESSED)).toBe(true);
        expect(entries.filter((x) => x.truth === 0).every((x) => x.published === 0)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('protects larger tables too (fixed seeds, 12 × 8)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const cells = randomTable(12, 8, seed);
      for (const rowTotalsExact of [false, true]) {
        const t = protectTable(cells, { rowTotalsExact });
        expect(derivableEntries(cells, t, rowTotalsExact)).toEqual([]);
      }
    }
  });

  it('protects a 150 × 25 table quickly', () => {
    const cells = randomTable(150, 25, 42);
    for (const rowTotalsExact of [false, true]) {
      const started = performance.now();
      const t = protectTable(cells, { rowTotalsExact });
      const elapsed = performance.now() - started;
      expect(t.cells).toHaveLength(150);
      expect(elapsed).toBeLessThan(1000);
    }
  });
});

/** All tables with cells in 0..max for a layout, flattened in entry order (margins computed). */
function* allTables(l: TableLayout, max: number): Generator<number[]> {
  const cells = new Array<number>(l.rows * l.cols).fill(0);
  const shaped = () => Array.from({ length: l.rows }, (_, i) => cells.slice(i * l.cols, (i + 1) * l.cols));
  for (;;) {
    yield trueValues(shaped());
    let k = 0;
    while (k < cells.length && cells[k] === max) cells[k++] = 0;
    if (k === cells.length) return;
    cells[k]! += 1;
  }
}

/** Whether a flat table lies within the bounds. */
function within(values: number[], b: EntryBounds): boolean {
  return values.every((v, e) => v >= b.lo[e]! && v <= b.hi[e]!);
}

const boundArb = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 6 })).map(([lo, w]) => [lo, lo + w]),
  fc.integer({ min: 0, max: 6 }).map((lo) => [lo, INF]),
);

describe('feasibility checker against brute force', () => {
  it('isFeasible agrees with enumeration when the cells are bounded', () => {
    const layouts: TableLayout[] = [
      { rows: 2, cols: 2 },
      { rows: 1, cols: 3 },
      { rows: 3, cols: 1 },
      { rows: 2, cols: 3 },
    ];
    const arb = fc
      .constantFrom(...layouts)
      .chain((l) =>
        fc
          .array(boundArb, { minLength: entryCount(l), maxLength: entryCount(l) })
          .map((pairs) => ({ l, pairs })),
      );
    fc.assert(
      fc.property(arb, ({ l, pairs }) => {
        const max = l.rows * l.cols > 4 ? 3 : 5;
        // Cells are capped at `max` in the bounds, so enumeration is exhaustive.
        const lo = pairs.map((p) => p[0]!);
        const hi = pairs.map((p, e) => (e < l.rows * l.cols ? Math.min(p[1]!, max) : p[1]!));
        const bounds = { lo, hi };
        let expected = false;
        for (const values of allTables(l, max)) {
          if (within(values, bounds)) {
            expected = true;
            break;
          }
        }
        expect(isFeasible(l, bounds)).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('hasAlternative agrees with enumerating every 2 × 2 table consistent with a publication', () => {
    const l = { rows: 2, cols: 2 };
    const small = fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 2 }), {
      minLength: 2,
      maxLength: 2,
    });
    fc.assert(
      fc.property(small, fc.boolean(), fc.constantFrom(0, 1), (cells, rowTotalsExact, suppressedMin) => {
        const entries = flatten(cells, protectTable(cells, { rowTotalsExact }), rowTotalsExact);
        const bounds = attackerBounds(entries, suppressedMin);
        // Another consistent table, if any, differs from the true one by ±1 along one cycle, so cells up
        // to 6 (true ≤ 4) are enough to find it; the consistent values of one entry form an interval.
        const seen = entries.map(() => new Set<number>());
        for (const values of allTables(l, 6)) {
          if (!within(values, bounds)) continue;
          values.forEach((v, e) => {
            seen[e]!.add(v);
          });
        }
        entries.forEach((x, e) => {
          expect(seen[e]!.has(x.truth)).toBe(true);
          const other = seen[e]!.has(x.truth - 1) || seen[e]!.has(x.truth + 1);
          expect(hasAlternative(l, bounds, e, x.truth)).toBe(other);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('the residual-graph check of the production code agrees with the max-flow check', () => {
    const arb = tableArb.chain((cells) =>
      fc
        .array(
          fc.tuple(fc.integer({ min: 0, max: 3 }), fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(-1))),
          { minLength: entryCount(layoutOf(cells)), maxLength: entryCount(layoutOf(cells)) },
        )
        .map((slack) => ({ cells, slack })),
    );
    fc.assert(
      fc.property(arb, ({ cells, slack }) => {
        const l = layoutOf(cells);
        const truth = trueValues(cells);
        // Random bounds around the true values (−1: unbounded above), so the true table is feasible.
        const lo = truth.map((v, e) => Math.max(0, v - slack[e]![0]));
        const hi = truth.map((v, e) => (slack[e]![1] < 0 ? INF : v + slack[e]![1]));
        const bounds = { lo, hi };
        const graph = new ResidualGraph(l, truth, bounds);
        truth.forEach((v, e) => {
          expect(graph.canIncrease(e)).toBe(isFeasibleWith(l, bounds, e, v + 1));
          expect(graph.canDecrease(e)).toBe(isFeasibleWith(l, bounds, e, v - 1));
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('names exactly the single relaxations that free a pinned entry', () => {
    const arb = tableArb.chain((cells) =>
      fc
        .array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), {
          minLength: entryCount(layoutOf(cells)),
          maxLength: entryCount(layoutOf(cells)),
        })
        .map((slack) => ({ cells, slack })),
    );
    fc.assert(
      fc.property(arb, ({ cells, slack }) => {
        const l = layoutOf(cells);
        const truth = trueValues(cells);
        const lo = truth.map((v, e) => Math.max(0, v - slack[e]![0]));
        const hi = truth.map((v, e) => v + slack[e]![1]);
        const graph = new ResidualGraph(l, truth, { lo, hi });
        truth.forEach((v, e) => {
          if (graph.canMove(e)) return;
          const named = new Set(graph.unpinningEntries(e, 1));
          truth.forEach((w, f) => {
            if (f === e || w < 1) return;
            const relaxedLo = lo.map((x, k) => (k === f ? 1 : x));
            const relaxedHi = hi.map((x, k) => (k === f ? INF : x));
            const frees = hasAlternative(l, { lo: relaxedLo, hi: relaxedHi }, e, v);
            expect(named.has(f)).toBe(frees);
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds a known pinned cell: a single suppressed cell beside exact margins', () => {
    const l = { rows: 1, cols: 2 };
    // Cells 2 (suppressed) and 4 (exact), row total 6 exact: the 2 is pinned.
    const bounds = { lo: [0, 4, 6, 0, 4, 6], hi: [INF, 4, 6, INF, 4, 6] };
    expect(hasAlternative(l, bounds, cellEntry(l, 0, 0), 2)).toBe(false);
    expect(isFeasibleWith(l, bounds, cellEntry(l, 0, 0), 2)).toBe(true);
    expect(isFeasibleWith(l, bounds, cellEntry(l, 0, 0), 3)).toBe(false);
  });
});
