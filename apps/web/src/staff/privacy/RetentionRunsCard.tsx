import type { TRetentionRun } from '@lotse/shared';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, ConfirmDialog, LiveMessage, Spinner } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';
import { useRetentionRuns, useStartDryRun, useStartErasureRun } from './api.ts';
import { dueSummary, platformTotal, RetentionReport } from './RetentionReport.tsx';
import { RetentionRunList } from './RetentionRunList.tsx';
import { plural, runStartedBy } from './retentionLabels.ts';

/** How long the list is refetched after an erasure run was queued (it runs in the background). */
const WATCH_MS = 30_000;

function erasureOf(runs: TRetentionRun[], dryRunId: string): TRetentionRun | undefined {
  return runs.find((r) => r.kind === 'erasure' && r.dryRunId === dryRunId);
}

function NewestDryRun(props: {
  run: TRetentionRun;
  erasure: TRetentionRun | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  starting: boolean;
  onStart: () => void;
}) {
  const { run, erasure } = props;
  const nothing = run.report.due.length === 0 && platformTotal(run.report) === 0;
  return (
    <section className="stack retention-newest" aria-labelledby="retention-newest-title">
      <h3 id="retention-newest-title" ref={props.headingRef} tabIndex={-1} className="retention-subtitle">
        Neuester Probelauf vom {formatDateTime(run.startedAt)}
      </h3>
      <p className="small muted">
        {run.requestedBy ? `Gestartet von ${runStartedBy(run)}.` : 'Nächtlicher Probelauf.'} Gelöscht wurde
        dabei nichts.
      </p>
      <RetentionReport report={run.report} headingLevel={4} />
      {erasure ? (
        <p>
          Dieser Probelauf wurde am {formatDateTime(erasure.startedAt)} ausgeführt; der Löschlauf steht unten
          in der Liste.
        </p>
      ) : nothing ? (
        <p>Nichts fällig – ein Löschlauf ist nicht nötig.</p>
      ) : (
        <div className="stack-sm">
          <p className="small muted">
            Der Löschlauf löscht, was dieser Probelauf aufgelistet hat und dann noch fällig und nicht gesperrt
            ist. Ein Probelauf lässt sich höchstens sieben Tage lang und nur einmal ausführen.
          </p>
          <div className="cluster">
            <Button variant="danger" busy={props.starting} onClick={props.onStart}>
              Löschlauf starten
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

/**
 * "Probeläufe und Löschläufe": a dry run lists what is due; only a dry run is carried out, so nothing
 * is erased that was not listed first. The erasure runs in the background; the list is refetched.
 */
export function RetentionRunsCard() {
  const [watching, setWatching] = useState<string | null>(null);
  const runs = useRetentionRuns(watching !== null);
  const dryRun = useStartDryRun();
  const erasure = useStartErasureRun();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const newestHeading = useRef<HTMLHeadingElement>(null);
  const focusWhenShown = useRef(false);
  const items = runs.data?.items ?? [];
  const newest = items.find((r) => r.kind === 'dry_run');
  const newestErasure = newest ? erasureOf(items, newest.id) : undefined;
  const finished = watching ? erasureOf(items, watching)?.finishedAt : null;

  // Focus moves to the fresh dry run once it is drawn.
  useEffect(() => {
    if (newest && focusWhenShown.current) {
      focusWhenShown.current = false;
      newestHeading.current?.focus();
    }
  }, [newest]);

  // Watch the queued erasure until it has finished, at most WATCH_MS.
  useEffect(() => {
    if (!watching) return;
    const timer = setTimeout(() => setWatching(null), WATCH_MS);
    return () => clearTimeout(timer);
  }, [watching]);
  useEffect(() => {
    if (watching && finished) {
      setWatching(null);
      setMessage('Der Löschlauf ist fertig. Sein Bericht steht in der Liste der Läufe.');
    }
  }, [watching, finished]);

  function startDryRun() {
    erasure.reset();
    setMessage(null);
    focusWhenShown.current = true;
    dryRun.mutate(undefined, {
      onSuccess: (run) =>
        setMessage(
          `Der Probelauf ist fertig: ${dueSummary(run.report)} fällig, ${plural(run.report.held.length, 'Fall', 'Fälle', 'kein Fall')} gesperrt.`,
        ),
      onError: () => {
        focusWhenShown.current = false;
      },
    });
  }

  function startErasure() {
    const run = newest;
    if (!run) return;
    dryRun.reset();
    setMessage(null);
    erasure.mutate(run.id, {
      onSuccess: () => {
        setConfirming(false);
        setWatching(run.id);
        setMessage(
          'Der Löschlauf ist beauftragt und läuft im Hintergrund. Sein Bericht erscheint in der Liste, sobald er fertig ist.',
        );
      },
      onError: () => setConfirming(false),
    });
  }

  const failure = dryRun.isError
    ? `Der Probelauf ist fehlgeschlagen: ${errorMessage(dryRun.error)}`
    : erasure.isError
      ? `Der Löschlauf wurde nicht gestartet: ${errorMessage(erasure.error)}`
      : null;

  return (
    <Card title="Probeläufe und Löschläufe" aria-label="Probeläufe und Löschläufe">
      <div className="stack">
        <p className="small muted">
          Der Probelauf zeigt, was jetzt fällig ist – Aktenzeichen und Daten, keine Namen –, und löscht
          nichts. Lotse macht jede Nacht um 03:30 Uhr selbst einen. Gelöscht wird nur, was ein Probelauf
          aufgelistet hat.
        </p>
        <div className="cluster">
          <Button busy={dryRun.isPending} onClick={startDryRun}>
            Probelauf starten
          </Button>
          <Button
            variant="secondary"
            busy={runs.isFetching && !runs.isPending}
            onClick={() => runs.refetch()}
          >
            Aktualisieren
          </Button>
        </div>
        <LiveMessage error={failure} success={message} />
        {runs.isPending ? <Spinner label="Läufe werden geladen …" /> : null}
        {runs.isError ? (
          <Alert tone="danger" title="Die Läufe konnten nicht geladen werden">
            <p>{errorMessage(runs.error)}</p>
          </Alert>
        ) : null}
        {runs.data && !newest ? (
          <p>Noch kein Probelauf. Starten Sie einen, um zu sehen, was fällig ist.</p>
        ) : null}
        {newest ? (
          <NewestDryRun
            run={newest}
            erasure={newestErasure}
            headingRef={newestHeading}
            starting={erasure.isPending}
            onStart={() => setConfirming(true)}
          />
        ) : null}
        {items.length > 0 ? (
          <section className="stack-sm" aria-labelledby="retention-runs-title">
            <h3 id="retention-runs-title" className="retention-subtitle">
              Letzte Läufe
            </h3>
            <RetentionRunList runs={items} />
          </section>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Löschlauf starten?"
        confirmLabel="Endgültig löschen"
        tone="danger"
        busy={erasure.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={startErasure}
      >
        {newest ? (
          <>
            <p>
              Lotse löscht endgültig, was der Probelauf vom {formatDateTime(newest.startedAt)} aufgelistet hat
              und noch fällig ist: <strong>{dueSummary(newest.report)}</strong>, mit allem, was zu ihnen
              gehört, dazu{' '}
              {plural(
                platformTotal(newest.report),
                'weiterer Eintrag',
                'weitere Einträge',
                'kein weiterer Eintrag',
              )}{' '}
              (Anmeldungen, Aufträge, Benachrichtigungen).
            </p>
            <p>
              Das lässt sich nicht rückgängig machen. Im Zugriffsprotokoll bleibt nur, dass gelöscht wurde; in
              Sicherungen bleiben die Daten, bis diese ablaufen.
            </p>
          </>
        ) : null}
      </ConfirmDialog>
    </Card>
  );
}
