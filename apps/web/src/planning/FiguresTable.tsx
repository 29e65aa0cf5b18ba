import {
  indicatorUnitLabels,
  planningDimensionLabels,
  type TPlanningFigures,
  type TPlanningIndicator,
  type TPlanningRow,
} from '@lotse/shared';
import { Table } from '../ui/index.ts';
import { FigureValue } from './FigureValue.tsx';

/** Why a value is missing: rates need population figures. */
const NO_RATE = 'nicht berechenbar: keine Einwohnerzahlen';

/**
 * The figures as a table: the chart's accessible alternative and what the download contains. One row
 * per group, the selection's total in the footer.
 */
export function FiguresTable(props: {
  figures: TPlanningFigures;
  indicator: TPlanningIndicator;
  caption: string;
}) {
  const { figures, indicator } = props;
  const all = [...figures.rows, figures.total];
  const withPopulation = all.some((r) => r.population !== null);
  // Counts of today (open cases …) have a value equal to the count: one column says it.
  const withValue = figures.unit !== 'count' || all.some((r) => r.value !== r.count);
  const line = (row: TPlanningRow, total: boolean) => (
    <tr key={row.key} className={total ? 'planning-total' : undefined}>
      <th scope="row">{row.label}</th>
      <td className="num">
        <FigureValue value={row.count} />
      </td>
      {withValue ? (
        <td className="num">
          <FigureValue value={row.value} missing={NO_RATE} />
        </td>
      ) : null}
      {withPopulation ? (
        <td className="num">
          <FigureValue value={row.population} missing="keine Angabe" />
        </td>
      ) : null}
    </tr>
  );
  return (
    <div className="planning-table">
      <Table caption={props.caption} scrollable>
        <thead>
          <tr>
            <th scope="col">{planningDimensionLabels[figures.by]}</th>
            <th scope="col" className="num">
              {indicator.countLabel}
            </th>
            {withValue ? (
              <th scope="col" className="num">
                Wert ({indicatorUnitLabels[figures.unit]})
              </th>
            ) : null}
            {withPopulation ? (
              <th scope="col" className="num">
                {/* May break on a phone: "Bevölke-rung". */}
                Bevölke{'\u00AD'}rung
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {figures.rows.length === 0 ? (
            <tr>
              <td colSpan={2 + Number(withValue) + Number(withPopulation)}>
                Keine Zahlen für diese Auswahl.
              </td>
            </tr>
          ) : (
            figures.rows.map((row) => line(row, false))
          )}
        </tbody>
        <tfoot>{line(figures.total, true)}</tfoot>
      </Table>
    </div>
  );
}
