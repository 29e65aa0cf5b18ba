import type { LegendEntry } from './figuresOption.ts';

/**
 * The chart's legend as HTML: it wraps on narrow screens, and each sample shows the line style or
 * pattern of the drawing, so the legend works without colour too.
 */
export function ChartLegend(props: { entries: LegendEntry[] }) {
  return (
    <ul className="planning-legend" aria-label="Legende">
      {props.entries.map((entry) => (
        <li key={entry.kind}>
          <span className={`planning-swatch planning-swatch-${entry.kind}`} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
