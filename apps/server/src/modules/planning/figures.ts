import {
  ageGroupLabels,
  ageGroups,
  genderLabels,
  helpTypeLabels,
  helpTypes,
  SUPPRESSED,
  type TPlanningFigures,
  type TPlanningFiguresQuery,
  type TPlanningRow,
  ZGender,
} from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import { badRequest } from '../../platform/errors.js';
import { type Published, protectTable, publishMean } from './disclosure.js';
import { type IndicatorDefinition, indicatorDefinition } from './indicators.js';
import { layoutFor, servedExact, servedPublished, type TableLayout } from './layout.js';
import type { Measure } from './measures.js';
import { bucketLabel, bucketsOf, isTime, resolvePeriod } from './period.js';
import { Population, populationGroups } from './population.js';
import { type Line, latestMonthOf, loadLines, zeros } from './table-data.js';

const NOTES = [
  'Zahlen unter 3 sind unterdrückt (.), ebenso Werte, aus denen sie sich errechnen ließen.',
  'Unterhalb der Ebene des ganzen Jugendamts sind Zahlen auf Vielfache von 5 gerundet; Quoten und Anteile sind aus den gerundeten Zahlen berechnet.',
  'Mittelwerte aus weniger als 5 Fällen sind unterdrückt.',
];

/** When the aggregates were built and which months they cover. */
export async function buildInfo(tx: Tx) {
  const build = await tx.selectFrom('planning_builds').select('built_at').executeTakeFirst();
  // min/max(month) over the office's aggregates, read from the primary key (tenant, measure, month, …):
  // the measures one after the other (a skip scan), each measure's first and last month at its ends.
  // A plain min/max read every row of the office (160 000 at 50 000 cases) on every request.
  const range = (
    await sql<{ first: unknown; last: unknown }>`
      WITH RECURSIVE m(measure) AS (
        (SELECT measure FROM planning_figures ORDER BY measure LIMIT 1)
        UNION ALL
        SELECT (SELECT f.measure FROM planning_figures f WHERE f.measure > m.measure ORDER BY f.measure LIMIT 1)
          FROM m WHERE m.measure IS NOT NULL
      )
      SELECT min(x.lo) AS first, max(x.hi) AS last
        FROM m
        CROSS JOIN LATERAL (SELECT min(f.month) AS lo, max(f.month) AS hi
                              FROM planning_figures f WHERE f.measure = m.measure) x`.execute(tx)
  ).rows[0];
  const month = (d: unknown) => (d ? new Date(d as string).toISOString().slice(0, 7) : null);
  return {
    builtAt: build ? new Date(build.built_at).toISOString() : null,
    firstMonth: month(range?.first),
    lastMonth: month(range?.last),
  };
}

/** The figures of one indicator by one grouping, protected; reads only the aggregates. */
export async function planningFigures(tx: Tx, q: TPlanningFiguresQuery): Promise<TPlanningFigures> {
  const def = indicatorDefinition(q.indicator);
  const layout = layoutFor(def, q);
  const info = await buildInfo(tx);
  const empty = (note: string): TPlanningFigures => ({
    indicator: def.id,
    by: q.by,
    from: q.from ?? null,
    to: q.to ?? null,
    socialArea: q.socialArea ?? null,
    helpType: q.helpType ?? null,
    unit: def.unit,
    rows: [],
    total: { key: 'total', label: 'Gesamt', count: 0, value: null, population: null },
    reference: def.reference,
    builtAt: info.builtAt,
    notes: [note],
  });
  if (!info.firstMonth || !info.lastMonth) return empty('Die Auswertung ist noch nicht berechnet.');
  const period = def.snapshot
    ? { from: info.lastMonth, to: info.lastMonth }
    : resolvePeriod(q.by, q, { firstMonth: info.firstMonth, lastMonth: info.lastMonth });
  if (def.snapshot) {
    const latest = await latestMonthOf(tx, measuresOf(def)[0] as Measure);
    if (latest) Object.assign(period, { from: latest, to: latest });
  }
  const lines = await loadLines(tx, {
    measures: measuresOf(def),
    ...period,
    rowDim: layout.rowDim,
    colDim: layout.colDim,
    helpTypes: def.computation.kind === 'rate' ? def.computation.helpTypes : undefined,
  });
  const areas = await tx
    .selectFrom('directory_social_areas')
    .select(['code', 'name'])
    .orderBy('name')
    .execute();
  const keysOf = categories(
    def,
    lines,
    period,
    areas.map((a) => a.code),
  );
  const rowKeys = keysOf(layout.rowDim, 'row');
  const colKeys = layout.colDim ? keysOf(layout.colDim, 'col') : [''];
  requireFilterKey(layout, rowKeys, colKeys);
  const population = await Population.load(tx);
  const computed = compute(def, layout, lines, rowKeys, colKeys, period, population);
  const c = def.computation;
  if (c.kind === 'rate' && c.stock && isTime(q.by)) {
    // Each period counts the help running at its end: the whole period's figure is not their sum
    // but the stock at its end plus what ended within it — the figure of the same period by area.
    const whole = await planningFigures(tx, { indicator: q.indicator, by: 'socialArea', ...period });
    const {
      key: _k,
      label: _l,
      ...total
    } = q.socialArea ? (whole.rows.find((r) => r.key === q.socialArea) ?? whole.total) : whole.total;
    computed.total = total;
  }
  const areaName = new Map(areas.map((a) => [a.code, a.name]));
  const shownDim =
    layout.serve.kind === 'colTotals' || layout.serve.kind === 'row' ? layout.colDim : layout.rowDim;
  return {
    indicator: def.id,
    by: q.by,
    ...period,
    socialArea: q.socialArea ?? null,
    helpType: q.helpType ?? null,
    unit: def.unit,
    rows: computed.rows.map((r) => ({ ...r, label: labelOf(shownDim ?? q.by, r.key, areaName) })),
    total: { ...computed.total, key: 'total', label: totalLabel(q, areaName) },
    reference: def.reference,
    builtAt: info.builtAt,
    notes: NOTES,
  };
}

/** The measures a computation reads. */
export function measuresOf(def: IndicatorDefinition): Measure[] {
  const c = def.computation;
  switch (c.kind) {
    case 'rate':
      return c.stock ? [c.stock, c.flow] : [c.flow];
    case 'share':
      return [c.base, c.part];
    case 'mean':
    case 'snapshot':
      return [c.measure];
    case 'caseload':
      return ['open_cases', 'caseworkers_active'];
  }
}

/** The categories of a dimension shown as rows or columns (all known ones, zeros included). */
function categories(
  def: IndicatorDefinition,
  lines: Line[],
  period: { from: string; to: string },
  areaCodes: string[],
) {
  return (dim: TableLayout['rowDim'], side: 'row' | 'col'): string[] => {
    const present = new Set(lines.map((l) => (side === 'row' ? l.rowKey : l.colKey)));
    const withPresent = (known: readonly string[]) => [
      ...known,
      ...[...present].filter((k) => !known.includes(k)).sort(),
    ];
    switch (dim) {
      case 'socialArea':
        return withPresent(areaCodes);
      case 'helpType': {
        const c = def.computation;
        const known =
          c.kind === 'rate' && c.helpTypes ? c.helpTypes : helpTypes.filter((h) => present.has(h));
        return withPresent(known);
      }
      case 'ageGroup':
        return withPresent(ageGroups.filter((g) => g !== 'unknown' && g !== '21+'));
      case 'sex':
        return withPresent(ZGender.options);
      case 'team':
        return [...present].sort();
      default:
        return bucketsOf(dim, period.from, period.to).map((b) => b.key);
    }
  };
}

/** 400 when the filter names a social area or help type the table does not know. */
function requireFilterKey(layout: TableLayout, rowKeys: string[], colKeys: string[]) {
  const s = layout.serve;
  if (s.kind === 'column' && !colKeys.includes(s.key))
    throw badRequest(`„${s.key}“ gibt es in dieser Auswertung nicht.`, {
      [layout.colDim ?? 'filter']: 'Unbekannt',
    });
  if (s.kind === 'row' && !rowKeys.includes(s.key))
    throw badRequest(`„${s.key}“ gibt es in dieser Auswertung nicht.`, { socialArea: 'Unbekannt' });
}

type Computed = { rows: Omit<TPlanningRow, 'label'>[]; total: Omit<TPlanningRow, 'key' | 'label'> };

/** Exact tables from the lines, protected, and the indicator's value per shown entry. */
function compute(
  def: IndicatorDefinition,
  layout: TableLayout,
  lines: Line[],
  rowKeys: string[],
  colKeys: string[],
  period: { from: string; to: string },
  population: Population,
): Computed {
  const rowIndex = new Map(rowKeys.map((k, i) => [k, i]));
  const colIndex = new Map(colKeys.map((k, i) => [k, i]));
  const stockMonth = new Map(
    isTime(layout.rowDim)
      ? bucketsOf(layout.rowDim, period.from, period.to).map((b) => [b.key, b.lastMonth])
      : [],
  );
  const matrix = (accept: (l: Line) => boolean, value: (l: Line) => number) => {
    const m = zeros(rowKeys.length, colKeys.length);
    for (const l of lines) {
      const i = rowIndex.get(l.rowKey);
      const j = colIndex.get(l.colKey);
      if (i === undefined || j === undefined || !accept(l)) continue;
      (m[i] as number[])[j] = ((m[i] as number[])[j] ?? 0) + value(l);
    }
    return m;
  };
  const n = (l: Line) => l.n;
  const protect = (m: number[][]) => protectTable(m, { rowTotalsExact: isTime(layout.rowDim) });
  const c = def.computation;
  const keysShown = servedExact(zeros(rowKeys.length, colKeys.length), rowKeys, colKeys, layout.serve).keys;
  const popOf = populationLookup(layout, period, population);

  if (c.kind === 'rate' || c.kind === 'snapshot') {
    const isStock = (l: Line) => c.kind === 'rate' && l.measure === c.stock;
    const counts = matrix((l) => !isStock(l) || l.month === (stockMonth.get(l.rowKey) ?? period.to), n);
    const pub = servedPublished(protect(counts), rowKeys, colKeys, layout.serve);
    const rate = (count: Published, pop: number | null): Published | null =>
      c.kind === 'snapshot'
        ? count
        : count === SUPPRESSED
          ? SUPPRESSED
          : pop
            ? round((count / pop) * 10_000, 1)
            : null;
    const under = c.kind === 'rate' ? c.populationUnder : 21;
    return {
      rows: keysShown.map((key, i) => {
        const pop = c.kind === 'rate' ? popOf(key, under) : null;
        return {
          key,
          count: pub.values[i] ?? SUPPRESSED,
          value: rate(pub.values[i] ?? SUPPRESSED, pop),
          population: pop,
        };
      }),
      total: (() => {
        const pop = c.kind === 'rate' ? popOf(null, under) : null;
        return { count: pub.total, value: rate(pub.total, pop), population: pop };
      })(),
    };
  }
  if (c.kind === 'share') {
    const base = servedPublished(
      protect(matrix((l) => l.measure === c.base, n)),
      rowKeys,
      colKeys,
      layout.serve,
    );
    const part = servedPublished(
      protect(matrix((l) => l.measure === c.part, n)),
      rowKeys,
      colKeys,
      layout.serve,
    );
    const share = (p: Published | undefined, b: Published | undefined): Published | null =>
      p === undefined || b === undefined || p === SUPPRESSED || b === SUPPRESSED
        ? SUPPRESSED
        : b === 0
          ? null
          : round((p / b) * c.scale, 1);
    return {
      rows: keysShown.map((key, i) => ({
        key,
        count: base.values[i] ?? SUPPRESSED,
        value: share(part.values[i], base.values[i]),
        population: null,
      })),
      total: { count: base.total, value: share(part.total, base.total), population: null },
    };
  }
  if (c.kind === 'mean') {
    const counts = matrix((l) => l.measure === c.measure, n);
    const sums = matrix(
      (l) => l.measure === c.measure,
      (l) => l.total,
    );
    const pub = servedPublished(protect(counts), rowKeys, colKeys, layout.serve);
    const exactN = servedExact(counts, rowKeys, colKeys, layout.serve);
    const exactSum = servedExact(sums, rowKeys, colKeys, layout.serve);
    const mean = (count: Published | undefined, sum: number, k: number): Published | null => {
      if (count === undefined || count === SUPPRESSED) return SUPPRESSED;
      if (k === 0) return null;
      const m = publishMean(sum, k);
      return m === SUPPRESSED ? SUPPRESSED : round(m * c.scale, c.digits);
    };
    return {
      rows: keysShown.map((key, i) => ({
        key,
        count: pub.values[i] ?? SUPPRESSED,
        value: mean(pub.values[i], exactSum.values[i] ?? 0, exactN.values[i] ?? 0),
        population: null,
      })),
      total: { count: pub.total, value: mean(pub.total, exactSum.total, exactN.total), population: null },
    };
  }
  // caseload: today's open cases per caseworker with open cases (staff numbers are not protected data)
  const open = matrix((l) => l.measure === 'open_cases', n);
  const workers = servedExact(
    matrix((l) => l.measure === 'caseworkers_active', n),
    rowKeys,
    colKeys,
    layout.serve,
  );
  const pub = servedPublished(protect(open), rowKeys, colKeys, layout.serve);
  const perWorker = (count: Published | undefined, w: number): Published | null =>
    count === undefined || count === SUPPRESSED ? SUPPRESSED : w === 0 ? null : round(count / w, 1);
  return {
    rows: keysShown.map((key, i) => ({
      key,
      count: pub.values[i] ?? SUPPRESSED,
      value: perWorker(pub.values[i], workers.values[i] ?? 0),
      population: null,
    })),
    total: { count: pub.total, value: perWorker(pub.total, workers.total), population: null },
  };
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The population a shown entry's rate refers to (null where the grouping has none, e.g. sex). */
function populationLookup(layout: TableLayout, period: { from: string; to: string }, population: Population) {
  const s = layout.serve;
  const filterArea =
    s.kind === 'row' ? s.key : s.kind === 'column' && layout.colDim === 'socialArea' ? s.key : null;
  const shownDim = s.kind === 'colTotals' || s.kind === 'row' ? layout.colDim : layout.rowDim;
  const yearOf = (key: string | null) =>
    Number((key && shownDim && isTime(shownDim) ? key : period.to).slice(0, 4));
  return (key: string | null, under: 18 | 21): number | null => {
    const groups = populationGroups(under);
    if (key === null) return population.of(yearOf(null), filterArea, groups);
    switch (shownDim) {
      case 'socialArea':
        return population.of(yearOf(null), key, groups);
      case 'ageGroup':
        return groups.includes(key as (typeof groups)[number])
          ? population.of(yearOf(null), filterArea, [key])
          : null;
      case 'helpType':
        return population.of(yearOf(null), filterArea, groups);
      case 'month':
      case 'quarter':
      case 'year':
        return population.of(yearOf(key), filterArea, groups);
      default:
        return null;
    }
  };
}

/** How a group reads in the table. */
function labelOf(dim: TableLayout['rowDim'], key: string, areaName: Map<string, string>): string {
  switch (dim) {
    case 'socialArea':
      return key === '' ? 'ohne Sozialraum' : (areaName.get(key) ?? key);
    case 'helpType':
      return key === '' ? 'ohne Hilfeart' : (helpTypeLabels[key as keyof typeof helpTypeLabels] ?? key);
    case 'ageGroup':
      return ageGroupLabels[key as keyof typeof ageGroupLabels] ?? key;
    case 'sex':
      return genderLabels[key as keyof typeof genderLabels] ?? key;
    case 'team':
      return key === '' ? 'ohne Team' : key;
    default:
      return bucketLabel(key);
  }
}

function totalLabel(q: TPlanningFiguresQuery, areaName: Map<string, string>): string {
  if (q.socialArea) return `${areaName.get(q.socialArea) ?? q.socialArea} gesamt`;
  if (q.helpType) return `${helpTypeLabels[q.helpType as keyof typeof helpTypeLabels] ?? q.helpType} gesamt`;
  return 'Jugendamt gesamt';
}
