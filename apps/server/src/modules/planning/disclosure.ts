// Statistical disclosure control for the planning figures. Every count that leaves the server passes
// here: counts 1–2 are suppressed, counts below office level are rounded to multiples of 5, means on
// fewer than 5 cases are suppressed, and tables get secondary suppression so that no suppressed value can
// be recovered from the published cells and totals. Pure functions, no I/O.
import { SUPPRESSED } from '@lotse/shared';
import {
  cellEntry,
  colTotalEntry,
  entryCount,
  grandTotalEntry,
  ResidualGraph,
  rowTotalEntry,
  type TableLayout,
} from './feasibility.js';

export type Published = number | typeof SUPPRESSED;

/** Counts below this are suppressed (0 excepted). */
const THRESHOLD = 3;
/** Counts below office level are rounded to multiples of this. */
const ROUNDING_BASE = 5;
/** Means on fewer cases than this are suppressed. */
const MIN_MEAN_CASES = 5;

/** Throws unless `count` is a non-negative safe integer. */
function assertCount(count: number, what = 'count'): void {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new Error(`${what} must be a non-negative safe integer, got ${String(count)}`);
  }
}

/** Rounds a count to the nearest multiple of the rounding base, halves up. */
function roundToBase(count: number): number {
  return Math.floor((count + ROUNDING_BASE / 2) / ROUNDING_BASE) * ROUNDING_BASE;
}

/** The published form of one count: exact (office level) or rounded to 5; 1–2 suppressed. */
export function publishCount(count: number, exact: boolean): Published {
  assertCount(count);
  if (count === 0) return 0;
  if (count < THRESHOLD) return SUPPRESSED;
  return exact ? count : roundToBase(count);
}

/** A mean of `n` values with this sum, one decimal; "." when n < 5 (or n not a safe count). */
export function publishMean(sum: number, n: number): Published {
  if (!Number.isSafeInteger(n) || n < MIN_MEAN_CASES) return SUPPRESSED;
  if (!Number.isFinite(sum)) throw new Error(`sum must be a finite number, got ${String(sum)}`);
  const tenths = Math.round((sum * 10) / n);
  return tenths === 0 ? 0 : tenths / 10;
}

/** True when a published value reveals nothing below the threshold (0, a number ≥ 3, or "."). */
export function isSafeCount(p: Published): boolean {
  if (p === SUPPRESSED) return true;
  return p === 0 || (Number.isFinite(p) && p >= THRESHOLD);
}

export interface ProtectedTable {
  cells: Published[][]; // [row][col]
  rowTotals: Published[]; // per row, sum over the columns
  colTotals: Published[]; // per column, sum over the rows
  grandTotal: Published; // office level: exact unless suppressed
}

/** Which values of a table are suppressed (same shape as a ProtectedTable). */
export interface SuppressionMask {
  cells: boolean[][];
  rowTotals: boolean[];
  colTotals: boolean[];
  grandTotal: boolean;
}

/** A line of the table: parts that add up to a total (a row, a column, or one of the margins). */
interface Line {
  readonly total: number;
  readonly parts: readonly number[];
}

/** The working state of one protection run, over flat entry numbers (see feasibility.ts). */
interface Work {
  readonly layout: TableLayout;
  readonly value: readonly number[];
  readonly exact: readonly boolean[];
  readonly rank: readonly number[];
  readonly suppressed: Uint8Array;
  readonly lines: readonly Line[];
  readonly linesOf: readonly (readonly number[])[];
  /** The true table in the attacker's view of the current publication. */
  readonly graph: ResidualGraph;
  /** Suppressed entries already shown to have a second value (suppression only widens bounds). */
  readonly free: Uint8Array;
}

/**
 * Protects a two-way table of exact non-negative integer counts (rows × cols; a one-way table has one
 * column). Cells and column totals are below office level (rounded); the grand total is office level
 * (exact); row totals are exact when `rowTotalsExact` (used when the rows are periods of the whole office)
 * and rounded otherwise. Primary suppression (counts 1–2), then secondary suppression until no suppressed
 * value (cell or margin) can be derived from the published ones.
 */
export function protectTable(cells: number[][], opts: { rowTotalsExact: boolean }): ProtectedTable {
  const work = protect(cells, opts);
  const publish = (e: number): Published =>
    work.suppressed[e] === 1 ? SUPPRESSED : publishCount(work.value[e]!, work.exact[e]!);
  return mapEntries(work.layout, publish);
}

/** The suppression pattern protectTable publishes (true: suppressed). */
export function suppressionMask(cells: number[][], opts: { rowTotalsExact: boolean }): SuppressionMask {
  const work = protect(cells, opts);
  return mapEntries(work.layout, (e) => work.suppressed[e] === 1);
}

/**
 * Runs primary suppression, then the line heuristic and the verification with repair in turn until the
 * verification adds nothing (a repair may leave a line with a single suppressed member).
 */
function protect(cells: number[][], opts: { rowTotalsExact: boolean }): Work {
  const work = initialWork(cells, opts.rowTotalsExact);
  for (let e = 0; e < work.value.length; e++) {
    const v = work.value[e]!;
    if (v > 0 && v < THRESHOLD) suppress(work, e);
  }
  do applyLineRules(work);
  while (verifyAndRepair(work));
  return work;
}

/** Suppresses entry e and widens its bounds in the attacker's view accordingly. */
function suppress(work: Work, e: number): void {
  work.suppressed[e] = 1;
  const [lo, hi] = publicBounds(work, e);
  work.graph.setBounds(e, lo, hi);
}

/** Builds a table-shaped result from one function per flat entry. */
function mapEntries<T>(
  l: TableLayout,
  at: (e: number) => T,
): { cells: T[][]; rowTotals: T[]; colTotals: T[]; grandTotal: T } {
  const range = (n: number) => Array.from({ length: n }, (_, k) => k);
  return {
    cells: range(l.rows).map((i) => range(l.cols).map((j) => at(cellEntry(l, i, j)))),
    rowTotals: range(l.rows).map((i) => at(rowTotalEntry(l, i))),
    colTotals: range(l.cols).map((j) => at(colTotalEntry(l, j))),
    grandTotal: at(grandTotalEntry(l)),
  };
}

/** Validates the input and returns its layout. */
function layoutOf(cells: number[][]): TableLayout {
  if (!Array.isArray(cells)) throw new Error('table must be an array of rows');
  const cols = cells.length > 0 && Array.isArray(cells[0]) ? cells[0].length : 0;
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i];
    if (!Array.isArray(row) || row.length !== cols) throw new Error(`row ${i} must have ${cols} cells`);
    // Indexed loops, not forEach: forEach would skip the holes of a sparse array.
    for (let j = 0; j < cols; j++) assertCount(row[j]!, `cell [${i}][${j}]`);
  }
  return { rows: cells.length, cols };
}

/** Flat values, publication modes, ranks and lines of a validated table; nothing suppressed yet. */
function initialWork(cells: number[][], rowTotalsExact: boolean): Work {
  const layout = layoutOf(cells);
  const n = entryCount(layout);
  const value = new Array<number>(n).fill(0);
  const exact = new Array<boolean>(n).fill(false);
  const rank = new Array<number>(n).fill(1);
  for (let i = 0; i < layout.rows; i++) {
    for (let j = 0; j < layout.cols; j++) {
      const v = cells[i]![j]!;
      value[cellEntry(layout, i, j)] = v;
      value[rowTotalEntry(layout, i)]! += v;
      value[colTotalEntry(layout, j)]! += v;
      value[grandTotalEntry(layout)]! += v;
      rank[cellEntry(layout, i, j)] = 0;
    }
    exact[rowTotalEntry(layout, i)] = rowTotalsExact;
  }
  exact[grandTotalEntry(layout)] = true;
  rank[grandTotalEntry(layout)] = 2;
  assertCount(value[grandTotalEntry(layout)]!, 'grand total');
  const lines = tableLines(layout);
  const linesOf = Array.from({ length: n }, (): number[] => []);
  lines.forEach((line, k) => {
    for (const e of [...line.parts, line.total]) linesOf[e]!.push(k);
  });
  const suppressed = new Uint8Array(n);
  const known = { value, exact, suppressed };
  const bounds = {
    lo: value.map((_, e) => publicBounds(known, e)[0]),
    hi: value.map((_, e) => publicBounds(known, e)[1]),
  };
  const graph = new ResidualGraph(layout, value, bounds);
  return { layout, value, exact, rank, suppressed, lines, linesOf, graph, free: new Uint8Array(n) };
}

/** Every row, every column, the row totals with the grand total and the column totals with it. */
function tableLines(l: TableLayout): Line[] {
  const lines: Line[] = [];
  const rowIds = Array.from({ length: l.rows }, (_, i) => i);
  const colIds = Array.from({ length: l.cols }, (_, j) => j);
  for (const i of rowIds) {
    lines.push({ total: rowTotalEntry(l, i), parts: colIds.map((j) => cellEntry(l, i, j)) });
  }
  for (const j of colIds) {
    lines.push({ total: colTotalEntry(l, j), parts: rowIds.map((i) => cellEntry(l, i, j)) });
  }
  lines.push({ total: grandTotalEntry(l), parts: rowIds.map((i) => rowTotalEntry(l, i)) });
  lines.push({ total: grandTotalEntry(l), parts: colIds.map((j) => colTotalEntry(l, j)) });
  return lines;
}

/**
 * The classical heuristic, repeated until stable: a line with exactly one suppressed member, or with a
 * published total whose suppressed parts add up to less than the threshold, gets its smallest non-zero
 * unsuppressed member suppressed too. Relies on no rounding interval.
 */
function applyLineRules(work: Work): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of work.lines) {
      if (!lineNeedsMore(work, line)) continue;
      const pick = cheapest(work, [...line.parts, line.total]);
      if (pick >= 0) {
        suppress(work, pick);
        changed = true;
      }
    }
  }
}

/** Whether a line leaks: one suppressed member alone, or suppressed parts with a small known sum. */
function lineNeedsMore(work: Work, line: Line): boolean {
  let count = work.suppressed[line.total]!;
  let partSum = 0;
  for (const e of line.parts) {
    if (work.suppressed[e] === 1) {
      count += 1;
      partSum += work.value[e]!;
    }
  }
  if (count === 1) return true;
  return count > 0 && work.suppressed[line.total] === 0 && partSum < THRESHOLD;
}

/**
 * The best further entry to suppress among `candidates`: unsuppressed and non-zero (zeros stay published,
 * so a suppressed value is known to be ≥ 1), smallest value first, then cells before margins before the
 * grand total, then by position. −1 when there is none.
 */
function cheapest(work: Work, candidates: readonly number[]): number {
  let best = -1;
  for (const e of candidates) {
    if (work.suppressed[e] === 1 || work.value[e] === 0) continue;
    if (best < 0 || cheaper(work, e, best)) best = e;
  }
  return best;
}

/** Whether suppressing a costs less than suppressing b (value, then rank, then position). */
function cheaper(work: Work, a: number, b: number): boolean {
  const byValue = work.value[a]! - work.value[b]!;
  if (byValue !== 0) return byValue < 0;
  const byRank = work.rank[a]! - work.rank[b]!;
  return byRank !== 0 ? byRank < 0 : a < b;
}

/**
 * What the public can infer about one entry: suppressed values lie in [1, ∞) (zeros are never
 * suppressed), zeros and exact values are known, a rounded r > 0 means [max(3, r − 2), r + 2].
 */
function publicBounds(work: Pick<Work, 'value' | 'exact' | 'suppressed'>, e: number): [number, number] {
  const v = work.value[e]!;
  if (work.suppressed[e] === 1) return [1, Number.POSITIVE_INFINITY];
  if (v === 0 || work.exact[e]) return [v, v];
  const r = roundToBase(v);
  return [Math.max(THRESHOLD, r - 2), r + 2];
}

/**
 * Checks every suppressed entry against everything published (cells, margins, rounding intervals, known
 * zeros): it must be able to take a second value. A pinned entry gets a further suppression — one that
 * frees it if a single one can, else the cheapest in its lines, else the cheapest anywhere — and is checked
 * again. Suppression only widens bounds, so an entry once free stays free; with every non-zero entry
 * suppressed all are free, so this terminates. Returns whether it suppressed anything.
 */
function verifyAndRepair(work: Work): boolean {
  let repaired = false;
  let pending: number[] = [];
  for (let e = 0; e < work.value.length; e++) {
    if (work.suppressed[e] === 1 && work.free[e] === 0) pending.push(e);
  }
  while (pending.length > 0) {
    const again: number[] = [];
    for (const e of pending) {
      if (work.graph.canMove(e)) {
        work.free[e] = 1;
        continue;
      }
      const pick = repairFor(work, e);
      suppress(work, pick);
      repaired = true;
      again.push(e, pick);
    }
    pending = again;
  }
  return repaired;
}

/** The further entry to suppress for the pinned entry e. */
function repairFor(work: Work, e: number): number {
  const freeing = cheapest(work, work.graph.unpinningEntries(e, 1));
  if (freeing >= 0) return freeing;
  const inLines = cheapest(
    work,
    work.linesOf[e]!.flatMap((k) => [...work.lines[k]!.parts, work.lines[k]!.total]),
  );
  if (inLines >= 0) return inLines;
  const anywhere = cheapest(
    work,
    work.value.map((_, f) => f),
  );
  if (anywhere < 0) throw new Error('disclosure control: no entry left to suppress');
  return anywhere;
}
