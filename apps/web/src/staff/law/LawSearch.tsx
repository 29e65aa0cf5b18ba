import { LAW_BOOKS, type TLawBookSlug, type TLawHit, ZLawBookSlug, ZLawSearchQuery } from '@lotse/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Select, Spinner, TextField } from '../../ui/index.ts';
import { lawPagePath, useLawSearch } from './api.ts';

const bookOptions = LAW_BOOKS.map((b) => ({ value: b.slug, label: b.abbreviation }));

/** The search's text with the matched words (between «» marks from the server) as <mark>. */
export function Highlighted(props: { text: string }) {
  const parts = props.text.split(/[«»]/);
  return (
    <>
      {parts.map((part, i) =>
        // Between a « and its » (odd positions) lies a matched word.
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
          <mark key={i}>{part}</mark>
        ) : (
          part
        ),
      )}
    </>
  );
}

/**
 * Full-text search in the four laws. The query lives in the URL (?q=…&gesetz=…), so a search can be
 * shared and the back button returns to the hits.
 */
export function LawSearch() {
  const [params, setParams] = useSearchParams();
  const urlQuery = params.get('q') ?? '';
  const parsedBook = ZLawBookSlug.safeParse(params.get('gesetz'));
  const urlBook: TLawBookSlug | '' = parsedBook.success ? parsedBook.data : '';
  const [query, setQuery] = useState(urlQuery);
  const [book, setBook] = useState<TLawBookSlug | ''>(urlBook);
  const [error, setError] = useState<string | undefined>();
  const hits = useLawSearch(urlQuery, urlBook);
  // Back and forward through searches: the form shows the search whose hits are listed.
  useEffect(() => {
    setQuery(urlQuery);
    setBook(urlBook);
  }, [urlQuery, urlBook]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZLawSearchQuery.safeParse({ q: query, book: book || undefined });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    const next = new URLSearchParams();
    next.set('q', parsed.data.q);
    if (parsed.data.book) next.set('gesetz', parsed.data.book);
    setParams(next);
  }

  const searched = urlQuery.trim().length >= 2;
  return (
    <section className="stack" aria-labelledby="law-search-title">
      <h2 id="law-search-title">Im Gesetz suchen</h2>
      <search>
        <form className="law-search-form" onSubmit={submit} noValidate>
          <TextField
            className="law-search-query"
            label="Suchbegriff"
            hint="Wörter oder eine Fundstelle, z. B. „Hilfeplan Mitwirkung“ oder „§ 8a Abs. 4“"
            type="search"
            value={query}
            error={error}
            onChange={(e) => setQuery(e.target.value)}
          />
          <Select
            className="law-search-book"
            label="Gesetz"
            placeholder="Alle Gesetze"
            options={bookOptions}
            value={book}
            onChange={(e) => {
              const parsed = ZLawBookSlug.safeParse(e.target.value);
              setBook(parsed.success ? parsed.data : '');
            }}
          />
          <Button type="submit">Suchen</Button>
        </form>
      </search>
      <div aria-live="polite" aria-atomic="true">
        {searched && hits.data ? (
          <p className="small">
            {hits.data.length === 0
              ? `Keine Treffer für „${urlQuery}“.`
              : `${hits.data.length === 1 ? 'Ein Treffer' : `${hits.data.length} Treffer`} für „${urlQuery}“.`}
          </p>
        ) : null}
      </div>
      {searched && hits.isPending ? <Spinner label="Suche läuft …" /> : null}
      {hits.isError ? <Alert tone="danger">{errorMessage(hits.error)}</Alert> : null}
      {searched && hits.data && hits.data.length > 0 ? (
        <ol className="plain-list law-hits" aria-label="Treffer">
          {hits.data.map((hit) => (
            <LawHit key={`${hit.book}-${hit.paragraph}`} hit={hit} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function LawHit({ hit }: { hit: TLawHit }) {
  return (
    <li className="law-hit">
      <Link className="law-hit-link" to={lawPagePath(hit.book, hit.paragraph, hit.anchor)}>
        {hit.ref} – {hit.title}
      </Link>
      <span className="small muted">{hit.sentenceRef}</span>
      <p className="law-hit-text">
        <Highlighted text={hit.highlighted} />
      </p>
    </li>
  );
}
