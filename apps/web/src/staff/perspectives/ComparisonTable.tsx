import { perspectiveLabels, type TPerspective } from '@lotse/shared';
import { Badge, Table } from '../../ui/index.ts';
import type { DimensionComparison } from './compare.ts';

function Value(props: { value: number | null | undefined }) {
  if (props.value === undefined) return <span className="muted">–</span>;
  if (props.value === null) return <abbr title="keine Angabe">k. A.</abbr>;
  return <span className="rating-value">{props.value}</span>;
}

/** The chart's numbers as a table: one row per dimension, a column per perspective, and the spread. */
export function ComparisonTable(props: {
  rows: DimensionComparison[];
  shown: TPerspective[];
  ratedOn: string;
}) {
  return (
    <Table caption={`Sichtweisen vom ${props.ratedOn} als Tabelle (1 = sehr belastet, 5 = sehr gut)`} stacked>
      <thead>
        <tr>
          <th scope="col">Bereich</th>
          {props.shown.map((p) => (
            <th scope="col" key={p}>
              {perspectiveLabels[p]}
            </th>
          ))}
          <th scope="col">Abstand</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr
            key={r.dimension.id}
            className={r.differs ? 'rating-row-differs' : undefined}
            data-dimension={r.dimension.id}
          >
            <th scope="row">{r.dimension.staffLabel}</th>
            {props.shown.map((p) => (
              <td key={p} data-label={perspectiveLabels[p]} data-perspective={p}>
                <Value value={r.values[p]} />
              </td>
            ))}
            <td data-label="Abstand">
              {r.spread === null ? (
                <span className="muted">–</span>
              ) : r.differs ? (
                <Badge tone="danger">{r.spread} Punkte – Sichtweisen gehen auseinander</Badge>
              ) : (
                <span>{r.spread === 0 ? 'einig' : `${r.spread} Punkt`}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
