import type { TPlanningIndicator } from '@lotse/shared';
import { formatNumber } from './format.ts';
import { indicatorGroups } from './SelectionForm.tsx';

/** Every indicator with its definition, by group: what the picker's short names stand for. */
export function IndicatorDefinitions(props: { items: TPlanningIndicator[] }) {
  return (
    <section className="stack-sm" aria-labelledby="planning-definitions">
      <h2 id="planning-definitions">Was die Kennzahlen bedeuten</h2>
      <details className="planning-definitions">
        <summary>Alle Kennzahlen und wie sie berechnet werden</summary>
        {indicatorGroups.map(([group, label]) => (
          <div key={group} className="stack-sm">
            <h3>{label}</h3>
            <dl>
              {props.items
                .filter((i) => i.group === group)
                .map((i) => (
                  <div key={i.id}>
                    <dt>{i.label}</dt>
                    <dd>
                      {i.definition}
                      {i.reference
                        ? ` Vergleichswert: ${formatNumber(i.reference.value)} (${i.reference.source}, ${i.reference.year}).`
                        : ''}
                    </dd>
                  </div>
                ))}
            </dl>
          </div>
        ))}
      </details>
    </section>
  );
}
