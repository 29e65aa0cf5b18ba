import {
  genderLabels,
  relationKindLabels,
  type TCasePerson,
  type THousehold,
  type TRelation,
} from '@lotse/shared';
import { useId, useMemo } from 'react';
import { ageInYears, fullName } from '../../format.ts';
import { type GenoNode, type LineStyle, layoutGenogram, SHAPE } from './layout.ts';
import './genogram.css';

const dash: Record<LineStyle, string | undefined> = { solid: undefined, dashed: '7 5', dotted: '2 4' };

function Shape({ node }: { node: GenoNode }) {
  const { x, y, person } = node;
  const h = SHAPE / 2;
  const index = person.role === 'child';
  const cls = index ? 'geno-shape is-index' : 'geno-shape';
  const outline = (grow: number) => {
    switch (person.gender) {
      case 'male':
        return <rect x={x - h - grow} y={y - h - grow} width={SHAPE + 2 * grow} height={SHAPE + 2 * grow} />;
      case 'female':
        return <circle cx={x} cy={y} r={h + grow} />;
      case 'diverse': {
        const d = h + 6 + grow * 1.4;
        return <polygon points={`${x},${y - d} ${x + d},${y} ${x},${y + d} ${x - d},${y}`} />;
      }
      case 'unspecified':
        return (
          <rect
            x={x - h - grow}
            y={y - h - grow}
            width={SHAPE + 2 * grow}
            height={SHAPE + 2 * grow}
            rx={14}
            strokeDasharray="5 3"
          />
        );
    }
  };
  const age = ageInYears(person.birthDate);
  return (
    <g className={cls}>
      {index ? <g className="geno-index-ring">{outline(5)}</g> : null}
      {outline(0)}
      {age !== null ? (
        <text x={x} y={y + 5} textAnchor="middle" className="geno-age">
          {age}
        </text>
      ) : null}
      <text x={x} y={y + h + 20} textAnchor="middle" className="geno-name">
        {person.firstName}
      </text>
      <text x={x} y={y + h + 38} textAnchor="middle" className="geno-surname">
        {person.lastName}
      </text>
    </g>
  );
}

/** One readable sentence per relation: the diagram's text alternative. */
export function relationSentences(persons: TCasePerson[], relations: TRelation[]): string[] {
  const byId = new Map(persons.map((p) => [p.id, p]));
  return relations.flatMap((r) => {
    const from = byId.get(r.fromPersonId);
    const to = byId.get(r.toPersonId);
    if (!from || !to) return [];
    return [`${fullName(from)} ist ${relationKindLabels[r.kind]} von ${fullName(to)}.`];
  });
}

const noHouseholds: THousehold[] = [];

/** One sentence per household, numbered like the frames in the diagram. */
export function householdSentences(persons: TCasePerson[], households: THousehold[]): string[] {
  return households.map((h, i) => {
    const names = persons.filter((p) => h.personIds.includes(p.id)).map(fullName);
    return `Haushalt ${i + 1} „${h.label}“: ${names.length ? names.join(', ') : 'niemand eingetragen'}.`;
  });
}

/** Family diagram (genogram) as SVG with a text alternative listing every relation and household. */
export function Genogram(props: {
  persons: TCasePerson[];
  relations: TRelation[];
  households?: THousehold[];
}) {
  const titleId = useId();
  const descId = useId();
  const households = props.households ?? noHouseholds;
  const layout = useMemo(
    () => layoutGenogram(props.persons, props.relations, households),
    [props.persons, props.relations, households],
  );
  const sentences = relationSentences(props.persons, props.relations);
  const householdText = householdSentences(props.persons, households);
  const related = new Set(props.relations.flatMap((r) => [r.fromPersonId, r.toPersonId]));
  const unrelated = props.persons.filter((p) => !related.has(p.id));

  if (props.persons.length === 0) return <p className="muted">Noch keine Personen erfasst.</p>;

  const summary = [
    `${props.persons.length} Personen, ${props.relations.length} Beziehungen, ${households.length} Haushalte.`,
    ...sentences,
    ...householdText,
  ].join(' ');

  return (
    <figure className="genogram">
      <div className="genogram-scroll">
        <svg
          // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users must be able to scroll a wide diagram
          tabIndex={0}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
        >
          <title id={titleId}>Familiendiagramm (Genogramm)</title>
          <desc id={descId}>{summary}</desc>
          <g className="geno-households" fill="none">
            {layout.households.map((h) => (
              <g key={h.key} className={`geno-household household-tone-${(h.number - 1) % 3}`}>
                <path d={h.path} className="geno-household-frame" />
                <circle cx={h.marker[0]} cy={h.marker[1]} r={10} className="geno-household-marker" />
                <text
                  x={h.marker[0]}
                  y={h.marker[1] + 4}
                  textAnchor="middle"
                  className="geno-household-number"
                >
                  {h.number}
                </text>
              </g>
            ))}
          </g>
          <g className="geno-lines" fill="none">
            {layout.lines.map((line) => (
              <polyline
                key={line.key}
                className={`geno-line geno-line-${line.kind}`}
                points={line.points.map(([px, py]) => `${px},${py}`).join(' ')}
                strokeDasharray={dash[line.style]}
              />
            ))}
          </g>
          {layout.nodes.map((node) => (
            <Shape key={node.person.id} node={node} />
          ))}
        </svg>
      </div>
      <figcaption className="genogram-caption">
        <p className="genogram-legend">
          <span className="legend-item">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <rect x="2" y="2" width="12" height="12" className="legend-shape" />
            </svg>
            {genderLabels.male}
          </span>
          <span className="legend-item">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="8" cy="8" r="6" className="legend-shape" />
            </svg>
            {genderLabels.female}
          </span>
          <span className="legend-item">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <polygon points="8,1 15,8 8,15 1,8" className="legend-shape" />
            </svg>
            {genderLabels.diverse}
          </span>
          <span className="legend-item">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <rect
                x="2"
                y="2"
                width="12"
                height="12"
                rx="4"
                strokeDasharray="3 2"
                className="legend-shape"
              />
            </svg>
            {genderLabels.unspecified}
          </span>
          <span className="legend-item">Doppelrand: betroffenes Kind · Zahl: Alter</span>
          <span className="legend-item">gestrichelt: Stief-/Vormundschaft · gepunktet: Pflege</span>
          {households.length ? (
            <span className="legend-item">
              <svg width="22" height="16" viewBox="0 0 22 16" aria-hidden="true">
                <rect x="1.5" y="1.5" width="19" height="13" rx="4" className="legend-household" />
              </svg>
              Rahmen mit Nummer: Haushalt (siehe „Haushalte“)
            </span>
          ) : null}
        </p>
        <h3 className="genogram-relations-title">Beziehungen</h3>
        {sentences.length ? (
          <ul className="genogram-relations">
            {sentences.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sentences may repeat, order is stable
              <li key={i}>{s}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">Noch keine Beziehungen erfasst.</p>
        )}
        {unrelated.length && sentences.length ? (
          <p className="muted small">Ohne erfasste Beziehung: {unrelated.map(fullName).join(', ')}</p>
        ) : null}
      </figcaption>
    </figure>
  );
}
