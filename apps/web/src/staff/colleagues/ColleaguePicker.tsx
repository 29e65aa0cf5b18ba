import type { TColleague } from '@lotse/shared';
import { useDeferredValue, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, TextField } from '../../ui/index.ts';
import { useColleagueDirectory } from './api.ts';

/** How a colleague reads in a list: name, office and teams. */
export const colleagueLabel = (c: TColleague) =>
  `${c.displayName} · ${c.officeName}${c.teams.length ? ` · ${c.teams.join(', ')}` : ''}`;

/**
 * Finds a colleague of another office by name, office or team and picks one (a button per result);
 * how many were found is announced.
 */
export function ColleaguePicker(props: {
  value: TColleague | null;
  onChange: (colleague: TColleague | null) => void;
  error?: string;
}) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const directory = useColleagueDirectory(deferred);
  const results = deferred.trim().length >= 2 ? (directory.data ?? []) : [];

  if (props.value) {
    return (
      <div className="colleague-picked">
        <p>
          <span className="field-label">An</span> <strong>{props.value.displayName}</strong>
          <span className="muted">
            {' · '}
            {props.value.officeName}
            {props.value.teams.length ? ` · ${props.value.teams.join(', ')}` : ''}
          </span>
        </p>
        <Button variant="secondary" size="sm" onClick={() => props.onChange(null)}>
          Andere Person wählen
        </Button>
      </div>
    );
  }
  return (
    <div className="stack-sm">
      <TextField
        label="Kollegin oder Kollege suchen"
        hint="Name, Jugendamt oder Team, mindestens zwei Zeichen. Es erscheinen Fachkräfte und Teamleitungen anderer Jugendämter."
        type="search"
        autoComplete="off"
        maxLength={100}
        value={query}
        error={props.error}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div aria-live="polite" className="live-region">
        {directory.isError ? <Alert tone="danger">{errorMessage(directory.error)}</Alert> : null}
        {deferred.trim().length >= 2 && directory.data ? (
          <p className="muted small">
            {results.length === 0
              ? 'Niemand gefunden.'
              : results.length === 1
                ? '1 Person gefunden.'
                : `${results.length} Personen gefunden.`}
          </p>
        ) : null}
      </div>
      {results.length > 0 ? (
        <fieldset className="fieldset colleague-results">
          <legend className="visually-hidden">Gefundene Kolleg*innen</legend>
          <ul className="plain-list">
            {results.map((c) => (
              <li key={`${c.officeId}/${c.userId}`}>
                <button type="button" className="colleague-result" onClick={() => props.onChange(c)}>
                  <strong>{c.displayName}</strong>
                  <span className="muted small">
                    {c.officeName}
                    {c.teams.length ? ` · ${c.teams.join(', ')}` : ''}
                  </span>
                  <span className="visually-hidden"> auswählen</span>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
    </div>
  );
}
