import type { TPlanningFigures } from '@lotse/shared';
import { formatDateTime } from '../staff/format.ts';

/** The server's remarks on an answer (suppression, rounding) and when the figures were built. */
export function FiguresNotes(props: { figures: Pick<TPlanningFigures, 'notes' | 'builtAt'> }) {
  return (
    <div className="planning-notes small">
      {props.figures.notes.length > 0 ? (
        <ul>
          {props.figures.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <p>Stand: {props.figures.builtAt ? formatDateTime(props.figures.builtAt) : 'noch nicht berechnet'}</p>
    </div>
  );
}
