import {
  perspectiveLabels,
  recordedAsLabels,
  type TPerspective,
  type TPerspectiveCatalogue,
  type TPerspectiveEntry,
  type TRecordedAs,
} from '@lotse/shared';
import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Button, LiveMessage, RadioGroup, Textarea } from '../../ui/index.ts';
import { useRatePerspective } from './api.ts';

export type Draft = Record<string, { value: number | null; comment: string }>;

/** The form's starting point: what the perspective said in this round, or nothing yet ("keine Angabe"). */
export function draftFrom(catalogue: TPerspectiveCatalogue, entry: TPerspectiveEntry | undefined): Draft {
  return Object.fromEntries(
    catalogue.dimensions.map((d) => {
      const r = entry?.ratings.find((x) => x.dimension === d.id);
      return [d.id, { value: r?.value ?? null, comment: r?.comment ?? '' }];
    }),
  );
}

export const draftToRatings = (draft: Draft) =>
  Object.entries(draft).map(([dimension, r]) => ({ dimension, value: r.value, comment: r.comment }));

const NO_ANSWER = 'keine';

/** One dimension: the five points with their anchor texts and "keine Angabe", as a labelled radio group. */
function DimensionField(props: {
  catalogue: TPerspectiveCatalogue;
  dimensionId: string;
  value: number | null;
  comment: string;
  onChange: (next: { value: number | null; comment: string }) => void;
}) {
  const d = props.catalogue.dimensions.find((x) => x.id === props.dimensionId);
  const hintId = useId();
  if (!d) return null;
  const name = `rating-${d.id}`;
  return (
    <fieldset className="rating-field" aria-describedby={hintId}>
      <legend className="rating-legend">{d.staffLabel}</legend>
      <p id={hintId} className="field-hint">
        {d.staffHint}
      </p>
      <div className="rating-scale">
        {props.catalogue.scale.map((p) => {
          const id = `${name}-${p.value}`;
          return (
            <div key={p.value} className="rating-option">
              <input
                type="radio"
                id={id}
                name={name}
                value={p.value}
                checked={props.value === p.value}
                onChange={() => props.onChange({ value: p.value, comment: props.comment })}
              />
              <label htmlFor={id} className="rating-option-label">
                <span className="rating-option-number">{p.value}</span>{' '}
                <span className="rating-option-text">{p.staffLabel}</span>
              </label>
            </div>
          );
        })}
        <div className="rating-option rating-option-none">
          <input
            type="radio"
            id={`${name}-${NO_ANSWER}`}
            name={name}
            value={NO_ANSWER}
            checked={props.value === null}
            onChange={() => props.onChange({ value: null, comment: props.comment })}
          />
          <label htmlFor={`${name}-${NO_ANSWER}`} className="rating-option-label">
            <span className="rating-option-number" aria-hidden="true">
              k. A.
            </span>{' '}
            <span className="rating-option-text">keine Angabe</span>
          </label>
        </div>
      </div>
      <Textarea
        label={`Kommentar zu „${d.staffLabel}“`}
        optional
        rows={2}
        maxLength={2000}
        value={props.comment}
        onChange={(e) => props.onChange({ value: props.value, comment: e.target.value })}
      />
    </fieldset>
  );
}

/** A staff form for the parents', caseworker's or provider's view of every dimension in a round. */
export function RatingForm(props: {
  caseId: string;
  roundId: string;
  perspective: Exclude<TPerspective, 'child'>;
  catalogue: TPerspectiveCatalogue;
  entry: TPerspectiveEntry | undefined;
  onDone: (message: string) => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(props.catalogue, props.entry));
  const [recordedAs, setRecordedAs] = useState<TRecordedAs>(props.entry?.recordedAs ?? 'together');
  const rate = useRatePerspective(props.caseId);
  const label = perspectiveLabels[props.perspective];

  function submit(event: FormEvent) {
    event.preventDefault();
    rate.mutate(
      {
        roundId: props.roundId,
        perspective: props.perspective,
        entry: {
          recordedAs: props.perspective === 'parent' ? recordedAs : null,
          ratings: draftToRatings(draft),
        },
      },
      { onSuccess: () => props.onDone(`Sichtweise „${label}“ gespeichert.`) },
    );
  }

  return (
    <form className="stack rating-form" onSubmit={submit}>
      {props.perspective === 'parent' ? (
        <RadioGroup
          legend="Wie wurde die Sicht der Eltern erfasst?"
          name="recorded-as"
          value={recordedAs}
          onChange={(v) => setRecordedAs(v === 'their_words' ? 'their_words' : 'together')}
          options={[
            { value: 'together', label: `Mit den Eltern ${recordedAsLabels.together}` },
            { value: 'their_words', label: `Von mir ${recordedAsLabels.their_words}` },
          ]}
        />
      ) : null}
      {props.catalogue.dimensions.map((d) => (
        <DimensionField
          key={d.id}
          catalogue={props.catalogue}
          dimensionId={d.id}
          value={draft[d.id]?.value ?? null}
          comment={draft[d.id]?.comment ?? ''}
          onChange={(next) => setDraft((old) => ({ ...old, [d.id]: next }))}
        />
      ))}
      <LiveMessage error={rate.isError ? errorMessage(rate.error) : null} />
      <div className="cluster">
        <Button type="submit" busy={rate.isPending}>
          Sichtweise speichern
        </Button>
      </div>
    </form>
  );
}
