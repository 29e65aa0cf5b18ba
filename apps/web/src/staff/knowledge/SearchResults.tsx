import type { TKnowledgeSearchResult } from '@lotse/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge, Card, EmptyState } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { Highlighted } from './Highlighted.tsx';
import { articlePath, lawParagraphPath, questionPath } from './paths.ts';

function countLabel(count: number): string {
  return count === 1 ? '1 Treffer' : `${count} Treffer`;
}

/** One group of hits: its heading with the number, the hits or a short "none". */
function ResultGroup(props: { title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <Card
      title={
        <>
          {props.title} <span className="muted knowledge-count">({props.count})</span>
        </>
      }
      aria-label={`${props.title}: ${countLabel(props.count)}`}
      headingLevel={3}
      className="knowledge-results-group"
    >
      {props.count === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ol className="plain-list knowledge-hits">{props.children}</ol>
      )}
    </Card>
  );
}

/** The hits of a search, grouped: the office's articles, its staff questions, the law. */
export function SearchResults(props: { result: TKnowledgeSearchResult; withLaw: boolean; q: string }) {
  const { articles, questions, law } = props.result;
  if (articles.length + questions.length + law.length === 0) {
    return (
      <EmptyState>
        Nichts gefunden zu „{props.q}“. Versuchen Sie ein anderes Wort – oder stellen Sie die Frage den
        Kolleginnen und Kollegen unter <Link to="/fachkraft/wissen/fragen">Fragen aus dem Amt</Link>.
      </EmptyState>
    );
  }
  return (
    <div className="knowledge-results">
      <ResultGroup title="Artikel" count={articles.length} empty="Kein Artikel passt.">
        {articles.map((a) => (
          <li key={a.id} className="knowledge-hit">
            <Link to={articlePath(a.id)} className="knowledge-hit-title">
              {a.title}
            </Link>
            <p className="knowledge-hit-text">
              <Highlighted text={a.highlighted} />
            </p>
            <p className="muted small">
              {a.tags.length ? `${a.tags.join(', ')} · ` : ''}geändert am {formatDate(a.updatedAt)}
            </p>
          </li>
        ))}
      </ResultGroup>
      <ResultGroup title="Fragen aus dem Amt" count={questions.length} empty="Keine Frage passt.">
        {questions.map((q) => (
          <li key={q.id} className="knowledge-hit">
            <span className="cluster">
              <Link to={questionPath(q.id)} className="knowledge-hit-title">
                {q.title}
              </Link>
              {q.answered ? <Badge tone="success">Beantwortet</Badge> : <Badge tone="warning">Offen</Badge>}
            </span>
            <p className="knowledge-hit-text">
              <Highlighted text={q.highlighted} />
            </p>
          </li>
        ))}
      </ResultGroup>
      {props.withLaw ? (
        <ResultGroup title="Gesetze" count={law.length} empty="Keine Vorschrift passt.">
          {law.map((hit) => (
            <li key={`${hit.book}-${hit.paragraph}-${hit.anchor}`} className="knowledge-hit">
              <Link
                to={lawParagraphPath(hit.book, hit.paragraph, hit.anchor)}
                className="knowledge-hit-title"
              >
                {hit.ref} – {hit.title}
              </Link>
              <p className="knowledge-hit-text">
                <span className="knowledge-hit-ref">{hit.sentenceRef}: </span>
                <Highlighted text={hit.highlighted} />
              </p>
            </li>
          ))}
        </ResultGroup>
      ) : null}
    </div>
  );
}
