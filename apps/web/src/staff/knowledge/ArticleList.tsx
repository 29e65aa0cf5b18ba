import type { TArticleSummary } from '@lotse/shared';
import { Link } from 'react-router';
import { Badge } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { articlePath, tagPath } from './paths.ts';

/** Tags as links to the articles that carry them. */
export function TagLinks(props: { tags: string[]; label?: string }) {
  if (props.tags.length === 0) return null;
  return (
    <ul className="knowledge-tags" aria-label={props.label ?? 'Schlagwörter'}>
      {props.tags.map((tag) => (
        <li key={tag}>
          <Link to={tagPath(tag)} className="knowledge-tag">
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** "Prüfen bis 01.05.2026", marked when the day has come. */
export function ReviewBadge(props: { reviewOn: string; due: boolean }) {
  return props.due ? (
    <Badge tone="warning">Prüfung fällig seit {formatDate(props.reviewOn)}</Badge>
  ) : (
    <span className="muted small">Prüfen bis {formatDate(props.reviewOn)}</span>
  );
}

/** The excerpt without the title it often starts with (the text's own "# Title" line). */
function excerptOf(a: TArticleSummary): string {
  return a.excerpt.startsWith(a.title) ? a.excerpt.slice(a.title.length).trim() : a.excerpt;
}

/** Articles as a list: title, excerpt, tags, owner and review day. */
export function ArticleList(props: { articles: TArticleSummary[]; showExcerpt?: boolean }) {
  return (
    <ul className="plain-list knowledge-article-list">
      {props.articles.map((a) => (
        <li key={a.id} className="knowledge-article-item">
          <span className="cluster">
            <Link to={articlePath(a.id)} className="knowledge-hit-title">
              {a.title}
            </Link>
            {a.archived ? <Badge>Archiviert</Badge> : null}
            {a.origin.kind === 'imported' ? (
              <Badge tone="info" outline>
                Übernommen{a.origin.office ? ` von ${a.origin.office}` : ''}
              </Badge>
            ) : null}
          </span>
          {props.showExcerpt && excerptOf(a) ? <p className="knowledge-excerpt">{excerptOf(a)}</p> : null}
          <p className="muted small knowledge-meta">
            {a.owner.displayName} · geändert am {formatDate(a.updatedAt)} ·{' '}
            <ReviewBadge reviewOn={a.reviewOn} due={a.reviewDue} />
          </p>
          {a.tags.length ? <TagLinks tags={a.tags} label={`Schlagwörter von „${a.title}“`} /> : null}
        </li>
      ))}
    </ul>
  );
}
