import { Link } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, buttonClass, Card, EmptyState, Spinner } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { useCurrentUser } from '../session.tsx';
import { ArticleList } from './ArticleList.tsx';
import { useArticles, useOnboarding, useQuestions, useTags } from './api.ts';
import { ProgressBar } from './ProgressBar.tsx';
import {
  ARTICLES_PATH,
  assignmentPath,
  NEW_ARTICLE_PATH,
  ONBOARDING_PATH,
  QUESTIONS_PATH,
  questionPath,
  tagPath,
} from './paths.ts';

const NEWEST = 6;
const OPEN_QUESTIONS = 5;

function LoadError(props: { error: unknown; what: string }) {
  return (
    <Alert tone="danger" title={`${props.what} konnten nicht geladen werden`}>
      <p>{errorMessage(props.error)}</p>
    </Alert>
  );
}

/** "Meine Einarbeitung", only for those on a path. */
function MyOnboardingCard() {
  const onboarding = useOnboarding();
  const mine = onboarding.data?.mine ?? [];
  if (mine.length === 0) return null;
  return (
    <Card title="Meine Einarbeitung" aria-label="Meine Einarbeitung" className="knowledge-onboarding-card">
      <ul className="plain-list stack">
        {mine.map((a) => (
          <li key={a.id} className="stack-sm">
            <Link to={assignmentPath(a.id)} className="knowledge-hit-title">
              {a.path.title}
            </Link>
            <ProgressBar percent={a.percent} label={`Fortschritt: ${a.path.title}`} compact />
            <p className="muted small">
              Woche {a.currentWeek} von {a.path.weeks}
              {a.mentor ? ` · Mentor*in: ${a.mentor.displayName}` : ''}
              {a.behind > 0 ? ` · ${a.behind} ${a.behind === 1 ? 'Schritt' : 'Schritte'} im Rückstand` : ''}
            </p>
          </li>
        ))}
      </ul>
      <p className="knowledge-more">
        <Link to={ONBOARDING_PATH}>Zur Einarbeitung</Link>
      </p>
    </Card>
  );
}

/** Articles of the caller whose review day has come. */
function ReviewDueCard() {
  const me = useCurrentUser();
  const due = useArticles({ reviewDue: true });
  const mine = (due.data ?? []).filter((a) => a.owner.id === me.id);
  if (due.isError) return <LoadError error={due.error} what="Die fälligen Prüfungen" />;
  if (mine.length === 0) return null;
  return (
    <Card title={`Zur Prüfung fällig (${mine.length})`} className="knowledge-review-card">
      <p className="muted small">
        Ihre Artikel, deren Prüftermin erreicht ist: Stimmt der Inhalt noch? Speichern Sie ihn mit einem neuen
        Prüfdatum.
      </p>
      <ArticleList articles={mine} />
    </Card>
  );
}

function TagsCard() {
  const tags = useTags();
  return (
    <Card title="Schlagwörter">
      {tags.isError ? <LoadError error={tags.error} what="Die Schlagwörter" /> : null}
      {tags.isPending ? <Spinner label="Schlagwörter werden geladen …" /> : null}
      {tags.data && tags.data.length === 0 ? <EmptyState>Noch keine Schlagwörter.</EmptyState> : null}
      {tags.data && tags.data.length > 0 ? (
        <ul className="knowledge-tags" aria-label="Alle Schlagwörter">
          {tags.data.map((t) => (
            <li key={t.tag}>
              <Link to={tagPath(t.tag)} className="knowledge-tag">
                {t.tag} <span className="knowledge-tag-count">({t.count})</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

function NewestArticlesCard() {
  const articles = useArticles();
  const newest = [...(articles.data ?? [])]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, NEWEST);
  return (
    <Card
      title="Neueste Artikel"
      actions={
        <Link to={NEW_ARTICLE_PATH} className={buttonClass('secondary', 'sm')}>
          Artikel schreiben
        </Link>
      }
    >
      {articles.isError ? <LoadError error={articles.error} what="Die Artikel" /> : null}
      {articles.isPending ? <Spinner label="Artikel werden geladen …" /> : null}
      {articles.data && newest.length === 0 ? <EmptyState>Noch keine Artikel.</EmptyState> : null}
      {newest.length > 0 ? <ArticleList articles={newest} showExcerpt /> : null}
      <p className="knowledge-more">
        <Link to={ARTICLES_PATH}>Alle Artikel</Link>
      </p>
    </Card>
  );
}

function OpenQuestionsCard() {
  const questions = useQuestions(true);
  const open = (questions.data ?? []).slice(0, OPEN_QUESTIONS);
  return (
    <Card title="Offene Fragen">
      {questions.isError ? <LoadError error={questions.error} what="Die Fragen" /> : null}
      {questions.isPending ? <Spinner label="Fragen werden geladen …" /> : null}
      {questions.data && open.length === 0 ? (
        <EmptyState>Keine offenen Fragen – alle sind beantwortet.</EmptyState>
      ) : null}
      {open.length > 0 ? (
        <ul className="plain-list knowledge-article-list">
          {open.map((q) => (
            <li key={q.id} className="knowledge-article-item">
              <Link to={questionPath(q.id)} className="knowledge-hit-title">
                {q.title}
              </Link>
              <p className="muted small knowledge-meta">
                {q.askedBy.displayName} · {formatDate(q.askedAt)} ·{' '}
                {q.answers === 1 ? '1 Antwort' : `${q.answers} Antworten`}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="knowledge-more">
        <Link to={QUESTIONS_PATH}>Alle Fragen und „Frage stellen“</Link>
      </p>
    </Card>
  );
}

/** What is below the search on the start page of "Wissen". */
export function KnowledgeOverview() {
  return (
    <div className="knowledge-overview">
      <div className="stack">
        <MyOnboardingCard />
        <ReviewDueCard />
        <NewestArticlesCard />
      </div>
      <div className="stack">
        <OpenQuestionsCard />
        <TagsCard />
      </div>
    </div>
  );
}
