import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, buttonClass, Checkbox, EmptyState, PageHeader, Select, Spinner } from '../../ui/index.ts';
import { ArticleList } from './ArticleList.tsx';
import { useArticles, useTags } from './api.ts';
import { KnowledgeNav } from './KnowledgeNav.tsx';
import { NEW_ARTICLE_PATH } from './paths.ts';

/** All articles of the office, filtered by tag, due review or archive; the filter lives in the address. */
export function ArticleListPage() {
  const [params, setParams] = useSearchParams();
  const tag = params.get('tag') ?? '';
  const reviewDue = params.get('pruefen') === '1';
  const archived = params.get('archiv') === '1';
  const articles = useArticles({
    tag: tag || undefined,
    reviewDue: reviewDue || undefined,
    archived: archived || undefined,
  });
  const tags = useTags();

  function setParam(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  const items = [...(articles.data ?? [])].sort((a, b) => a.title.localeCompare(b.title, 'de'));
  const tagOptions = (tags.data ?? []).map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` }));
  // A tag from a link that the list does not know (yet) stays selectable.
  if (tag && !tagOptions.some((o) => o.value === tag)) tagOptions.unshift({ value: tag, label: tag });

  return (
    <div className="knowledge-page">
      <title>{tag ? `Artikel zu „${tag}“ – Wissen – Lotse` : 'Artikel – Wissen – Lotse'}</title>
      <KnowledgeNav />
      <PageHeader
        title={tag ? `Artikel zu „${tag}“` : 'Artikel'}
        lead="Arbeitshilfen, Abläufe und Antworten, die im Amt geschrieben oder von anderen Ämtern übernommen wurden."
        actions={
          <Link to={NEW_ARTICLE_PATH} className={buttonClass('primary')}>
            Artikel schreiben
          </Link>
        }
      />
      <search className="filters" aria-label="Artikel filtern">
        <div className="filters-grid">
          <Select
            label="Schlagwort"
            placeholder="Alle Schlagwörter"
            options={tagOptions}
            value={tag}
            onChange={(e) => setParam('tag', e.target.value)}
          />
          <div className="knowledge-filter-checks">
            <Checkbox
              label="Nur zur Prüfung fällige"
              checked={reviewDue}
              onChange={(e) => setParam('pruefen', e.target.checked ? '1' : '')}
            />
            <Checkbox
              label="Archivierte zeigen"
              checked={archived}
              onChange={(e) => setParam('archiv', e.target.checked ? '1' : '')}
            />
          </div>
        </div>
      </search>
      <div aria-live="polite" className="live-region results-status">
        {articles.isError ? (
          <Alert tone="danger" title="Die Artikel konnten nicht geladen werden">
            <p>{errorMessage(articles.error)}</p>
          </Alert>
        ) : null}
        {articles.isPending ? <Spinner label="Artikel werden geladen …" /> : null}
        {articles.data && items.length > 0 ? (
          <p className="muted">{items.length === 1 ? '1 Artikel' : `${items.length} Artikel`}</p>
        ) : null}
      </div>
      {articles.data && items.length === 0 ? <EmptyState>Keine Artikel für diese Auswahl.</EmptyState> : null}
      {items.length > 0 ? (
        <section
          aria-label="Artikel"
          className={['card', articles.isPlaceholderData ? 'is-stale' : ''].filter(Boolean).join(' ')}
          aria-busy={articles.isPlaceholderData || undefined}
        >
          <ArticleList articles={items} showExcerpt />
        </section>
      ) : null}
    </div>
  );
}
