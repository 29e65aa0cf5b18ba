import type { TInboxDetail } from '@lotse/shared';
import { Card, EmptyState } from '../../ui/index.ts';

/** The conversation with the intake assistant, as the family saw it (no retyping, no guessing). */
export function TranscriptCard(props: { transcript: TInboxDetail['transcript'] }) {
  return (
    <Card title="Gespräch mit dem Assistenten">
      {props.transcript.length === 0 ? (
        <EmptyState>Kein Gesprächsverlauf gespeichert.</EmptyState>
      ) : (
        <ol className="plain-list transcript">
          {props.transcript.map((line, i) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: the transcript never changes
              key={i}
              className={line.from === 'family' ? 'transcript-line transcript-family' : 'transcript-line'}
            >
              <span className="transcript-from">{line.from === 'family' ? 'Familie' : 'Assistent'}:</span>{' '}
              <span className="pre-wrap">{line.text}</span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
