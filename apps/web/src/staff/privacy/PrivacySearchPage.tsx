import { type TPrivacyPersonHit, ZPrivacyPersonSearchSchema } from '@lotse/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Button, EmptyState, PageHeader, Spinner, Table, TextField } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { usePersonSearch } from './api.ts';
import { PrivacyNav } from './PrivacyNav.tsx';
import { type PersonLinkState, privacyPersonHref } from './paths.ts';
import { caseStatusText } from './retentionLabels.ts';
import './privacy.css';

function hitsText(count: number): string {
  if (count === 0) return 'Keine Person gefunden.';
  return count === 1 ? '1 Person gefunden.' : `${count} Personen gefunden.`;
}

function Hits(props: { hits: TPrivacyPersonHit[]; search: string }) {
  return (
    <Table caption="Gefundene Personen" captionHidden stacked>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Geburtsdatum</th>
          <th scope="col">Fälle</th>
        </tr>
      </thead>
      <tbody>
        {props.hits.map((p) => {
          const state: PersonLinkState = {
            person: { name: p.name, birthDate: p.birthDate },
            search: props.search,
          };
          return (
            <tr key={p.id}>
              <td data-label="Name">
                <Link to={privacyPersonHref(p.id)} state={state}>
                  {p.name}
                </Link>
              </td>
              <td data-label="Geburtsdatum" className="nowrap">
                {formatDate(p.birthDate)}
              </td>
              <td data-label="Fälle">
                {p.cases.length === 0 ? (
                  'keine'
                ) : (
                  <ul className="plain-list">
                    {p.cases.map((c) => (
                      <li key={c.id}>
                        <span className="nowrap">{c.reference}</span>{' '}
                        <span className="muted">· {caseStatusText(c.status)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/**
 * "Rechte betroffener Personen": the data protection officer finds the person a request concerns, by
 * name or file number, across all teams. The search words live in the URL (?q=).
 */
export function PrivacySearchPage() {
  const [params, setParams] = useSearchParams();
  const urlQuery = params.get('q') ?? '';
  const [words, setWords] = useState(urlQuery);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const field = useRef<HTMLInputElement>(null);
  // Keep the field in step with the URL (back and forward).
  useEffect(() => setWords(urlQuery), [urlQuery]);

  const parsedUrl = urlQuery ? ZPrivacyPersonSearchSchema.safeParse({ q: urlQuery }) : null;
  const q = parsedUrl?.success ? parsedUrl.data.q : null;
  const urlError = parsedUrl && !parsedUrl.success ? parsedUrl.error.issues[0]?.message : undefined;
  const search = usePersonSearch(q);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZPrivacyPersonSearchSchema.safeParse({ q: words });
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message);
      field.current?.focus();
      return;
    }
    setFieldError(undefined);
    setParams(new URLSearchParams({ q: parsed.data.q }));
  }

  const serverFieldError = isApiError(search.error) ? search.error.fields.q : undefined;

  return (
    <div className="privacy-page">
      <title>Datenschutz – Lotse</title>
      <PrivacyNav />
      <PageHeader
        title="Rechte betroffener Personen"
        lead="Auskunft, Berichtigung, Löschung, Einschränkung und Widerspruch nach Art. 15–21 DSGVO: Person suchen, Auskunft erstellen, Anträge erfassen und entscheiden."
      />
      <search className="filters" aria-label="Person suchen">
        <form className="filters-search" onSubmit={submit} noValidate>
          <TextField
            ref={field}
            label="Name oder Aktenzeichen"
            hint="Anfang des Vor- oder Nachnamens oder das Aktenzeichen eines Falls; gesucht wird in allen Teams."
            type="search"
            name="q"
            maxLength={100}
            spellCheck={false}
            value={words}
            error={fieldError ?? urlError ?? serverFieldError}
            onChange={(e) => {
              setWords(e.target.value);
              setFieldError(undefined);
            }}
          />
          <Button type="submit">Suchen</Button>
        </form>
      </search>
      <p className="small muted">
        Jede Suche steht mit ihrer Trefferzahl im Zugriffsprotokoll, ohne die Suchwörter.
      </p>

      <div aria-live="polite" className="live-region results-status">
        {search.isError && !serverFieldError ? (
          <Alert tone="danger" title="Die Suche ist fehlgeschlagen">
            <p>{errorMessage(search.error)}</p>
          </Alert>
        ) : null}
        {search.isFetching && !search.data ? <Spinner label="Personen werden gesucht …" /> : null}
        {search.data && q ? <p className="muted">{hitsText(search.data.items.length)}</p> : null}
      </div>

      {search.data && q ? (
        search.data.items.length === 0 ? (
          <EmptyState>
            Keine Person zu „{q}“. Versuchen Sie den Anfang des Nachnamens oder das vollständige Aktenzeichen.
          </EmptyState>
        ) : (
          <div
            className={search.isPlaceholderData ? 'is-stale' : undefined}
            aria-busy={search.isPlaceholderData || undefined}
          >
            <Hits hits={search.data.items} search={`?${params.toString()}`} />
          </div>
        )
      ) : null}
    </div>
  );
}
