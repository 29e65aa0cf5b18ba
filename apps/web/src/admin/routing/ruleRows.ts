import { intakeTopicLabels, type TIntakeTopic, type TRoutingRule, type TSocialArea } from '@lotse/shared';

/** A rule as edited in the table; `key` keeps React's rows stable while rows are added and removed. */
export interface RuleRow {
  key: string;
  topic: TIntakeTopic | null;
  socialAreaId: string | null;
  /** Empty while a new row has no team yet. */
  teamId: string;
}

let nextKey = 0;
export function newRowKey(): string {
  nextKey += 1;
  return `rule-${nextKey}`;
}

/** Sorted for reading: by topic, then area, "alle" last, so the catch-all rule ends the table. */
export function toRows(rules: TRoutingRule[], areas: TSocialArea[]): RuleRow[] {
  const areaName = (id: string | null) => areas.find((a) => a.id === id)?.name ?? '';
  const byLabel = (a: string | null, b: string | null, label: (v: string) => string) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return label(a).localeCompare(label(b), 'de');
  };
  return [...rules]
    .sort(
      (a, b) =>
        byLabel(a.topic, b.topic, (t) => intakeTopicLabels[t as TIntakeTopic]) ||
        byLabel(a.socialAreaId, b.socialAreaId, areaName),
    )
    .map((r) => ({ key: newRowKey(), topic: r.topic, socialAreaId: r.socialAreaId, teamId: r.teamId }));
}

export function toRules(rows: RuleRow[]): TRoutingRule[] {
  return rows.map((r) => ({ topic: r.topic, socialAreaId: r.socialAreaId, teamId: r.teamId }));
}

export interface RuleCheck {
  /** Message per row key. */
  rowErrors: Map<string, string>;
  /** Problems of the table as a whole. */
  general: string[];
}

/** The server's rules, explained per row: one team per row, each combination once, a catch-all rule. */
export function checkRules(rows: RuleRow[]): RuleCheck {
  const rowErrors = new Map<string, string>();
  const general: string[] = [];
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    if (!row.teamId) rowErrors.set(row.key, 'Bitte ein Team wählen.');
    const combo = `${row.topic ?? '*'}|${row.socialAreaId ?? '*'}`;
    groups.set(combo, [...(groups.get(combo) ?? []), i]);
  });
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    const numbers = indexes.map((i) => i + 1);
    const list = `${numbers.slice(0, -1).join(', ')} und ${numbers.at(-1)}`;
    for (const i of indexes) {
      const row = rows[i];
      if (row && !rowErrors.has(row.key))
        rowErrors.set(
          row.key,
          `Diese Kombination aus Thema und Sozialraum steht mehrfach in der Tabelle (Regeln ${list}). Bitte nur einmal.`,
        );
    }
  }
  if (!rows.some((r) => r.topic === null && r.socialAreaId === null)) {
    general.push(
      'Es fehlt die Regel für alle übrigen Anfragen („alle Themen“ und „alle Sozialräume“). Ohne sie wüsste Lotse nicht, wohin eine Anfrage gehen soll, für die keine andere Regel passt.',
    );
  }
  if (rowErrors.size > 0)
    general.unshift('Einige Regeln sind unvollständig oder doppelt – siehe Markierungen in der Tabelle.');
  return { rowErrors, general };
}
