import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { errorMessage, isApiError } from '../api/client.ts';
import { formatDateTime } from '../staff/format.ts';
import { Button, LiveMessage, TextField } from '../ui/index.ts';
import { planningKeys, useImportPopulation, usePlanningIndicators, useRequestRebuild } from './api.ts';

/** How often the page asks whether the rebuild is done, and for how long. */
const POLL_MS = 10_000;
const GIVE_UP_MS = 3 * 60_000;

/**
 * "Daten und Berechnung": when the figures were built, "Neu berechnen" (queued; the page asks every few
 * seconds until the new figures are there) and the import of the population figures that rates need.
 */
export function DataSection(props: { builtAt: string | null; hasPopulation: boolean }) {
  const queryClient = useQueryClient();
  const rebuild = useRequestRebuild();
  // The build time when the rebuild was asked for: a different one means the new figures are there.
  const [waiting, setWaiting] = useState<{ since: string | null; at: number } | null>(null);
  const [rebuildMessage, setRebuildMessage] = useState<string | null>(null);
  usePlanningIndicators({ pollMs: waiting ? POLL_MS : false });

  useEffect(() => {
    if (!waiting) return;
    if (props.builtAt !== waiting.since) {
      setWaiting(null);
      setRebuildMessage(`Die Zahlen sind neu berechnet (Stand: ${formatDateTime(props.builtAt)}).`);
      void queryClient.invalidateQueries({ queryKey: planningKeys.all });
      return;
    }
    const timer = setTimeout(
      () => {
        setWaiting(null);
        setRebuildMessage(
          'Die Neuberechnung dauert länger als erwartet. Laden Sie die Seite später neu, um die neuen Zahlen zu sehen.',
        );
      },
      Math.max(0, waiting.at + GIVE_UP_MS - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [props.builtAt, waiting, queryClient]);

  function requestRebuild() {
    setRebuildMessage(null);
    rebuild.mutate(undefined, {
      onSuccess: (answer) => {
        setWaiting({ since: props.builtAt, at: Date.now() });
        setRebuildMessage(
          answer.queued
            ? 'Die Neuberechnung ist beauftragt. Die Zahlen sind in etwa einer Minute neu berechnet; die Seite zeigt sie dann von selbst.'
            : 'Eine Neuberechnung ist schon beauftragt. Die Zahlen sind in etwa einer Minute neu berechnet; die Seite zeigt sie dann von selbst.',
        );
      },
    });
  }

  return (
    <section className="card stack planning-data" aria-labelledby="planning-data-heading">
      <h2 id="planning-data-heading">Daten und Berechnung</h2>
      <div className="planning-data-grid">
        <div className="stack-sm">
          <h3>Berechnung</h3>
          <p>
            Stand der Zahlen: {props.builtAt ? formatDateTime(props.builtAt) : 'noch nicht berechnet'}. Lotse
            berechnet sie jede Nacht neu aus den Fällen.
          </p>
          <div>
            <Button variant="secondary" busy={rebuild.isPending || waiting !== null} onClick={requestRebuild}>
              Neu berechnen
            </Button>
          </div>
          <LiveMessage
            error={rebuild.isError ? errorMessage(rebuild.error) : null}
            success={rebuildMessage}
          />
        </div>
        <PopulationImport hasPopulation={props.hasPopulation} />
      </div>
    </section>
  );
}

/** The register extract with the population by year, social area and age group, as CSV. */
function PopulationImport(props: { hasPopulation: boolean }) {
  const upload = useImportPopulation();
  const [file, setFile] = useState<File | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (!file) {
      setFieldError('Bitte wählen Sie eine CSV-Datei.');
      return;
    }
    setFieldError(null);
    upload.mutate(await file.text(), {
      onSuccess: (answer) => {
        const years = answer.years.join(', ');
        setDone(
          `${answer.rows} Zeilen eingelesen (${answer.years.length === 1 ? 'Jahr' : 'Jahre'} ${years}). Die Quoten nutzen sie ab sofort.`,
        );
      },
      onError: (error) => {
        if (isApiError(error, 400) || isApiError(error, 413)) setFieldError(errorMessage(error));
      },
    });
  }

  const otherError = upload.isError && !fieldError ? errorMessage(upload.error) : null;
  return (
    <form className="stack-sm" onSubmit={submit} noValidate>
      <h3>Einwohnerzahlen</h3>
      <p>
        {props.hasPopulation
          ? 'Einwohnerzahlen sind eingelesen. Eine neue Datei ersetzt die Zahlen der Jahre, die sie enthält.'
          : 'Noch keine Einwohnerzahlen: Quoten wie „je 10 000 junge Menschen“ lassen sich erst mit ihnen berechnen.'}
      </p>
      <TextField
        label="CSV-Datei aus dem Melderegister"
        type="file"
        accept=".csv,text/csv"
        hint="Spalten year;social_area;age_group;population – eine Zeile je Jahr, Sozialraum (Kürzel) und Altersgruppe (0-3, 3-6, 6-9, 9-12, 12-14, 14-16, 16-18, 18-21)."
        error={fieldError ?? undefined}
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null);
          setFieldError(null);
        }}
      />
      <div>
        <Button type="submit" variant="secondary" busy={upload.isPending}>
          Einwohnerzahlen einlesen
        </Button>
      </div>
      <LiveMessage error={otherError} success={done} />
    </form>
  );
}
