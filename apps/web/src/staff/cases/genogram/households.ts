import type { THousehold } from '@lotse/shared';
import type { GenoNode } from './layout.ts';

/** Outline of one household in the genogram: a dashed, rounded frame around its members. */
export interface GenoHousehold {
  key: string;
  /** Position in the case's household list (1-based number shown in the marker). */
  number: number;
  label: string;
  /** SVG path data; several closed sub-paths when the members cannot share one frame. */
  path: string;
  marker: [number, number];
}

const HALF_WIDTH = 52; // room for names below the shapes
const ABOVE = 42; // above the centre: clears the double ring of the index child
const BELOW = 74; // below the centre: clears first and last name
const RADIUS = 12;

type Point = [number, number];

/** Members of one row split where a non-member sits between them. */
function runsOf(row: GenoNode[], members: Set<string>): GenoNode[][] {
  const runs: GenoNode[][] = [];
  let current: GenoNode[] = [];
  for (const node of [...row].sort((a, b) => a.x - b.x)) {
    if (members.has(node.person.id)) {
      current.push(node);
    } else if (current.length) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length) runs.push(current);
  return runs;
}

/** Drops repeated points and points in the middle of a straight edge. */
function simplify(points: Point[]): Point[] {
  const unique = points.filter((p, i) => {
    const prev = points[(i - 1 + points.length) % points.length];
    return !prev || prev[0] !== p[0] || prev[1] !== p[1];
  });
  return unique.filter((p, i) => {
    const a = unique[(i - 1 + unique.length) % unique.length];
    const b = unique[(i + 1) % unique.length];
    if (!a || !b) return true;
    return !((a[0] === p[0] && p[0] === b[0]) || (a[1] === p[1] && p[1] === b[1]));
  });
}

/** A closed path through rectilinear corners, each corner rounded. */
function roundedPath(corners: Point[]): string {
  const pts = simplify(corners);
  const n = pts.length;
  const parts: string[] = [];
  pts.forEach((p, i) => {
    const a = pts[(i - 1 + n) % n] ?? p;
    const b = pts[(i + 1) % n] ?? p;
    const toward = (q: Point, max: number): Point => {
      const dx = q[0] - p[0];
      const dy = q[1] - p[1];
      const len = Math.hypot(dx, dy) || 1;
      const r = Math.min(max, len / 2);
      return [p[0] + (dx / len) * r, p[1] + (dy / len) * r];
    };
    const p1 = toward(a, RADIUS);
    const p2 = toward(b, RADIUS);
    parts.push(`${i === 0 ? 'M' : 'L'}${p1[0]},${p1[1]} Q${p[0]},${p[1]} ${p2[0]},${p2[1]}`);
  });
  return `${parts.join(' ')} Z`;
}

function box(left: number, right: number, top: number, bottom: number): Point[] {
  return [
    [left, top],
    [right, top],
    [right, bottom],
    [left, bottom],
  ];
}

/**
 * Frames for the households. Members in consecutive generations, each generation one unbroken run,
 * share one stepped frame; otherwise every run gets a frame of its own (same number).
 */
export function layoutHouseholds(nodes: GenoNode[], households: THousehold[]): GenoHousehold[] {
  const byGeneration = new Map<number, GenoNode[]>();
  for (const node of nodes)
    byGeneration.set(node.generation, [...(byGeneration.get(node.generation) ?? []), node]);

  return households.flatMap((household, index) => {
    const members = new Set(household.personIds);
    const inset = (index % 3) * 4; // nested frames of overlapping households stay apart
    const markerShift = RADIUS + 6 + (index % 3) * 22; // and so do their numbers
    const w = HALF_WIDTH - inset;
    const generations = [
      ...new Set(nodes.filter((n) => members.has(n.person.id)).map((n) => n.generation)),
    ].sort((a, b) => a - b);
    if (generations.length === 0) return [];
    const rows = generations.map((g) => {
      const row = byGeneration.get(g) ?? [];
      return { runs: runsOf(row, members), y: row[0]?.y ?? 0 };
    });
    const consecutive = generations.every((g, i) => i === 0 || g === (generations[i - 1] ?? g) + 1);
    const single = rows.every((r) => r.runs.length === 1);

    let path: string;
    let marker: Point;
    if (consecutive && single) {
      const spans = rows.map((r) => {
        const run = r.runs[0] ?? [];
        return {
          left: Math.min(...run.map((n) => n.x)) - w,
          right: Math.max(...run.map((n) => n.x)) + w,
          y: r.y,
        };
      });
      // Between two rows the frame steps halfway between the names above and the row below.
      const edge = (i: number) => {
        const a = spans[i];
        const b = spans[i + 1];
        return a && b ? (a.y + BELOW + b.y - ABOVE) / 2 : 0;
      };
      const first = spans[0];
      const last = spans[spans.length - 1];
      if (!first || !last) return [];
      const top = first.y - ABOVE + inset;
      const bottom = last.y + BELOW - inset;
      const right: Point[] = [[first.right, top]];
      spans.forEach((s, i) => {
        const lower = i === spans.length - 1 ? bottom : edge(i);
        right.push([s.right, lower]);
        const next = spans[i + 1];
        if (next) right.push([next.right, lower]);
      });
      const left: Point[] = [];
      for (let i = spans.length - 1; i >= 0; i--) {
        const s = spans[i];
        if (!s) continue;
        const lower = i === spans.length - 1 ? bottom : edge(i);
        left.push([s.left, lower]);
        const upper = i === 0 ? top : edge(i - 1);
        left.push([s.left, upper]);
        const prev = spans[i - 1];
        if (prev) left.push([prev.left, upper]);
      }
      path = roundedPath([[first.left, top], ...right, ...left]);
      marker = [first.left + markerShift, top];
    } else {
      const frames = rows.flatMap((r) =>
        r.runs.map((run) =>
          box(
            Math.min(...run.map((n) => n.x)) - w,
            Math.max(...run.map((n) => n.x)) + w,
            r.y - ABOVE + inset,
            r.y + BELOW - inset,
          ),
        ),
      );
      path = frames.map(roundedPath).join(' ');
      const firstFrame = frames[0]?.[0] ?? [0, 0];
      marker = [firstFrame[0] + markerShift, firstFrame[1]];
    }
    return [{ key: household.id, number: index + 1, label: household.label, path, marker }];
  });
}
