import type { TCasePerson, THousehold, TRelation, TRelationKind } from '@lotse/shared';
import { type GenoHousehold, layoutHouseholds } from './households.ts';

/** Geometry of the family diagram (genogram), in SVG user units. */
export const SHAPE = 48;
const SLOT = 150;
const ROW = 150;
const MARGIN_X = 80;
const MARGIN_TOP = 36;
const LABEL_SPACE = 48;

/** Relations that put `to` one generation below `from`. */
const DESCENT_KINDS: ReadonlySet<TRelationKind> = new Set([
  'parent',
  'step_parent',
  'foster_parent',
  'guardian',
]);

export interface GenoNode {
  person: TCasePerson;
  x: number; // centre
  y: number; // centre
  generation: number;
}

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface GenoLine {
  key: string;
  points: [number, number][];
  kind: 'partner' | 'descent' | 'sibling';
  style: LineStyle;
}

export interface GenoLayout {
  width: number;
  height: number;
  nodes: GenoNode[];
  lines: GenoLine[];
  households: GenoHousehold[];
}

function descentStyle(kind: TRelationKind): LineStyle {
  if (kind === 'parent') return 'solid';
  if (kind === 'foster_parent') return 'dotted';
  return 'dashed';
}

/** Assigns generations: a child sits one row below its (step/foster) parents; partners and siblings share a row. */
function assignGenerations(ids: string[], relations: TRelation[]): Map<string, number> {
  const gen = new Map(ids.map((id) => [id, 0]));
  const hasParents = new Set(relations.filter((r) => DESCENT_KINDS.has(r.kind)).map((r) => r.toPersonId));
  const limit = ids.length + 1;
  const get = (id: string) => gen.get(id) ?? 0;
  // Relaxation only ever raises numbers and is capped, so it ends even on inconsistent (cyclic) data.
  for (let round = 0; round < ids.length * 4 + 4; round++) {
    let changed = false;
    const raise = (id: string, value: number) => {
      const capped = Math.min(value, limit);
      if (capped > get(id)) {
        gen.set(id, capped);
        changed = true;
      }
    };
    for (const r of relations) {
      if (DESCENT_KINDS.has(r.kind)) {
        raise(r.toPersonId, get(r.fromPersonId) + 1);
        // A parent without known parents of their own moves down to sit right above the child.
        if (!hasParents.has(r.fromPersonId)) raise(r.fromPersonId, get(r.toPersonId) - 1);
      } else {
        const level = Math.max(get(r.fromPersonId), get(r.toPersonId));
        raise(r.fromPersonId, level);
        raise(r.toPersonId, level);
      }
    }
    if (!changed) break;
  }
  const min = Math.min(...gen.values());
  for (const [id, g] of gen) gen.set(id, g - min);
  return gen;
}

export function layoutGenogram(
  persons: TCasePerson[],
  allRelations: TRelation[],
  allHouseholds: THousehold[] = [],
): GenoLayout {
  const ids = persons.map((p) => p.id);
  const known = new Set(ids);
  const relations = allRelations.filter((r) => known.has(r.fromPersonId) && known.has(r.toPersonId));
  const gen = assignGenerations(ids, relations);

  const parentsOf = new Map<string, TRelation[]>();
  const partnersOf = new Map<string, string[]>();
  for (const r of relations) {
    if (DESCENT_KINDS.has(r.kind)) {
      parentsOf.set(r.toPersonId, [...(parentsOf.get(r.toPersonId) ?? []), r]);
    } else if (r.kind === 'partner') {
      partnersOf.set(r.fromPersonId, [...(partnersOf.get(r.fromPersonId) ?? []), r.toPersonId]);
      partnersOf.set(r.toPersonId, [...(partnersOf.get(r.toPersonId) ?? []), r.fromPersonId]);
    }
  }
  const parentIds = (id: string) => (parentsOf.get(id) ?? []).map((r) => r.fromPersonId).sort();

  const rows: TCasePerson[][] = [];
  for (const p of persons) {
    const g = gen.get(p.id) ?? 0;
    rows[g] = [...(rows[g] ?? []), p];
  }

  const x = new Map<string, number>();
  rows.forEach((row = [], g) => {
    // Order: by the mean position of the parents above, then partners right next to each other.
    const sortKey = (p: TCasePerson): number => {
      const xs = parentIds(p.id)
        .map((id) => x.get(id))
        .filter((v): v is number => v !== undefined);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.POSITIVE_INFINITY;
    };
    const sorted = g === 0 ? [...row] : [...row].sort((a, b) => sortKey(a) - sortKey(b));
    const ordered: TCasePerson[] = [];
    const placed = new Set<string>();
    for (const p of sorted) {
      if (placed.has(p.id)) continue;
      ordered.push(p);
      placed.add(p.id);
      for (const partnerId of partnersOf.get(p.id) ?? []) {
        const partner = row.find((q) => q.id === partnerId);
        if (partner && !placed.has(partner.id)) {
          ordered.push(partner);
          placed.add(partner.id);
        }
      }
    }

    // Desired centre: under the parents, siblings spread evenly around that point.
    const desired = new Map<string, number>();
    let i = 0;
    while (i < ordered.length) {
      const first = ordered[i];
      if (!first) break;
      const key = parentIds(first.id).join('|');
      const center = sortKey(first);
      let j = i;
      while (j < ordered.length && key !== '' && parentIds(ordered[j]?.id ?? '').join('|') === key) j++;
      if (key === '' || !Number.isFinite(center)) {
        i += 1;
        continue;
      }
      const count = j - i;
      for (let k = 0; k < count; k++) {
        const member = ordered[i + k];
        if (member) desired.set(member.id, center + (k - (count - 1) / 2) * SLOT);
      }
      i = j;
    }
    let previous = Number.NEGATIVE_INFINITY;
    for (const p of ordered) {
      const want = desired.get(p.id) ?? (Number.isFinite(previous) ? previous + SLOT : 0);
      const at = Math.max(want, previous + SLOT);
      x.set(p.id, at);
      previous = at;
    }
  });

  const minX = Math.min(...x.values());
  const maxX = Math.max(...x.values());
  const rowY = (g: number) => MARGIN_TOP + SHAPE / 2 + g * ROW;
  const nodes: GenoNode[] = persons.map((person) => {
    const g = gen.get(person.id) ?? 0;
    return { person, generation: g, x: (x.get(person.id) ?? 0) - minX + MARGIN_X, y: rowY(g) };
  });
  const byId = new Map(nodes.map((n) => [n.person.id, n]));
  const lines: GenoLine[] = [];
  const half = SHAPE / 2;

  // Partner lines between the shapes, at mid height.
  for (const r of relations.filter((rel) => rel.kind === 'partner')) {
    const a = byId.get(r.fromPersonId);
    const b = byId.get(r.toPersonId);
    if (!a || !b) continue;
    const [left, right] = a.x <= b.x ? [a, b] : [b, a];
    lines.push({
      key: `partner-${r.id}`,
      kind: 'partner',
      style: 'solid',
      points: [
        [left.x + half, left.y],
        [right.x - half, right.y],
      ],
    });
  }

  // Children hang from their parents: grouped by the same set of parents.
  const groups = new Map<string, GenoNode[]>();
  for (const node of nodes) {
    const key = parentIds(node.person.id).join('|');
    if (key) groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  const isPartner = (a: string, b: string) => (partnersOf.get(a) ?? []).includes(b);
  for (const [key, children] of groups) {
    const parents = key
      .split('|')
      .map((id) => byId.get(id))
      .filter((n): n is GenoNode => n !== undefined);
    const childTop = Math.min(...children.map((c) => c.y)) - half;
    const busY = childTop - 22;
    const [p1, p2] = parents;
    const sources: [number, number][] = [];
    // Partners: the children hang from the middle of the partner line. Otherwise (separated parents,
    // single parent) a line drops from each parent, so no partnership is implied.
    if (parents.length === 2 && p1 && p2 && p1.y === p2.y && isPartner(p1.person.id, p2.person.id)) {
      sources.push([(p1.x + p2.x) / 2, p1.y]);
    } else {
      // Start below the name labels so the line does not cross them.
      for (const p of parents) sources.push([p.x, p.y + half + LABEL_SPACE - 2]);
    }
    const xs = [...children.map((c) => c.x), ...sources.map((s) => s[0])];
    for (const [sx, sy] of sources) {
      lines.push({
        key: `drop-${key}-${sx}`,
        kind: 'descent',
        style: 'solid',
        points: [
          [sx, sy],
          [sx, busY],
        ],
      });
    }
    lines.push({
      key: `bus-${key}`,
      kind: 'descent',
      style: 'solid',
      points: [
        [Math.min(...xs), busY],
        [Math.max(...xs), busY],
      ],
    });
    for (const child of children) {
      const kinds = (parentsOf.get(child.person.id) ?? []).map((r) => r.kind);
      const style = kinds.includes('parent') ? 'solid' : descentStyle(kinds[0] ?? 'parent');
      lines.push({
        key: `child-${key}-${child.person.id}`,
        kind: 'descent',
        style,
        points: [
          [child.x, busY],
          [child.x, child.y - half],
        ],
      });
    }
  }

  // Siblings without a shared parent in the diagram get a bracket above them.
  for (const r of relations.filter((rel) => rel.kind === 'sibling')) {
    const shared = parentIds(r.fromPersonId).some((id) => parentIds(r.toPersonId).includes(id));
    const a = byId.get(r.fromPersonId);
    const b = byId.get(r.toPersonId);
    if (shared || !a || !b) continue;
    const top = Math.min(a.y, b.y) - half - 14;
    lines.push({
      key: `sibling-${r.id}`,
      kind: 'sibling',
      style: 'solid',
      points: [
        [a.x, a.y - half],
        [a.x, top],
        [b.x, top],
        [b.x, b.y - half],
      ],
    });
  }

  const generations = Math.max(0, ...nodes.map((n) => n.generation)) + 1;
  // Numbered by position in the case's list, so the diagram and the list below agree.
  const households = layoutHouseholds(nodes, allHouseholds);
  return {
    width: maxX - minX + 2 * MARGIN_X,
    // Household frames reach a little below the last row of names.
    height: MARGIN_TOP + (generations - 1) * ROW + SHAPE + LABEL_SPACE + (households.length ? 8 : 0),
    nodes,
    lines,
    households,
  };
}
