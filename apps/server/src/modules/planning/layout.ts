import type { TPlanningDimension, TPlanningFiguresQuery } from '@lotse/shared';
import { badRequest } from '../../platform/errors.js';
import type { ProtectedTable, Published } from './disclosure.js';
import type { IndicatorDefinition } from './indicators.js';

/**
 * Which protected table answers a request, and which part of it is shown. Requests that show parts
 * of one table (areas × help types; a grouping × areas) read the same protected table, so a value
 * suppressed in one answer is suppressed in every answer that could reveal it.
 */
export interface TableLayout {
  rowDim: TPlanningDimension;
  colDim: TPlanningDimension | null;
  /** rowTotals: one line per row; colTotals: per column; column/row: one column or row of cells */
  serve:
    | { kind: 'rowTotals' }
    | { kind: 'colTotals' }
    | { kind: 'column'; key: string }
    | { kind: 'row'; key: string };
}

/** Chooses the table for a request; 400 for combinations that could not be protected together. */
export function layoutFor(indicator: IndicatorDefinition, q: TPlanningFiguresQuery): TableLayout {
  const has = (d: TPlanningDimension) => indicator.dimensions.includes(d);
  if (!has(q.by))
    throw badRequest(`„${indicator.label}“ lässt sich nicht nach dieser Gruppierung aufteilen.`, {
      by: 'Nicht möglich',
    });
  if (q.socialArea !== undefined && q.helpType !== undefined)
    throw badRequest(
      'Bitte entweder auf einen Sozialraum oder auf eine Hilfeart eingrenzen, nicht beides: kleinere Gruppen ließen Rückschlüsse auf einzelne Familien zu.',
      { helpType: 'Nur eine Eingrenzung' },
    );
  if (q.socialArea !== undefined && (q.by === 'socialArea' || !has('socialArea')))
    throw badRequest('Diese Auswertung lässt sich nicht auf einen Sozialraum eingrenzen.', {
      socialArea: 'Nicht möglich',
    });
  if (q.helpType !== undefined && q.by !== 'socialArea')
    throw badRequest('Auf eine Hilfeart eingrenzen lässt sich nur die Aufteilung nach Sozialraum.', {
      helpType: 'Nicht möglich',
    });
  if (q.helpType !== undefined && !has('helpType'))
    throw badRequest('Diese Auswertung lässt sich nicht auf eine Hilfeart eingrenzen.', {
      helpType: 'Nicht möglich',
    });
  if (q.socialArea !== undefined && q.by === 'team')
    throw badRequest(
      'Teams lassen sich nicht auf einen Sozialraum eingrenzen; sie sind selbst einem Gebiet zugeordnet.',
      {
        socialArea: 'Nicht möglich',
      },
    );
  const areaByHelp = has('socialArea') && has('helpType');
  // Teams: one column, so a large team is never suppressed to protect a small neighbour in an area.
  if (q.by === 'team') return { rowDim: 'team', colDim: null, serve: { kind: 'rowTotals' } };
  if (q.by === 'socialArea')
    return {
      rowDim: 'socialArea',
      colDim: has('helpType') ? 'helpType' : null,
      serve: q.helpType !== undefined ? { kind: 'column', key: q.helpType } : { kind: 'rowTotals' },
    };
  if (q.by === 'helpType' && areaByHelp)
    return {
      rowDim: 'socialArea',
      colDim: 'helpType',
      serve: q.socialArea !== undefined ? { kind: 'row', key: q.socialArea } : { kind: 'colTotals' },
    };
  return {
    rowDim: q.by,
    colDim: has('socialArea') ? 'socialArea' : null,
    serve: q.socialArea !== undefined ? { kind: 'column', key: q.socialArea } : { kind: 'rowTotals' },
  };
}

/** The shown part of an exact matrix: keys and values, and the comparison total. */
export function servedExact(
  m: number[][],
  rowKeys: string[],
  colKeys: string[],
  serve: TableLayout['serve'],
): { keys: string[]; values: number[]; total: number } {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const column = (j: number) => m.map((row) => row[j] ?? 0);
  const grand = sum(m.map(sum));
  switch (serve.kind) {
    case 'rowTotals':
      return { keys: rowKeys, values: m.map(sum), total: grand };
    case 'colTotals':
      return { keys: colKeys, values: colKeys.map((_, j) => sum(column(j))), total: grand };
    case 'column': {
      const j = colKeys.indexOf(serve.key);
      return { keys: rowKeys, values: column(j), total: sum(column(j)) };
    }
    case 'row': {
      const row = m[rowKeys.indexOf(serve.key)] ?? [];
      return { keys: colKeys, values: colKeys.map((_, j) => row[j] ?? 0), total: sum(row) };
    }
  }
}

/** The shown part of a protected table, in the same order as `servedExact`. */
export function servedPublished(
  t: ProtectedTable,
  rowKeys: string[],
  colKeys: string[],
  serve: TableLayout['serve'],
): { values: Published[]; total: Published } {
  switch (serve.kind) {
    case 'rowTotals':
      return { values: t.rowTotals, total: t.grandTotal };
    case 'colTotals':
      return { values: t.colTotals, total: t.grandTotal };
    case 'column': {
      const j = colKeys.indexOf(serve.key);
      return { values: t.cells.map((row) => row[j] ?? '.'), total: t.colTotals[j] ?? '.' };
    }
    case 'row': {
      const i = rowKeys.indexOf(serve.key);
      return { values: t.cells[i] ?? [], total: t.rowTotals[i] ?? '.' };
    }
  }
}
