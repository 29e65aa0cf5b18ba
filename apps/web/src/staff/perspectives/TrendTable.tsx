import {
  perspectiveLabels,
  perspectives,
  type TPerspective,
  type TPerspectiveCatalogue,
  type TPerspectiveRound,
  ZPerspective,
} from '@lotse/shared';
import { useState } from 'react';
import { Select, Table } from '../../ui/index.ts';
import { formatDate } from '../format.ts';

/** One perspective's ratings across all rounds (oldest first): how a view changed over the help. */
export function TrendTable(props: { catalogue: TPerspectiveCatalogue; rounds: TPerspectiveRound[] }) {
  const [perspective, setPerspective] = useState<TPerspective>('child');
  const chronological = [...props.rounds].reverse();
  const rated = chronological.filter((r) => r.entries.some((e) => e.perspective === perspective));
  const ratingIn = (round: TPerspectiveRound, dimension: string) => {
    const entry = round.entries.find((e) => e.perspective === perspective);
    return entry?.ratings.find((r) => r.dimension === dimension)?.value;
  };
  return (
    <section className="stack-sm" aria-labelledby="perspective-trend-heading">
      <h4 id="perspective-trend-heading">Verlauf über die Runden</h4>
      <Select
        label="Sichtweise"
        value={perspective}
        options={perspectives.map((p) => ({ value: p, label: perspectiveLabels[p] }))}
        onChange={(e) => {
          const parsed = ZPerspective.safeParse(e.target.value);
          if (parsed.success) setPerspective(parsed.data);
        }}
      />
      {rated.length < 2 ? (
        <p className="muted">
          Die Sichtweise „{perspectiveLabels[perspective]}“ ist in weniger als zwei Runden eingetragen.
        </p>
      ) : (
        <Table
          caption={`Sichtweise „${perspectiveLabels[perspective]}“ je Runde (1 = sehr belastet, 5 = sehr gut)`}
          stacked
        >
          <thead>
            <tr>
              <th scope="col">Bereich</th>
              {rated.map((r) => (
                <th scope="col" key={r.id}>
                  {formatDate(r.ratedOn)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.catalogue.dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.staffLabel}</th>
                {rated.map((r) => {
                  const value = ratingIn(r, d.id);
                  return (
                    <td key={r.id} data-label={formatDate(r.ratedOn)}>
                      {value === undefined ? (
                        <span className="muted">–</span>
                      ) : value === null ? (
                        <abbr title="keine Angabe">k. A.</abbr>
                      ) : (
                        <span className="rating-value">{value}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
