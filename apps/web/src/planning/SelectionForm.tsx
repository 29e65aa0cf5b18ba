import {
  indicatorGroupLabels,
  planningDimensionLabels,
  type TPlanningIndicator,
  type TPlanningIndicatorsResponse,
} from '@lotse/shared';
import { Select } from '../ui/index.ts';
import { monthLabel } from './format.ts';
import { allowsAreaFilter, allowsHelpTypeFilter, monthsBetween, type Selection } from './selection.ts';

/** The indicator groups in the contract's order, with their labels. */
export const indicatorGroups = Object.entries(indicatorGroupLabels) as [
  TPlanningIndicator['group'],
  string,
][];

/**
 * The dashboard's pickers. Every change goes to the URL at once (the page shows the new figures); only
 * the pickers that apply to the indicator and grouping are shown, as the server's rules allow them.
 */
export function SelectionForm(props: {
  meta: TPlanningIndicatorsResponse;
  selection: Selection;
  indicator: TPlanningIndicator;
  /** The period the server chose when the URL names none. */
  shownPeriod: { from: string | null; to: string | null };
  errors: Record<string, string>;
  onChange: (wish: Partial<Selection>) => void;
}) {
  const { meta, selection, indicator, errors, onChange } = props;
  const months = monthsBetween(meta.firstMonth, meta.lastMonth)
    .reverse()
    .map((m) => ({ value: m, label: monthLabel(m) }));
  const change = (key: keyof Selection) => (event: { target: { value: string } }) =>
    onChange({ ...selection, [key]: event.target.value || undefined });

  return (
    <search className="filters planning-selection" aria-label="Auswahl der Kennzahl">
      <div className="planning-selection-grid">
        <Select
          label="Kennzahl"
          className="planning-selection-indicator"
          options={[]}
          optionGroups={indicatorGroups.map(([group, label]) => ({
            label,
            options: meta.items
              .filter((i) => i.group === group)
              .map((i) => ({ value: i.id, label: i.label })),
          }))}
          value={selection.indicator}
          hint={indicator.definition}
          hintBelow
          onChange={change('indicator')}
        />
        <Select
          label="Aufteilen nach"
          options={indicator.dimensions.map((d) => ({ value: d, label: planningDimensionLabels[d] }))}
          value={selection.by}
          error={errors.by}
          onChange={change('by')}
        />
        {indicator.snapshot ? (
          <p className="planning-snapshot-note">
            <strong>Zeitraum:</strong> Stand heute. Diese Kennzahl zeigt, wie es jetzt ist, nicht einen
            Zeitraum.
          </p>
        ) : months.length > 0 ? (
          <>
            <Select
              label="Von"
              options={months}
              value={selection.from ?? props.shownPeriod.from ?? ''}
              error={errors.from}
              onChange={change('from')}
            />
            <Select
              label="Bis"
              options={months}
              value={selection.to ?? props.shownPeriod.to ?? ''}
              error={errors.to}
              onChange={change('to')}
            />
          </>
        ) : null}
        {allowsAreaFilter(indicator, selection.by) ? (
          <Select
            label="Sozialraum"
            placeholder="Alle Sozialräume"
            options={meta.socialAreas.map((a) => ({ value: a.code, label: a.name }))}
            value={selection.socialArea ?? ''}
            error={errors.socialArea}
            onChange={change('socialArea')}
          />
        ) : null}
        {allowsHelpTypeFilter(indicator, selection.by) ? (
          <Select
            label="Hilfeart"
            placeholder="Alle Hilfearten"
            options={meta.helpTypes.map((h) => ({ value: h.code, label: h.label }))}
            value={selection.helpType ?? ''}
            error={errors.helpType}
            onChange={change('helpType')}
          />
        ) : null}
      </div>
    </search>
  );
}
