// Feasibility of a table of counts in the attacker's view. A rows × cols table of non-negative integer
// cells with its row totals, column totals and grand total is a circulation in the network
// S → R_i (row total i) → C_j (cell i,j) → T (column total j) → S (grand total): flow conservation at
// every node is exactly "the margins are the sums". Bounds on every entry turn "which tables fit what was
// published" into a circulation with lower bounds; its constraint matrix is totally unimodular, so integer
// feasibility equals LP feasibility and the feasible values of one entry form an interval of integers.
// Pure functions, no I/O.

/** The shape of a table; entries are numbered cells (row-major), row totals, column totals, grand total. */
export interface TableLayout {
  readonly rows: number;
  readonly cols: number;
}

/** Lower and upper bound per entry (flat entry numbering; `hi` may be Infinity). */
export interface EntryBounds {
  readonly lo: readonly number[];
  readonly hi: readonly number[];
}

/** Entry number of cell (i, j). */
export function cellEntry(l: TableLayout, i: number, j: number): number {
  return i * l.cols + j;
}

/** Entry number of row total i. */
export function rowTotalEntry(l: TableLayout, i: number): number {
  return l.rows * l.cols + i;
}

/** Entry number of column total j. */
export function colTotalEntry(l: TableLayout, j: number): number {
  return l.rows * l.cols + l.rows + j;
}

/** Entry number of the grand total. */
export function grandTotalEntry(l: TableLayout): number {
  return l.rows * l.cols + l.rows + l.cols;
}

/** Number of entries (cells and margins). */
export function entryCount(l: TableLayout): number {
  return grandTotalEntry(l) + 1;
}

const SOURCE = 0;
const SINK = 1;

/** The circulation network of a layout: node count and the arc (from → to) every entry is the flow of. */
export interface TableNetwork {
  readonly nodes: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** Builds the network S → R_i → C_j → T → S for a layout. */
export function tableNetwork(l: TableLayout): TableNetwork {
  const n = entryCount(l);
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const rowNode = (i: number) => 2 + i;
  const colNode = (j: number) => 2 + l.rows + j;
  for (let i = 0; i < l.rows; i++) {
    for (let j = 0; j < l.cols; j++) {
      from[cellEntry(l, i, j)] = rowNode(i);
      to[cellEntry(l, i, j)] = colNode(j);
    }
    from[rowTotalEntry(l, i)] = SOURCE;
    to[rowTotalEntry(l, i)] = rowNode(i);
  }
  for (let j = 0; j < l.cols; j++) {
    from[colTotalEntry(l, j)] = colNode(j);
    to[colTotalEntry(l, j)] = SINK;
  }
  from[grandTotalEntry(l)] = SINK;
  to[grandTotalEntry(l)] = SOURCE;
  return { nodes: 2 + l.rows + l.cols, from, to };
}

/** A small max-flow graph (Dinic); arcs are stored in pairs (arc, reverse arc). */
class FlowGraph {
  private readonly head: number[];
  private readonly next: number[] = [];
  private readonly target: number[] = [];
  private readonly cap: number[] = [];
  private level: Int32Array;
  private cursor: Int32Array;

  constructor(private readonly size: number) {
    this.head = new Array<number>(size).fill(-1);
    this.level = new Int32Array(size);
    this.cursor = new Int32Array(size);
  }

  /** Adds an arc u → v with capacity c (and its reverse arc with capacity 0). */
  addArc(u: number, v: number, c: number): void {
    this.push(u, v, c);
    this.push(v, u, 0);
  }

  /** Appends one half of an arc pair. */
  private push(u: number, v: number, c: number): void {
    this.target.push(v);
    this.cap.push(c);
    this.next.push(this.head[u]!);
    this.head[u] = this.target.length - 1;
  }

  /** The maximum flow from s to t. */
  maxFlow(s: number, t: number): number {
    let total = 0;
    while (this.buildLevels(s, t)) {
      this.cursor = Int32Array.from(this.head);
      for (let pushed = this.augment(s, t, Infinity); pushed > 0; pushed = this.augment(s, t, Infinity)) {
        total += pushed;
      }
    }
    return total;
  }

  /** BFS levels from s over arcs with capacity left; true when t is reachable. */
  private buildLevels(s: number, t: number): boolean {
    this.level = new Int32Array(this.size).fill(-1);
    this.level[s] = 0;
    const queue = [s];
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q]!;
      for (let a = this.head[u]!; a !== -1; a = this.next[a]!) {
        const v = this.target[a]!;
        if (this.cap[a]! > 0 && this.level[v] === -1) {
          this.level[v] = this.level[u]! + 1;
          queue.push(v);
        }
      }
    }
    return this.level[t] !== -1;
  }

  /** One blocking-flow DFS step: pushes up to `limit` from u towards t along the level graph. */
  private augment(u: number, t: number, limit: number): number {
    if (u === t) return limit;
    for (let a = this.cursor[u]!; a !== -1; a = this.next[a]!) {
      this.cursor[u] = a;
      const v = this.target[a]!;
      if (this.cap[a]! > 0 && this.level[v] === this.level[u]! + 1) {
        const pushed = this.augment(v, t, Math.min(limit, this.cap[a]!));
        if (pushed > 0) {
          this.cap[a] = this.cap[a]! - pushed;
          this.cap[a ^ 1] = this.cap[a ^ 1]! + pushed;
          return pushed;
        }
      }
    }
    this.cursor[u] = -1;
    return 0;
  }
}

/**
 * Whether integer values within the bounds exist for all entries such that every row total is the sum of
 * its cells, every column total the sum of its column and the grand total the sum of either margin.
 * An infinite upper bound is replaced by 1 + the sum of all lower bounds, which loses no solution (a
 * minimal feasible circulation carries at most that much on any arc).
 */
export function isFeasible(l: TableLayout, bounds: EntryBounds): boolean {
  const net = tableNetwork(l);
  const n = entryCount(l);
  let lowSum = 0;
  for (let e = 0; e < n; e++) {
    const lo = bounds.lo[e]!;
    if (lo > bounds.hi[e]! || lo < 0) return false;
    lowSum += lo;
  }
  const superSource = net.nodes;
  const superSink = net.nodes + 1;
  const graph = new FlowGraph(net.nodes + 2);
  const excess = new Array<number>(net.nodes).fill(0);
  for (let e = 0; e < n; e++) {
    const lo = bounds.lo[e]!;
    const hi = Math.min(bounds.hi[e]!, Math.max(lo, lowSum + 1));
    graph.addArc(net.from[e]!, net.to[e]!, hi - lo);
    excess[net.to[e]!] = excess[net.to[e]!]! + lo;
    excess[net.from[e]!] = excess[net.from[e]!]! - lo;
  }
  let demand = 0;
  for (let v = 0; v < net.nodes; v++) {
    const x = excess[v]!;
    if (x > 0) {
      graph.addArc(superSource, v, x);
      demand += x;
    } else if (x < 0) {
      graph.addArc(v, superSink, -x);
    }
  }
  return graph.maxFlow(superSource, superSink) === demand;
}

/** Whether the bounds stay feasible with entry e fixed to `value`. */
export function isFeasibleWith(l: TableLayout, bounds: EntryBounds, e: number, value: number): boolean {
  if (value < bounds.lo[e]! || value > bounds.hi[e]!) return false;
  const lo = [...bounds.lo];
  const hi = [...bounds.hi];
  lo[e] = value;
  hi[e] = value;
  return isFeasible(l, { lo, hi });
}

/** Whether entry e, whose true value is `value`, could as well be value − 1 or value + 1. */
export function hasAlternative(l: TableLayout, bounds: EntryBounds, e: number, value: number): boolean {
  return isFeasibleWith(l, bounds, e, value - 1) || isFeasibleWith(l, bounds, e, value + 1);
}

/**
 * The residual graph of one known feasible integer solution (the true table) under mutable bounds.
 * Entry e can move to value ± 1 iff a cycle through its arc exists in the residual graph that does not use
 * e's own reverse arc (flow decomposition of the difference of two solutions). The check is a BFS, far
 * cheaper than a max-flow per entry; the production code uses it, the tests check it against isFeasible.
 */
export class ResidualGraph {
  private readonly net: TableNetwork;
  private readonly lo: number[];
  private readonly hi: number[];
  private readonly adjStart: Int32Array;
  private readonly adjEntry: Int32Array;
  private readonly mark: Int32Array;
  private readonly markBack: Int32Array;
  private stamp = 0;

  constructor(
    layout: TableLayout,
    private readonly value: readonly number[],
    bounds: EntryBounds,
  ) {
    this.net = tableNetwork(layout);
    this.lo = [...bounds.lo];
    this.hi = [...bounds.hi];
    const n = entryCount(layout);
    const degree = new Int32Array(this.net.nodes + 1);
    for (let e = 0; e < n; e++) {
      degree[this.net.from[e]! + 1]! += 1;
      degree[this.net.to[e]! + 1]! += 1;
    }
    for (let v = 0; v < this.net.nodes; v++) degree[v + 1]! += degree[v]!;
    this.adjStart = degree.slice();
    this.adjEntry = new Int32Array(2 * n);
    const fill = degree.slice();
    for (let e = 0; e < n; e++) {
      this.adjEntry[fill[this.net.from[e]!]!++] = e;
      this.adjEntry[fill[this.net.to[e]!]!++] = e;
    }
    this.mark = new Int32Array(this.net.nodes);
    this.markBack = new Int32Array(this.net.nodes);
  }

  /** Replaces the bounds of one entry (they must still contain its true value). */
  setBounds(e: number, lo: number, hi: number): void {
    this.lo[e] = lo;
    this.hi[e] = hi;
  }

  /** Whether entry e could take another value than its true one. */
  canMove(e: number): boolean {
    return this.canIncrease(e) || this.canDecrease(e);
  }

  /** Whether entry e could be one larger. */
  canIncrease(e: number): boolean {
    if (this.value[e]! >= this.hi[e]!) return false;
    return this.connects(this.net.to[e]!, this.net.from[e]!, e);
  }

  /** Whether entry e could be one smaller. */
  canDecrease(e: number): boolean {
    if (this.value[e]! <= this.lo[e]!) return false;
    return this.connects(this.net.from[e]!, this.net.to[e]!, e);
  }

  /**
   * Entries f ≠ e whose relaxation to [newLo, ∞) would let e move (with f's true value ≥ newLo): f's new
   * arc would close a cycle through e. Exact for a single relaxation; ordered by entry number.
   */
  unpinningEntries(e: number, newLo: number): number[] {
    const found = new Set<number>();
    const { from, to } = this.net;
    if (this.value[e]! < this.hi[e]!) this.collectBridges(e, to[e]!, from[e]!, newLo, found);
    if (this.value[e]! > this.lo[e]!) this.collectBridges(e, from[e]!, to[e]!, newLo, found);
    return [...found].sort((a, b) => a - b);
  }

  /** Adds to `found` the entries whose relaxed arcs would lead from the nodes reached from `start` to `goal`. */
  private collectBridges(e: number, start: number, goal: number, newLo: number, found: Set<number>): void {
    this.reach(start, e, false);
    const ahead = this.mark.map((m) => (m === this.stamp ? 1 : 0));
    this.reach(goal, e, true);
    const behind = this.mark.map((m) => (m === this.stamp ? 1 : 0));
    const { from, to } = this.net;
    for (let f = 0; f < this.value.length; f++) {
      if (f === e || this.value[f]! < newLo) continue;
      const forward = ahead[from[f]!] === 1 && behind[to[f]!] === 1;
      const backward = this.value[f]! > newLo && ahead[to[f]!] === 1 && behind[from[f]!] === 1;
      if (forward || backward) found.add(f);
    }
  }

  /**
   * Whether a residual path leads from `start` to `goal` without entry `skip`: a bidirectional BFS that
   * always expands the side with the shorter queue and stops when the two searches meet.
   */
  private connects(start: number, goal: number, skip: number): boolean {
    if (start === goal) return true;
    this.stamp += 1;
    this.mark[start] = this.stamp;
    this.markBack[goal] = this.stamp;
    const ahead = [start];
    const behind = [goal];
    let a = 0;
    let b = 0;
    while (a < ahead.length && b < behind.length) {
      const forward = ahead.length - a <= behind.length - b;
      const u = forward ? ahead[a++]! : behind[b++]!;
      const [own, other, queue] = forward
        ? [this.mark, this.markBack, ahead]
        : [this.markBack, this.mark, behind];
      for (let k = this.adjStart[u]!; k < this.adjStart[u + 1]!; k++) {
        const f = this.adjEntry[k]!;
        if (f === skip) continue;
        const v = this.step(f, u, !forward);
        if (v < 0 || own[v] === this.stamp) continue;
        if (other[v] === this.stamp) return true;
        own[v] = this.stamp;
        queue.push(v);
      }
    }
    return false;
  }

  /**
   * Full BFS from `start` without entry `skip`, forwards along residual arcs (or backwards when
   * `reverse`); the reached nodes carry the current stamp in `mark`.
   */
  private reach(start: number, skip: number, reverse: boolean): void {
    this.stamp += 1;
    const queue = [start];
    this.mark[start] = this.stamp;
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q]!;
      for (let k = this.adjStart[u]!; k < this.adjStart[u + 1]!; k++) {
        const f = this.adjEntry[k]!;
        if (f === skip) continue;
        const v = this.step(f, u, reverse);
        if (v >= 0 && this.mark[v] !== this.stamp) {
          this.mark[v] = this.stamp;
          queue.push(v);
        }
      }
    }
  }

  /** The node reached from u over entry f's residual arc (reversed arcs when `reverse`), or −1. */
  private step(f: number, u: number, reverse: boolean): number {
    const { from, to } = this.net;
    const canUp = this.value[f]! < this.hi[f]!;
    const canDown = this.value[f]! > this.lo[f]!;
    // Forward residual arc from→to when f can grow; backward arc to→from when f can shrink.
    if (from[f] === u && (reverse ? canDown : canUp)) return to[f]!;
    if (to[f] === u && (reverse ? canUp : canDown)) return from[f]!;
    return -1;
  }
}
