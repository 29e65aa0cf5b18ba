import type { ReactNode } from 'react';
import './components.css';

/**
 * Previous/next paging. `renderLink` builds a link for a page number so the page lives in the URL.
 */
export function Pagination(props: {
  page: number;
  pageSize: number;
  total: number;
  renderLink: (page: number, label: ReactNode, rel: 'prev' | 'next') => ReactNode;
}) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const from = props.total === 0 ? 0 : (props.page - 1) * props.pageSize + 1;
  const to = Math.min(props.total, props.page * props.pageSize);
  return (
    <nav className="pagination" aria-label="Seiten">
      <p className="muted small" aria-live="polite">
        {props.total === 0
          ? 'Keine Treffer'
          : `${from}–${to} von ${props.total} · Seite ${props.page} von ${pages}`}
      </p>
      <div className="pagination-links">
        {props.page > 1 ? props.renderLink(props.page - 1, '← Zurück', 'prev') : null}
        {props.page < pages ? props.renderLink(props.page + 1, 'Weiter →', 'next') : null}
      </div>
    </nav>
  );
}
