import type { TArticle } from '@lotse/shared';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Button, PageHeader, Spinner, Textarea } from '../../ui/index.ts';
import { StaffNotFound } from '../StaffNotFound.tsx';
import { type ArticleDraft, ArticleForm } from './ArticleForm.tsx';
import { useArticle, useCreateArticle, useUpdateArticle } from './api.ts';
import { KnowledgeNav } from './KnowledgeNav.tsx';
import { ARTICLES_PATH, articlePath } from './paths.ts';

/** What the article page says after saving (passed in the navigation state). */
export interface SavedState {
  saved?: string;
}

/** "Artikel schreiben": a new article of the caller's office; its owner is the caller. */
export function NewArticlePage() {
  const navigate = useNavigate();
  const create = useCreateArticle();
  return (
    <div className="knowledge-page">
      <title>Artikel schreiben – Wissen – Lotse</title>
      <KnowledgeNav />
      <PageHeader
        title="Artikel schreiben"
        lead="Sie sind danach für den Artikel verantwortlich und werden zum Prüfdatum erinnert."
      />
      <div className="card">
        <ArticleForm
          submitLabel="Artikel speichern"
          busy={create.isPending}
          error={create.error}
          onCancel={() => navigate(ARTICLES_PATH)}
          onSubmit={(draft) =>
            create.mutate(draft, {
              onSuccess: (article) =>
                navigate(articlePath(article.id), {
                  state: { saved: 'Der Artikel ist gespeichert.' } satisfies SavedState,
                }),
            })
          }
        />
      </div>
    </div>
  );
}

/** Edits an article; someone else saving in between is a conflict the user resolves by reloading. */
export function EditArticlePage() {
  const { articleId = '' } = useParams();
  const navigate = useNavigate();
  const article = useArticle(articleId);
  const update = useUpdateArticle(articleId);
  // The text the user had typed when a conflict made them reload, so nothing is lost.
  const [lostDraft, setLostDraft] = useState<ArticleDraft | null>(null);
  const [pending, setPending] = useState<ArticleDraft | null>(null);

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
      <Alert tone="danger" title="Der Artikel konnte nicht geladen werden">
        <p>{errorMessage(article.error)}</p>
      </Alert>
    );
  }
  const a: TArticle = article.data;
  const conflict = isApiError(update.error, 409);

  async function reload() {
    setLostDraft(pending);
    update.reset();
    await article.refetch();
  }

  return (
    <div className="knowledge-page">
      <title>{`${a.title} bearbeiten – Wissen – Lotse`}</title>
      <KnowledgeNav />
      <p className="small">
        <Link to={articlePath(a.id)}>
          <span aria-hidden="true">← </span>Zurück zum Artikel
        </Link>
      </p>
      <PageHeader title="Artikel bearbeiten" lead={`„${a.title}“, Version ${a.version}`} />
      {!a.allowedActions.includes('edit') ? (
        <Alert tone="warning" title="Sie dürfen diesen Artikel nicht bearbeiten">
          <p>Wenden Sie sich an {a.owner.displayName}, die oder der für den Artikel verantwortlich ist.</p>
        </Alert>
      ) : (
        <>
          {conflict ? (
            <div className="alert alert-warning" role="alert">
              <p className="alert-title">Jemand hat den Artikel inzwischen gespeichert</p>
              <p>
                {errorMessage(update.error)} Ihre Änderungen sind nicht gespeichert. Laden Sie die neue
                Version und übernehmen Sie Ihre Änderungen dort – Ihr Text bleibt zum Kopieren stehen.
              </p>
              <Button variant="secondary" size="sm" busy={article.isFetching} onClick={reload}>
                Neue Version laden
              </Button>
            </div>
          ) : null}
          {lostDraft ? (
            <details className="card knowledge-lost-draft" open>
              <summary>Ihr nicht gespeicherter Text</summary>
              <Textarea label="Ihr Text (nur zum Kopieren)" readOnly rows={8} value={lostDraft.body} />
            </details>
          ) : null}
          <div className="card">
            <ArticleForm
              // A reloaded article starts the form again from the newest version.
              key={a.version}
              article={a}
              submitLabel="Neue Version speichern"
              busy={update.isPending}
              error={update.error}
              onCancel={() => navigate(articlePath(a.id))}
              onSubmit={(draft) => {
                setPending(draft);
                update.mutate(
                  { ...draft, baseVersion: a.version },
                  {
                    onSuccess: (saved) =>
                      navigate(articlePath(saved.id), {
                        state: { saved: `Gespeichert als Version ${saved.version}.` } satisfies SavedState,
                      }),
                  },
                );
              }}
            />
          </div>
        </>
      )}
    </div>
  );
}
