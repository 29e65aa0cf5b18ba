import { cooperationKindLabels, type TPublicationSummary } from '@lotse/shared';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Badge, Button, LiveMessage, Spinner } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { KnowledgeMarkdown } from '../knowledge/KnowledgeMarkdown.tsx';
import { articlePath } from '../knowledge/paths.ts';
import { usePublication } from './api.ts';
import { ImportButton, useImportOnCard } from './ImportButton.tsx';

/** The publication's content, loaded when the preview is opened. */
function Preview(props: { id: string }) {
  const publication = usePublication(props.id, true);
  if (publication.isPending) return <Spinner label="Vorschau wird geladen …" />;
  if (publication.isError) return <p className="muted">Die Vorschau konnte nicht geladen werden.</p>;
  const { article, catalogue } = publication.data;
  if (article) {
    return (
      <div className="cooperation-preview">
        <KnowledgeMarkdown>{article.body}</KnowledgeMarkdown>
      </div>
    );
  }
  const domains = Array.isArray(catalogue?.domains) ? (catalogue.domains as { label?: string }[]) : [];
  return (
    <div className="cooperation-preview">
      <p>Bereiche des Katalogs:</p>
      <ul>
        {domains.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the catalogue's order, read only
          <li key={i}>{d.label ?? '–'}</li>
        ))}
      </ul>
    </div>
  );
}

/** One publication of another office: kind, title, summary, who published it; preview and "Kopie übernehmen". */
export function PublicationCard(props: { publication: TPublicationSummary }) {
  const p = props.publication;
  const [open, setOpen] = useState(false);
  const previewId = useId();
  const titleId = useId();
  const importState = useImportOnCard(p);
  const { imported } = importState;
  return (
    <article className="card cooperation-card" aria-labelledby={titleId}>
      <div className="cooperation-card-head">
        <div className="stack-sm">
          <span className="cluster">
            <Badge tone="info" outline>
              {cooperationKindLabels[p.kind]}
            </Badge>
            {p.importedAt ? <Badge tone="success">Übernommen am {formatDate(p.importedAt)}</Badge> : null}
          </span>
          <h3 id={titleId} className="cooperation-card-title">
            {p.title}
          </h3>
          <p className="muted small">
            {p.office} · veröffentlicht von {p.publishedBy} am {formatDate(p.publishedAt)}
            {p.importCount > 0
              ? ` · ${p.importCount === 1 ? 'von 1 Amt übernommen' : `von ${p.importCount} Ämtern übernommen`}`
              : ''}
          </p>
        </div>
        <div className="cooperation-card-actions">
          {p.allowedActions.includes('import') ? <ImportButton publication={p} state={importState} /> : null}
          <Button
            variant="secondary"
            size="sm"
            aria-label={`${open ? 'Vorschau schließen' : 'Vorschau'}: „${p.title}“`}
            aria-expanded={open}
            aria-controls={previewId}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Vorschau schließen' : 'Vorschau'}
          </Button>
        </div>
      </div>
      {p.summary ? <p className="cooperation-summary">{p.summary}</p> : null}
      {p.tags.length ? (
        <ul className="cooperation-tags" aria-label={`Schlagwörter von „${p.title}“`}>
          {p.tags.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : null}
      <LiveMessage success={imported?.message ?? null} />
      {imported?.articleId ? (
        <p>
          <Link to={articlePath(imported.articleId)}>Ihre Kopie „{p.title}“ öffnen</Link>
        </p>
      ) : null}
      <div id={previewId} hidden={!open}>
        {open ? <Preview id={p.id} /> : null}
      </div>
    </article>
  );
}
