import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Checkbox, PageHeader, Spinner } from '../../ui/index.ts';
import { useKnowledgeSearch } from './api.ts';
import { KnowledgeNav } from './KnowledgeNav.tsx';
import { KnowledgeOverview } from './KnowledgeOverview.tsx';
import { KNOWLEDGE_PATH } from './paths.ts';
import { SearchResults } from './SearchResults.tsx';

function resultSummary(count: number, q: string): string {
  return count === 1 ? `1 Treffer zu „${q}“.` : `${count} Treffer zu „${q}“.`;
}

/**
 * "Wissen": one search over the office's articles, its staff questions and the law; the search is in
 * the address (?q=, ?gesetze=aus) so it can be shared and reached again with "Zurück".
 * Without a search: the own onboarding, articles due for review, the newest articles, open questions
 * and tags (during a search the results take their place).
 */
export function KnowledgeHomePage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const withLaw = params.get('gesetze') !== 'aus';
  const [draft, setDraft] = useState(q);
  const [draftLaw, setDraftLaw] = useState(withLaw);
  const [tooShort, setTooShort] = useState(false);
  // Back and forward change the address: the field follows it.
  useEffect(() => {
    setDraft(q);
    setDraftLaw(withLaw);
  }, [q, withLaw]);
  const search = useKnowledgeSearch(q, withLaw);

  function submit(event: FormEvent) {
    event.preventDefault();
    const term = draft.trim();
    if (term.length < 2) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    const next = new URLSearchParams();
    next.set('q', term);
    if (!draftLaw) next.set('gesetze', 'aus');
    setParams(next);
  }

  const result = search.data;
  const count = result ? result.articles.length + result.questions.length + result.law.length : 0;

  return (
    <div className="knowledge-page">
      <title>{q ? `${q} – Wissen – Lotse` : 'Wissen – Lotse'}</title>
      <KnowledgeNav />
      <PageHeader
        title="Wissen"
        lead="Arbeitshilfen und Antworten aus dem Amt und das Gesetz an einem Ort: SGB VIII, SGB I, SGB X und KKG."
      />
      <search className="knowledge-search" aria-label="Wissen und Gesetze durchsuchen">
        <form onSubmit={submit} noValidate className="knowledge-search-form">
          <div className="field knowledge-search-field">
            <label htmlFor="knowledge-q" className="field-label">
              Suchbegriff
            </label>
            <span id="knowledge-q-hint" className="field-hint">
              Zum Beispiel „Hilfeplan“, „Schutzauftrag“ oder „§ 8a“
            </span>
            <div className="knowledge-search-row">
              <input
                id="knowledge-q"
                className="input"
                type="search"
                name="q"
                maxLength={200}
                value={draft}
                aria-invalid={tooShort || undefined}
                aria-describedby={tooShort ? 'knowledge-q-hint knowledge-q-error' : 'knowledge-q-hint'}
                onChange={(e) => setDraft(e.target.value)}
              />
              <Button type="submit">Suchen</Button>
            </div>
            {tooShort ? (
              <span id="knowledge-q-error" className="field-error">
                Bitte geben Sie mindestens zwei Zeichen ein.
              </span>
            ) : null}
          </div>
          <Checkbox
            label="Auch in den Gesetzen suchen"
            checked={draftLaw}
            onChange={(e) => setDraftLaw(e.target.checked)}
          />
        </form>
      </search>

      <div className="live-region" aria-live="polite">
        {search.isError ? (
          <Alert tone="danger" title="Die Suche hat nicht geklappt">
            <p>{errorMessage(search.error)}</p>
          </Alert>
        ) : null}
        {q && search.isFetching && !result ? <Spinner label="Suche läuft …" /> : null}
        {q && result && !search.isPlaceholderData ? <p className="muted">{resultSummary(count, q)}</p> : null}
      </div>

      {q && result ? (
        <section
          aria-labelledby="knowledge-results-heading"
          className={search.isPlaceholderData ? 'is-stale' : undefined}
          aria-busy={search.isPlaceholderData || undefined}
        >
          <h2 id="knowledge-results-heading" className="visually-hidden">
            Suchergebnisse
          </h2>
          <SearchResults result={result} withLaw={withLaw} q={q} />
        </section>
      ) : null}

      {q ? (
        <p>
          <Link to={KNOWLEDGE_PATH}>Suche leeren und zur Übersicht</Link>
        </p>
      ) : (
        <KnowledgeOverview />
      )}
    </div>
  );
}
