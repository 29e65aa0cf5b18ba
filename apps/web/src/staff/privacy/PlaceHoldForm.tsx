import { type TPrivacyPersonHit, ZPlaceHoldSchema, ZPrivacyPersonSearchSchema } from '@lotse/shared';
import { type FormEvent, useId, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Button, LiveMessage, Spinner, Textarea, TextField } from '../../ui/index.ts';
import { issuesToFields } from '../format.ts';
import { type TRetentionHold, usePersonSearch, usePlaceHold } from './api.ts';
import { caseStatusText, plural } from './retentionLabels.ts';

interface FoundCase {
  id: string;
  reference: string;
  status: string;
  names: string[];
}

/** The cases of the persons found, each once, with the names of the found persons in it. */
function casesOf(hits: TPrivacyPersonHit[]): FoundCase[] {
  const byId = new Map<string, FoundCase>();
  for (const person of hits) {
    for (const c of person.cases) {
      const found = byId.get(c.id) ?? { id: c.id, reference: c.reference, status: c.status, names: [] };
      found.names.push(person.name);
      byId.set(c.id, found);
    }
  }
  return [...byId.values()].sort((a, b) => a.reference.localeCompare(b.reference));
}

/**
 * "Neue Löschsperre": there is no search by file number of its own, so the officer finds the case
 * through the person search (name or file number), picks it and names the reason.
 */
export function PlaceHoldForm(props: { heldCaseIds: string[]; onPlaced: (hold: TRetentionHold) => void }) {
  const place = usePlaceHold();
  const ids = useId();
  const searchField = useRef<HTMLInputElement>(null);
  const holdForm = useRef<HTMLFormElement>(null);
  const [words, setWords] = useState('');
  const [q, setQ] = useState<string | null>(null);
  const [searchError, setSearchError] = useState<string | undefined>();
  const [caseId, setCaseId] = useState('');
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [placed, setPlaced] = useState<string | null>(null);
  const search = usePersonSearch(q);
  const cases = search.data && q ? casesOf(search.data.items) : [];

  function find(event: FormEvent) {
    event.preventDefault();
    const parsed = ZPrivacyPersonSearchSchema.safeParse({ q: words });
    if (!parsed.success) {
      setSearchError(parsed.error.issues[0]?.message);
      searchField.current?.focus();
      return;
    }
    setSearchError(undefined);
    setCaseId('');
    setPlaced(null);
    setQ(parsed.data.q);
  }

  function focusFirstError(refused: Record<string, string>) {
    requestAnimationFrame(() => {
      const target = refused.caseId
        ? holdForm.current?.querySelector<HTMLElement>('input[type="radio"]:not(:disabled)')
        : holdForm.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      target?.focus();
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    place.reset();
    setPlaced(null);
    const parsed = ZPlaceHoldSchema.safeParse({ caseId, reason });
    const refused = parsed.success ? {} : issuesToFields(parsed.error.issues);
    if (refused.caseId) refused.caseId = 'Bitte wählen Sie den Fall, der gesperrt werden soll.';
    setFields(refused);
    if (!parsed.success) {
      focusFirstError(refused);
      return;
    }
    place.mutate(parsed.data, {
      onSuccess: (hold) => {
        setCaseId('');
        setReason('');
        setPlaced(`Die Löschsperre für ${hold.reference} ist gesetzt.`);
        props.onPlaced(hold);
      },
      onError: (error) => {
        if (isApiError(error) && Object.keys(error.fields).length > 0) {
          setFields(error.fields);
          focusFirstError(error.fields);
        }
      },
    });
  }

  const refusal =
    place.isError && !(isApiError(place.error) && Object.keys(place.error.fields).length > 0)
      ? `Nicht gesperrt: ${errorMessage(place.error)}`
      : null;
  const serverSearchError = isApiError(search.error) ? search.error.fields.q : undefined;
  const caseError = fields.caseId;

  return (
    <section className="stack retention-hold-form" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>Neue Löschsperre</h3>
      <search aria-label="Fall für die Sperre suchen">
        <form className="retention-search" onSubmit={find} noValidate>
          <TextField
            ref={searchField}
            label="Person oder Aktenzeichen"
            hint="Anfang des Vor- oder Nachnamens oder das Aktenzeichen; gezeigt werden die Fälle der gefundenen Personen."
            type="search"
            maxLength={100}
            spellCheck={false}
            value={words}
            error={searchError ?? serverSearchError}
            onChange={(e) => {
              setWords(e.target.value);
              setSearchError(undefined);
            }}
          />
          <Button type="submit" variant="secondary">
            Fälle suchen
          </Button>
        </form>
      </search>
      <div aria-live="polite" className="live-region">
        {search.isError && !serverSearchError ? (
          <Alert tone="danger" title="Die Suche ist fehlgeschlagen">
            <p>{errorMessage(search.error)}</p>
          </Alert>
        ) : null}
        {search.isFetching && !search.data ? <Spinner label="Fälle werden gesucht …" /> : null}
        {search.data && q ? (
          <p className="muted">
            {cases.length === 0
              ? 'Kein Fall gefunden.'
              : `${plural(cases.length, 'Fall', 'Fälle')} gefunden.`}
          </p>
        ) : null}
      </div>
      {cases.length > 0 ? (
        <form ref={holdForm} className="stack" onSubmit={submit} noValidate aria-label="Löschsperre setzen">
          <fieldset
            className="fieldset retention-case-choice"
            aria-describedby={caseError ? `${ids}-case-error` : undefined}
          >
            <legend>Fall</legend>
            {caseError ? (
              <p id={`${ids}-case-error`} className="field-error">
                {caseError}
              </p>
            ) : null}
            <ul className="plain-list">
              {cases.map((c) => {
                const held = props.heldCaseIds.includes(c.id);
                return (
                  <li key={c.id} className="checkbox">
                    <input
                      type="radio"
                      id={`${ids}-${c.id}`}
                      name={`${ids}-case`}
                      value={c.id}
                      checked={caseId === c.id}
                      disabled={held}
                      onChange={() => setCaseId(c.id)}
                    />
                    <label htmlFor={`${ids}-${c.id}`} className="checkbox-text">
                      <span>
                        <strong>{c.reference}</strong> · {caseStatusText(c.status)}
                        {held ? ' · schon gesperrt' : ''}
                      </span>
                      <span className="small muted">{c.names.join(', ')}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <Textarea
            label="Grund der Sperre"
            hint="Zum Beispiel ein laufendes Gerichtsverfahren, eine Prüfung der Aufsicht oder ein geltend gemachter Anspruch."
            rows={3}
            maxLength={1000}
            value={reason}
            error={fields.reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <LiveMessage error={refusal} success={placed} />
          <div className="form-actions">
            <Button type="submit" busy={place.isPending}>
              Sperre setzen
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
