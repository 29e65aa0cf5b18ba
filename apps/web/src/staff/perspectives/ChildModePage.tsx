import { recordedAsLabels, type TPerspectiveCatalogue, type TRecordedAs } from '@lotse/shared';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Button, LiveMessage, RadioGroup, Spinner, Textarea } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { StaffNotFound } from '../StaffNotFound.tsx';
import { usePerspectives, useRatePerspective } from './api.ts';
import { Face, NoAnswerFace, Picture } from './pictures.tsx';
import { type Draft, draftFrom, draftToRatings } from './RatingForm.tsx';
import './perspectives.css';

/**
 * Kindermodus: the child's view, one question per screen with big pictures and faces, in very
 * simple words; on a tablet or phone, together with the caseworker. Every choice is a labelled radio
 * button, so it works with a keyboard and a screen reader too.
 */
export function ChildModePage() {
  const { caseId = '', roundId = '' } = useParams();
  const data = usePerspectives(caseId);
  if (data.isPending) return <Spinner label="Wird geladen …" />;
  if (data.isError) {
    if (isApiError(data.error, 404))
      return (
        <StaffNotFound
          title="Fall nicht gefunden"
          text="Diesen Fall gibt es nicht, oder Sie haben keinen Zugriff darauf."
        />
      );
    return <Alert tone="danger">{errorMessage(data.error)}</Alert>;
  }
  const round = data.data.rounds.find((r) => r.id === roundId);
  if (!round)
    return (
      <StaffNotFound
        title="Bewertungsrunde nicht gefunden"
        text="Diese Bewertungsrunde gibt es in diesem Fall nicht."
      />
    );
  const entry = round.entries.find((e) => e.perspective === 'child');
  return (
    <ChildMode
      caseId={caseId}
      roundId={roundId}
      ratedOn={round.ratedOn}
      catalogue={data.data.catalogue}
      initial={draftFrom(data.data.catalogue, entry)}
      initialRecordedAs={entry?.recordedAs ?? 'together'}
    />
  );
}

function ChildMode(props: {
  caseId: string;
  roundId: string;
  ratedOn: string;
  catalogue: TPerspectiveCatalogue;
  initial: Draft;
  initialRecordedAs: TRecordedAs;
}) {
  const { catalogue } = props;
  const navigate = useNavigate();
  const rate = useRatePerspective(props.caseId);
  const [draft, setDraft] = useState<Draft>(props.initial);
  const [recordedAs, setRecordedAs] = useState<TRecordedAs>(props.initialRecordedAs);
  // 0: how it is recorded (for the caseworker), 1…n: one dimension each, n + 1: overview and save.
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const total = catalogue.dimensions.length;
  const backToCase = `/fachkraft/faelle/${props.caseId}?tab=sichtweisen&runde=${props.roundId}`;

  useEffect(() => {
    if (step > 0) heading.current?.focus();
  }, [step]);

  function save() {
    rate.mutate(
      { roundId: props.roundId, perspective: 'child', entry: { recordedAs, ratings: draftToRatings(draft) } },
      {
        onSuccess: () => navigate(backToCase, { state: { saved: 'Die Sicht des Kindes ist gespeichert.' } }),
      },
    );
  }

  const dimension = step >= 1 && step <= total ? catalogue.dimensions[step - 1] : undefined;
  return (
    <div className="child-mode">
      <title>Deine Sicht – Lotse</title>
      <div className="child-mode-bar">
        <span className="small muted">Kindermodus · Bewertungsrunde vom {formatDate(props.ratedOn)}</span>
        <Link to={backToCase} className="small">
          Abbrechen und zurück zum Fall
        </Link>
      </div>
      <h1 className="child-title">Deine Sicht</h1>
      {step === 0 ? (
        <div className="stack child-intro">
          <p className="child-lead">
            Hier kannst du zeigen, wie es dir geht. Es gibt kein Richtig und kein Falsch. Du darfst auch
            sagen: „Möchte ich nicht sagen“.
          </p>
          <RadioGroup
            legend="Für die Fachkraft: Wie wird die Sicht des Kindes erfasst?"
            name="recorded-as"
            value={recordedAs}
            onChange={(v) => setRecordedAs(v === 'their_words' ? 'their_words' : 'together')}
            options={[
              { value: 'together', label: `Das Kind wählt selbst (${recordedAsLabels.together})` },
              {
                value: 'their_words',
                label: `Ich halte fest, was das Kind sagt (${recordedAsLabels.their_words})`,
              },
            ]}
          />
          <div className="child-nav">
            <Button className="btn-child" onClick={() => setStep(1)}>
              Los geht’s
            </Button>
          </div>
        </div>
      ) : dimension ? (
        <ChildQuestion
          key={dimension.id}
          catalogue={catalogue}
          index={step}
          total={total}
          headingRef={heading}
          dimensionId={dimension.id}
          value={draft[dimension.id] ?? { value: null, comment: '' }}
          onChange={(next) => setDraft((old) => ({ ...old, [dimension.id]: next }))}
          onBack={() => setStep(step - 1)}
          onNext={() => setStep(step + 1)}
        />
      ) : (
        <section className="stack child-summary" aria-labelledby="child-summary-heading">
          <h2 id="child-summary-heading" ref={heading} tabIndex={-1} className="child-question-text">
            Das hast du gesagt
          </h2>
          <ul className="child-summary-list">
            {catalogue.dimensions.map((d, i) => {
              const value = draft[d.id]?.value ?? null;
              const point = catalogue.scale.find((p) => p.value === value);
              return (
                <li key={d.id}>
                  <Picture id={d.picture} size={40} />
                  <span className="child-summary-label">{d.childLabel}</span>
                  {point ? <Face value={point.value} size={40} /> : <NoAnswerFace size={40} />}
                  <span className="child-summary-answer">
                    {point ? point.childLabel : 'möchte ich nicht sagen'}
                  </span>
                  <Button variant="secondary" size="sm" onClick={() => setStep(i + 1)}>
                    Ändern<span className="visually-hidden">: {d.childLabel}</span>
                  </Button>
                </li>
              );
            })}
          </ul>
          <LiveMessage error={rate.isError ? errorMessage(rate.error) : null} />
          <div className="child-nav">
            <Button variant="secondary" className="btn-child" onClick={() => setStep(total)}>
              Zurück
            </Button>
            <Button className="btn-child" busy={rate.isPending} onClick={save}>
              Fertig – speichern
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}

function ChildQuestion(props: {
  catalogue: TPerspectiveCatalogue;
  index: number;
  total: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  dimensionId: string;
  value: { value: number | null; comment: string };
  onChange: (next: { value: number | null; comment: string }) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const d = props.catalogue.dimensions.find((x) => x.id === props.dimensionId);
  if (!d) return null;
  const name = `child-${d.id}`;
  const options = [
    ...props.catalogue.scale.map((p) => ({
      key: String(p.value),
      value: p.value as number | null,
      label: p.childLabel,
    })),
    { key: 'none', value: null as number | null, label: 'Möchte ich nicht sagen' },
  ];
  return (
    <section className="stack child-question" aria-labelledby={`${name}-heading`}>
      <p className="child-progress">
        <span>
          Frage {props.index} von {props.total}
        </span>
        <progress max={props.total} value={props.index} aria-hidden="true" />
      </p>
      <div className="child-question-head">
        <Picture id={d.picture} size={88} className="child-picture" />
        <h2 id={`${name}-heading`} ref={props.headingRef} tabIndex={-1} className="child-question-text">
          <span className="child-topic">{d.childLabel}</span>
          {d.childQuestion}
        </h2>
      </div>
      <fieldset className="child-faces">
        <legend className="visually-hidden">{d.childQuestion}</legend>
        {options.map((o) => {
          const id = `${name}-${o.key}`;
          return (
            <div key={o.key} className="child-face-option">
              <input
                type="radio"
                id={id}
                name={name}
                checked={props.value.value === o.value}
                onChange={() => props.onChange({ value: o.value, comment: props.value.comment })}
              />
              <label htmlFor={id} className="child-face-label">
                {o.value === null ? <NoAnswerFace size={64} /> : <Face value={o.value} size={64} />}
                <span>{o.label}</span>
              </label>
            </div>
          );
        })}
      </fieldset>
      <Textarea
        label="Möchtest du noch etwas dazu sagen?"
        hint="Die Fachkraft schreibt es für dich auf."
        optional
        rows={2}
        maxLength={2000}
        value={props.value.comment}
        onChange={(e) => props.onChange({ value: props.value.value, comment: e.target.value })}
      />
      <div className="child-nav">
        <Button variant="secondary" className="btn-child" onClick={props.onBack}>
          Zurück
        </Button>
        <Button className="btn-child" onClick={props.onNext}>
          {props.index === props.total ? 'Fertig' : 'Weiter'}
        </Button>
      </div>
    </section>
  );
}
