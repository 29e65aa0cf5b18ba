import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Dialog, Spinner } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';
import { useArticleVersions } from './api.ts';
import { KnowledgeMarkdown } from './KnowledgeMarkdown.tsx';

/** The saved versions, newest first; an older one's text opens in a dialog. */
export function ArticleVersions(props: { articleId: string; currentVersion: number }) {
  const versions = useArticleVersions(props.articleId);
  const [shown, setShown] = useState<number | null>(null);
  const selected = versions.data?.find((v) => v.version === shown) ?? null;

  return (
    <section className="card" aria-labelledby="article-versions">
      <h2 id="article-versions">Versionen</h2>
      {versions.isPending ? <Spinner label="Versionen werden geladen …" /> : null}
      {versions.isError ? (
        <Alert tone="danger" title="Die Versionen konnten nicht geladen werden">
          <p>{errorMessage(versions.error)}</p>
        </Alert>
      ) : null}
      {versions.data ? (
        <ol className="plain-list knowledge-versions" aria-label="Versionen, neueste zuerst">
          {versions.data.map((v) => (
            <li key={v.version} className="knowledge-version">
              <p className="knowledge-version-head">
                <strong>Version {v.version}</strong>
                {v.version === props.currentVersion ? <span className="muted"> (aktuell)</span> : null}
              </p>
              <p className="muted small">
                {formatDateTime(v.editedAt)} · {v.editedBy.displayName}
              </p>
              {v.note ? <p className="small">„{v.note}“</p> : null}
              {v.version !== props.currentVersion ? (
                <Button variant="secondary" size="sm" onClick={() => setShown(v.version)}>
                  Version {v.version} anzeigen
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      <Dialog
        open={selected !== null}
        size="wide"
        title={selected ? `Version ${selected.version}: ${selected.title}` : ''}
        onClose={() => setShown(null)}
      >
        {selected ? (
          <div className="stack-sm">
            <p className="muted small">
              Gespeichert am {formatDateTime(selected.editedAt)} von {selected.editedBy.displayName}
              {selected.tags.length ? ` · Schlagwörter: ${selected.tags.join(', ')}` : ''}
            </p>
            <KnowledgeMarkdown title={selected.title}>{selected.body}</KnowledgeMarkdown>
          </div>
        ) : null}
      </Dialog>
    </section>
  );
}
