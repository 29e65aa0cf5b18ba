import {
  perspectiveLabels,
  perspectives,
  recordedAsLabels,
  type TCasePerspectives,
  type TPerspective,
  type TPerspectiveRound,
} from '@lotse/shared';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import {
  Alert,
  Badge,
  Button,
  Card,
  Dialog,
  EmptyState,
  LiveMessage,
  Select,
  Spinner,
  TextField,
} from '../../ui/index.ts';
import { formatDate, todayIso } from '../format.ts';
import { useHelpPlans } from '../helpplan/api.ts';
import { useCreateRound, usePerspectives } from './api.ts';
import { ComparisonTable } from './ComparisonTable.tsx';
import { compareRound, perspectivesIn } from './compare.ts';
import { EcomapCard } from './EcomapCard.tsx';
import { PerspectivesChart } from './PerspectivesChart.tsx';
import { RatingForm } from './RatingForm.tsx';
import { TrendTable } from './TrendTable.tsx';
import './perspectives.css';

/** "Sichtweisen" on the case page: rating rounds compared in a chart and a table, and the ecomap. */
export function PerspectivesPanel(props: { caseId: string }) {
  const data = usePerspectives(props.caseId);
  return (
    <div className="stack perspectives-panel">
      {data.isPending ? (
        <Spinner label="Sichtweisen werden geladen …" />
      ) : data.isError ? (
        <Alert tone="danger">{errorMessage(data.error)}</Alert>
      ) : (
        <Rounds caseId={props.caseId} data={data.data} />
      )}
      <EcomapCard caseId={props.caseId} />
    </div>
  );
}

function Rounds(props: { caseId: string; data: TCasePerspectives }) {
  const { rounds, catalogue, allowedActions } = props.data;
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const savedByChildMode = (location.state as { saved?: string } | null)?.saved ?? null;
  const [creating, setCreating] = useState(false);
  const [rating, setRating] = useState<Exclude<TPerspective, 'child'> | null>(null);
  const [done, setDone] = useState<string | null>(savedByChildMode);
  const canRate = allowedActions.includes('rate');
  const round = rounds.find((r) => r.id === params.get('runde')) ?? rounds[0];

  const select = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('runde', id);
    setParams(next, { replace: true });
  };

  return (
    <Card
      title="Sichtweisen im Vergleich"
      headingLevel={3}
      actions={
        canRate ? (
          <Button variant="secondary" size="sm" onClick={() => setCreating(true)}>
            Neue Bewertungsrunde
          </Button>
        ) : null
      }
    >
      <p className="muted small">
        Kind, Eltern, Fachkraft und Träger bewerten dieselben Bereiche von 1 (sehr belastet) bis 5 (sehr gut).
        Die Bewertungen sind ein Gesprächsanlass, kein Ergebnis.
      </p>
      <LiveMessage success={done} />
      {!round ? (
        <EmptyState>
          Noch keine Bewertungsrunde. Beginnen Sie eine, um die Sichtweisen zu vergleichen.
        </EmptyState>
      ) : (
        <div className="stack">
          {rounds.length > 1 ? (
            <Select
              label="Bewertungsrunde"
              value={round.id}
              onChange={(e) => select(e.target.value)}
              options={rounds.map((r) => ({ value: r.id, label: roundLabel(r) }))}
            />
          ) : (
            <p>
              <strong>{roundLabel(round)}</strong>
            </p>
          )}
          <RoundEntries round={round} canRate={canRate} caseId={props.caseId} onRate={setRating} />
          <RoundComparison round={round} data={props.data} />
          {rounds.length > 1 ? <TrendTable catalogue={catalogue} rounds={rounds} /> : null}
        </div>
      )}
      <Dialog open={creating} title="Neue Bewertungsrunde" onClose={() => setCreating(false)}>
        {creating ? (
          <NewRoundForm
            caseId={props.caseId}
            onDone={(created) => {
              setCreating(false);
              select(created.id);
              setDone(`Bewertungsrunde vom ${formatDate(created.ratedOn)} angelegt.`);
            }}
          />
        ) : null}
      </Dialog>
      <Dialog
        open={rating !== null && round !== undefined}
        size="wide"
        title={rating ? `Sichtweise: ${perspectiveLabels[rating]}` : ''}
        onClose={() => setRating(null)}
      >
        {rating && round ? (
          <RatingForm
            caseId={props.caseId}
            roundId={round.id}
            perspective={rating}
            catalogue={catalogue}
            entry={round.entries.find((e) => e.perspective === rating)}
            onDone={(message) => {
              setRating(null);
              setDone(message);
            }}
          />
        ) : null}
      </Dialog>
    </Card>
  );
}

const roundLabel = (r: TPerspectiveRound) =>
  `Runde vom ${formatDate(r.ratedOn)}${r.helpPlan ? ` (Hilfeplan, Fassung ${r.helpPlan.version})` : ''}`;

const enterLabels: Record<TPerspective, string> = {
  child: 'Kindermodus starten',
  parent: 'Sicht der Eltern eintragen',
  caseworker: 'Sicht der Fachkraft eintragen',
  provider: 'Sicht des Trägers eintragen',
};

/** Who has given their view in the round, how and by whom it was entered; buttons to enter the others. */
function RoundEntries(props: {
  caseId: string;
  round: TPerspectiveRound;
  canRate: boolean;
  onRate: (p: Exclude<TPerspective, 'child'>) => void;
}) {
  return (
    <ul className="perspective-entries">
      {perspectives.map((p) => {
        const entry = props.round.entries.find((e) => e.perspective === p);
        return (
          <li key={p} className="perspective-entry">
            <span className="perspective-entry-name">{perspectiveLabels[p]}</span>
            {entry ? (
              <span className="small muted">
                {entry.recordedAs ? `${recordedAsLabels[entry.recordedAs]}, ` : ''}
                eingetragen von {entry.enteredBy.displayName}
              </span>
            ) : (
              <Badge tone="neutral">fehlt noch</Badge>
            )}
            {props.canRate ? (
              p === 'child' ? (
                <Link
                  className="btn btn-secondary btn-sm"
                  to={`/fachkraft/faelle/${props.caseId}/sichtweisen/${props.round.id}/kind`}
                >
                  {entry ? 'Im Kindermodus ändern' : enterLabels.child}
                </Link>
              ) : (
                <Button variant="secondary" size="sm" onClick={() => props.onRate(p)}>
                  {entry ? `Ändern: ${perspectiveLabels[p]}` : enterLabels[p]}
                </Button>
              )
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function RoundComparison(props: { round: TPerspectiveRound; data: TCasePerspectives }) {
  // Stable between renders, so the chart is drawn again only when the numbers change.
  const shown = useMemo(() => perspectivesIn(props.round), [props.round]);
  const rows = useMemo(
    () => compareRound(props.data.catalogue, props.round),
    [props.data.catalogue, props.round],
  );
  if (shown.length === 0)
    return <EmptyState>In dieser Runde hat noch niemand eine Sichtweise eingetragen.</EmptyState>;
  const differing = rows.filter((r) => r.differs);
  const comments = rows.flatMap((r) => r.comments.map((c) => ({ ...c, dimension: r.dimension.staffLabel })));
  return (
    <div className="stack">
      <p>
        {shown.length < 2
          ? 'Erst eine Sichtweise eingetragen: der Vergleich entsteht mit der zweiten.'
          : differing.length === 0
            ? 'Die Sichtweisen liegen in allen Bereichen nah beieinander.'
            : `Die Sichtweisen gehen in ${differing.length === 1 ? 'einem Bereich' : `${differing.length} Bereichen`} auseinander: ${differing.map((r) => r.dimension.staffLabel).join(', ')}.`}
      </p>
      <PerspectivesChart rows={rows} shown={shown} />
      <ComparisonTable rows={rows} shown={shown} ratedOn={formatDate(props.round.ratedOn)} />
      {comments.length > 0 ? (
        <section className="stack-sm" aria-labelledby={`comments-${props.round.id}`}>
          <h4 id={`comments-${props.round.id}`}>Kommentare</h4>
          <ul className="perspective-comments">
            {comments.map((c) => (
              <li key={`${c.dimension}-${c.perspective}`}>
                <strong>
                  {c.dimension} – {perspectiveLabels[c.perspective]}:
                </strong>{' '}
                {c.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function NewRoundForm(props: { caseId: string; onDone: (round: TPerspectiveRound) => void }) {
  const create = useCreateRound(props.caseId);
  const plans = useHelpPlans(props.caseId);
  const [ratedOn, setRatedOn] = useState(todayIso());
  const [plan, setPlan] = useState('');

  const planOptions = (plans.data ?? []).flatMap((p) =>
    Array.from({ length: p.latestVersion }, (_, i) => i + 1)
      .reverse()
      .map((version) => ({
        value: `${p.id}:${version}`,
        label: `Hilfeplan ab ${formatDate(p.startsOn)}, Fassung ${version}`,
      })),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const [planId, version] = plan.split(':');
    create.mutate(
      { ratedOn, helpPlan: planId && version ? { planId, version: Number(version) } : null },
      { onSuccess: props.onDone },
    );
  }

  return (
    <form className="stack" onSubmit={submit}>
      <TextField
        label="Datum"
        type="date"
        required
        max={todayIso()}
        value={ratedOn}
        onChange={(e) => setRatedOn(e.target.value)}
      />
      <Select
        label="Gehört zum Hilfeplan"
        optional
        placeholder="Keinem Hilfeplan zugeordnet"
        options={planOptions}
        value={plan}
        onChange={(e) => setPlan(e.target.value)}
      />
      <LiveMessage error={create.isError ? errorMessage(create.error) : null} />
      <div className="cluster">
        <Button type="submit" busy={create.isPending}>
          Runde anlegen
        </Button>
      </div>
    </form>
  );
}
