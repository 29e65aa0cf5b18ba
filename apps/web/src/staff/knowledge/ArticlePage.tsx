import type { TArticle } from '@lotse/shared';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import {
  Alert,
  Badge,
  Button,
  buttonClass,
  ConfirmDialog,
  DefinitionList,
  LiveMessage,
  PageHeader,
  Spinner,
} from '../../ui/index.ts';
import { PublishButton } from '../cooperation/PublishButton.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { StaffNotFound } from '../StaffNotFound.tsx';
import type { SavedState } from './ArticleEditorPage.tsx';
import { ReviewBadge, TagLinks } from './ArticleList.tsx';
import { ArticleVersions } from './ArticleVersions.tsx';
import { useArchiveArticle, useArticle } from './api.ts';
import { KnowledgeMarkdown } from './KnowledgeMarkdown.tsx';
import { KnowledgeNav } from './KnowledgeNav.tsx';
import { editArticlePath, questionPath } from './paths.ts';

function originText(article: TArticle): string {
  switch (article.origin.kind) {
    case 'own':
      return 'In diesem Amt geschrieben';
    case 'imported':
      return article.origin.office
        ? `Übernommen von ${article.origin.office}`
        : 'Von einem anderen Amt übernommen';
  }
}

/** One article: text, tags, owner, review day, version and origin; edit, archive and the history. */
export function ArticlePage() {
  const { articleId = '' } = useParams();
  const article = useArticle(articleId);
  const archive = useArchiveArticle(articleId);
  const [confirming, setConfirming] = useState(false);
  const [archivedNow, setArchivedNow] = useState(false);
  // "Gespeichert …" after the editor, announced once on arrival.
  const saved = (useLocation().state as SavedState | null)?.saved ?? null;

  if (article.isPending) return <Spinner label="Artikel wird geladen …" />;
  if (article.isError) {
    if (isApiError(article.error, 404) || isApiError(article.error, 400)) {
      return (
        <StaffNotFound
          title="Artikel nicht gefunden"
          text="Diesen Artikel gibt es nicht, oder Sie dürfen ihn nicht sehen."
        />
      );
    }
    return (
      <>
        <KnowledgeNav />
        <Alert tone="danger" title="Der Artikel konnte nicht geladen werden">
          <p>{errorMessage(article.error)}</p>
        </Alert>
      </>
    );
  }
  const a = article.data;
  const mayEdit = a.allowedActions.includes('edit');
  const mayArchive = a.allowedActions.includes('archive') && !a.archived;

  return (
    <div className="knowledge-page">
      <title>{`${a.title} – Wissen – Lotse`}</title>
      <KnowledgeNav />
      <PageHeader
        title={a.title}
        lead={
          <span className="cluster">
            {a.archived ? <Badge>Archiviert</Badge> : null}
            <ReviewBadge reviewOn={a.reviewOn} due={a.reviewDue} />
            <span className="muted small">Version {a.version}</span>
          </span>
        }
        actions={
          mayEdit || mayArchive ? (
            <>
              {mayEdit ? (
                <Link to={editArticlePath(a.id)} className={buttonClass('primary')}>
                  Bearbeiten
                </Link>
              ) : null}
              {mayArchive ? (
                <Button variant="secondary" onClick={() => setConfirming(true)}>
                  Archivieren
                </Button>
              ) : null}
              <PublishButton article={a} />
            </>
          ) : null
        }
      />
      <LiveMessage
        error={archive.isError ? `Nicht archiviert: ${errorMessage(archive.error)}` : null}
        success={
          archivedNow ? 'Der Artikel ist archiviert. Er erscheint nicht mehr in Listen und Suche.' : saved
        }
      />
      {a.archived && !archivedNow ? (
        <Alert tone="warning" title="Dieser Artikel ist archiviert">
          <p>Er ist nicht mehr aktuell und erscheint nicht in Listen und in der Suche.</p>
        </Alert>
      ) : null}
      <div className="knowledge-article-layout">
        <article className="card knowledge-article" aria-label={a.title}>
          <KnowledgeMarkdown title={a.title}>{a.body}</KnowledgeMarkdown>
        </article>
        <aside className="stack" aria-label="Angaben zum Artikel">
          <section className="card" aria-labelledby="article-facts">
            <h2 id="article-facts">Angaben</h2>
            <DefinitionList
              items={[
                { term: 'Verantwortlich', value: a.owner.displayName },
                {
                  term: 'Prüfen bis',
                  value: a.reviewDue ? (
                    <Badge tone="warning">{formatDate(a.reviewOn)} – Prüfung fällig</Badge>
                  ) : (
                    formatDate(a.reviewOn)
                  ),
                },
                {
                  term: 'Version',
                  value: `${a.version} vom ${formatDateTime(a.updatedAt)}, ${a.editedBy.displayName}`,
                },
                { term: 'Herkunft', value: originText(a) },
                ...(a.questionId
                  ? [
                      {
                        term: 'Entstanden aus',
                        value: <Link to={questionPath(a.questionId)}>einer Frage aus dem Amt</Link>,
                      },
                    ]
                  : []),
              ]}
            />
            {a.tags.length ? (
              <>
                <h3 className="knowledge-subheading">Schlagwörter</h3>
                <TagLinks tags={a.tags} />
              </>
            ) : null}
          </section>
          <ArticleVersions articleId={a.id} currentVersion={a.version} />
        </aside>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Artikel archivieren?"
        confirmLabel="Archivieren"
        busy={archive.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          archive.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              setArchivedNow(true);
            },
            onError: () => setConfirming(false),
          })
        }
      >
        <p>
          „{a.title}“ erscheint danach nicht mehr in den Listen und in der Suche. Die Versionen bleiben
          erhalten.
        </p>
      </ConfirmDialog>
    </div>
  );
}
