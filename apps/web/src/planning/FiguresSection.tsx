import {
  planningDimensionLabels,
  type TPlanningFigures,
  type TPlanningIndicator,
  type TPlanningIndicatorsResponse,
} from '@lotse/shared';
import { LinkButton } from '../ui/index.ts';
import { figuresQueryString } from './api.ts';
import { FiguresChart } from './charts/FiguresChart.tsx';
import { FiguresNotes } from './FiguresNotes.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { periodLabel } from './format.ts';
import type { Selection } from './selection.ts';

/** "nur Sozialraum Nord", "nur § 34 Heimerziehung": the filter of an answer, if any. */
function filterLabel(figures: TPlanningFigures, meta: TPlanningIndicatorsResponse): string | null {
  if (figures.socialArea)
    return `nur ${meta.socialAreas.find((a) => a.code === figures.socialArea)?.name ?? figures.socialArea}`;
  if (figures.helpType)
    return `nur ${meta.helpTypes.find((h) => h.code === figures.helpType)?.label ?? figures.helpType}`;
  return null;
}

/** How the table and the map name an answer: "Fremdunterbringung nach Sozialraum, März 2025 bis …". */
export function describeFigures(
  figures: TPlanningFigures,
  indicator: TPlanningIndicator,
  meta: TPlanningIndicatorsResponse,
): string {
  const filter = filterLabel(figures, meta);
  return [
    `${indicator.label} nach ${planningDimensionLabels[figures.by]}`,
    periodLabel(figures, indicator.snapshot),
    filter,
  ]
    .filter(Boolean)
    .join(', ');
}

/** One answer: its heading, downloads, chart, table and the notes a reader needs. */
export function FiguresSection(props: {
  figures: TPlanningFigures;
  indicator: TPlanningIndicator;
  meta: TPlanningIndicatorsResponse;
  selection: Selection;
  busy: boolean;
}) {
  const { figures, indicator, meta } = props;
  const description = describeFigures(figures, indicator, meta);
  const exportHref = (format: 'csv' | 'xlsx') =>
    `/api/planning/figures/export${figuresQueryString(props.selection)}&format=${format}`;
  return (
    <section
      className="card stack planning-figures"
      aria-labelledby="planning-figures-heading"
      aria-busy={props.busy}
    >
      <div className="planning-figures-header">
        <div>
          <h2 id="planning-figures-heading">{indicator.label}</h2>
          <p className="muted planning-subtitle">
            nach {planningDimensionLabels[figures.by]} · {periodLabel(figures, indicator.snapshot)}
            {filterLabel(figures, meta) ? ` · ${filterLabel(figures, meta)}` : ''}
          </p>
        </div>
        <div className="cluster">
          <span className="small muted">Tabelle herunterladen:</span>
          <LinkButton variant="secondary" size="sm" href={exportHref('csv')} download>
            CSV<span className="visually-hidden"> herunterladen</span>
          </LinkButton>
          <LinkButton variant="secondary" size="sm" href={exportHref('xlsx')} download>
            Excel<span className="visually-hidden"> herunterladen</span>
          </LinkButton>
        </div>
      </div>
      <div className="planning-figures-body">
        <FiguresChart figures={figures} indicator={indicator} />
        <FiguresTable figures={figures} indicator={indicator} caption={description} />
      </div>
      <FiguresNotes figures={figures} />
    </section>
  );
}
