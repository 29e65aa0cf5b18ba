import { ecomapServiceKinds, type TEcomapNode } from '@lotse/shared';

const SIZE = 440;
/** Room left and right of the outer ring for the labels. */
const MARGIN = 90;
const CENTER = SIZE / 2;
const RING_RADIUS: Record<number, number> = { 1: 82, 2: 142, 3: 200 };
const NODE_RADIUS = 15;
const CHILD_RADIUS = 26;
const LABEL_MAX = 18;

interface Placed {
  node: TEcomapNode;
  x: number;
  y: number;
  cos: number;
  sin: number;
}

/** Nodes spread evenly on their ring (1 inside … 3 outside); each ring starts at a different angle. */
export function placeNodes(nodes: readonly TEcomapNode[]): Placed[] {
  const placed: Placed[] = [];
  for (const ring of [1, 2, 3]) {
    const onRing = nodes.filter((n) => n.closeness === ring);
    onRing.forEach((node, i) => {
      const angle = -Math.PI / 2 + (ring - 1) * 0.35 + (2 * Math.PI * i) / Math.max(onRing.length, 1);
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      const r = RING_RADIUS[ring] ?? 200;
      placed.push({ node, x: CENTER + r * cos, y: CENTER + r * sin, cos, sin });
    });
  }
  return placed;
}

/** A zigzag from the child to a node: the ecomap's sign for a stressful relationship. */
function zigzag(x1: number, y1: number, x2: number, y2: number): string {
  const length = Math.hypot(x2 - x1, y2 - y1);
  const steps = Math.max(2, Math.floor(length / 9));
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  const points = [`M${x1.toFixed(1)} ${y1.toFixed(1)}`];
  for (let i = 1; i < steps; i++) {
    const t = (length * i) / steps;
    const side = i % 2 === 0 ? 4 : -4;
    points.push(`L${(x1 + ux * t - uy * side).toFixed(1)} ${(y1 + uy * t + ux * side).toFixed(1)}`);
  }
  points.push(`L${x2.toFixed(1)} ${y2.toFixed(1)}`);
  return points.join(' ');
}

const shorten = (text: string) => (text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text);

/**
 * The ecomap as a drawing: the child in the centre, people (circles) and services (squares) on
 * rings by closeness, the line's style by the relationship (solid: supportive, dashed: neutral,
 * zigzag: stressful). Decorative for assistive technology: the list next to it says the same.
 */
export function EcomapDrawing(props: { nodes: readonly TEcomapNode[] }) {
  const placed = placeNodes(props.nodes);
  return (
    <svg
      className="ecomap-drawing"
      viewBox={`${-MARGIN} 0 ${SIZE + 2 * MARGIN} ${SIZE}`}
      aria-hidden="true"
      focusable="false"
    >
      {[1, 2, 3].map((ring) => (
        <circle key={ring} className="ecomap-ring" cx={CENTER} cy={CENTER} r={RING_RADIUS[ring]} />
      ))}
      {placed.map(({ node, x, y, cos, sin }) => {
        const x1 = CENTER + cos * CHILD_RADIUS;
        const y1 = CENTER + sin * CHILD_RADIUS;
        const x2 = x - cos * NODE_RADIUS;
        const y2 = y - sin * NODE_RADIUS;
        return node.quality === 'stressful' ? (
          <path
            key={`line-${node.id}`}
            className="ecomap-line ecomap-line-stressful"
            d={zigzag(x1, y1, x2, y2)}
          />
        ) : (
          <line
            key={`line-${node.id}`}
            className={`ecomap-line ecomap-line-${node.quality}`}
            x1={x1}
            y1={y1}
            x2={x2}
            y2={y2}
          />
        );
      })}
      <circle className="ecomap-child" cx={CENTER} cy={CENTER} r={CHILD_RADIUS} />
      <text className="ecomap-child-label" x={CENTER} y={CENTER + 5} textAnchor="middle">
        Kind
      </text>
      {placed.map(({ node, x, y, cos, sin }) => {
        const service = ecomapServiceKinds.has(node.kind);
        const anchor = cos > 0.35 ? 'start' : cos < -0.35 ? 'end' : 'middle';
        const lx = anchor === 'start' ? x + NODE_RADIUS + 5 : anchor === 'end' ? x - NODE_RADIUS - 5 : x;
        const ly = anchor === 'middle' ? y + (sin > 0 ? NODE_RADIUS + 14 : -NODE_RADIUS - 6) : y + 4;
        return (
          <g key={node.id} className={`ecomap-node ecomap-node-${node.quality}`}>
            {service ? (
              <rect
                x={x - NODE_RADIUS}
                y={y - NODE_RADIUS}
                width={NODE_RADIUS * 2}
                height={NODE_RADIUS * 2}
                rx={4}
              />
            ) : (
              <circle cx={x} cy={y} r={NODE_RADIUS} />
            )}
            <text className="ecomap-label" x={lx} y={ly} textAnchor={anchor}>
              {shorten(node.label)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
