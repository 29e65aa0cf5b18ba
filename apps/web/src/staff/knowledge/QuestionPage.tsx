import type { TQuestion } from '@lotse/shared';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import {
  Alert,
  Badge,
  Button,
  buttonClass,
  EmptyState,
  LiveMessage,
  PageHeader,
  Spinner,
} from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';
import { StaffNotFound } from '../StaffNotFound.tsx';
import { AnswerForm } from './AnswerForm.tsx';
import type { SavedState } from './ArticleEditorPage.tsx';
import { useAcceptAnswer, useQuestion, useQuestionToArticle } from './api.ts';
import { KnowledgeMarkdown } from './KnowledgeMarkdown.tsx';
import { KnowledgeNav } from './KnowledgeNav.tsx';
import { articlePath, QUESTIONS_PATH } from './paths.ts';

function BackLink() {
  return (
    <p className="small">
      <Link to={QUESTIONS_PATH}>
        <span aria-hidden="true">← </span>Zurück zu den Fragen
      </Link>
    </p>
  );
}

/** The answers, the accepted one marked; the asker picks the best one. */
function Answers(props: { question: TQuestion; onAccepted: (message: string) => void }) {
  const q = props.question;
  const accept = useAcceptAnswer(q.id);
  const mayAccept = q.allowedActions.includes('accept');
  return (
    <section aria-labelledby="question-answers" className="stack">
      <h2 id="question-answers">
        {q.answerList.length === 1 ? '1 Antwort' : `${q.answerList.length} Antworten`}
      </h2>
      {accept.isError ? <Alert tone="danger">Nicht markiert: {errorMessage(accept.error)}</Alert> : null}
      {q.answerList.length === 0 ? <EmptyState>Noch keine Antwort.</EmptyState> : null}
      <ol className="plain-list stack">
        {q.answerList.map((answer) => (
          <li key={answer.id}>
            <article
              className={
                answer.accepted ? 'card knowledge-answer knowledge-answer-accepted' : 'card knowledge-answer'
              }
              aria-label={`Antwort von ${answer.by.displayName}${answer.accepted ? ' (beste Antwort)' : ''}`}
            >
              <p className="cluster knowledge-answer-head">
                <strong>{answer.by.displayName}</strong>
                <span className="muted small">{formatDateTime(answer.at)}</span>
                {answer.accepted ? <Badge tone="success">Beste Antwort</Badge> : null}
              </p>
              <KnowledgeMarkdown>{answer.body}</KnowledgeMarkdown>
              {mayAccept && !answer.accepted ? (
                <div>
                  <Button
                    variant="secondary"
                    size="sm"
                    busy={accept.isPending && accept.variables === answer.id}
                    onClick={() =>
                      accept.mutate(answer.id, {
                        onSuccess: () =>
                          props.onAccepted(
                            `Die Antwort von ${answer.by.displayName} ist als beste markiert.`,
                          ),
                      })
                    }
                  >
                    Als beste Antwort markieren
                  </Button>
                </div>
              ) : null}
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One staff question with its answers, the answer form, and the step to an article. */
export function QuestionPage() {
  const { questionId = '' } = useParams();
  const navigate = useNavigate();
  const asked = (useLocation().state as { asked?: boolean } | null)?.asked === true;
  const question = useQuestion(questionId);
  const toArticle = useQuestionToArticle(questionId);
  const [message, setMessage] = useState<string | null>(asked ? 'Ihre Frage ist gestellt.' : null);

  if (question.isPending) return <Spinner label="Frage wird geladen …" />;
  if (question.isError) {
    if (isApiError(question.error, 404) || isApiError(question.error, 400)) {
      return (
        <StaffNotFound
          title="Frage nicht gefunden"
          text="Diese Frage gibt es nicht, oder Sie dürfen sie nicht sehen."
        />
      );
    }
    return (
      <>
        <BackLink />
        <Alert tone="danger" title="Die Frage konnte nicht geladen werden">
          <p>{errorMessage(question.error)}</p>
        </Alert>
      </>
    );
  }
  const q = question.data;
  const mayMakeArticle = q.allowedActions.includes('make_article');

  return (
    <div className="knowledge-page">
      <title>{`${q.title} – Fragen aus dem Amt – Lotse`}</title>
      <KnowledgeNav />
      <BackLink />
      <PageHeader
        title={q.title}
        lead={
          <span className="cluster">
            <span>
              Gefragt von {q.askedBy.displayName} am {formatDateTime(q.askedAt)}
            </span>
            {q.accepted ? <Badge tone="success">Beantwortet</Badge> : <Badge tone="warning">Offen</Badge>}
          </span>
        }
        actions={
          q.articleId ? (
            <Link to={articlePath(q.articleId)} className={buttonClass('secondary')}>
              Zum Artikel
            </Link>
          ) : mayMakeArticle ? (
            <Button
              busy={toArticle.isPending}
              onClick={() =>
                toArticle.mutate(undefined, {
                  onSuccess: (article) =>
                    navigate(articlePath(article.id), {
                      state: {
                        saved:
                          'Der Artikel ist aus der Frage und der besten Antwort entstanden. Sie können ihn jetzt überarbeiten.',
                      } satisfies SavedState,
                    }),
                })
              }
            >
              Zum Artikel machen
            </Button>
          ) : null
        }
      />
      <LiveMessage
        error={toArticle.isError ? `Kein Artikel erstellt: ${errorMessage(toArticle.error)}` : null}
        success={message}
      />
      {q.body.trim() ? (
        <section className="card" aria-label="Die Frage">
          <KnowledgeMarkdown>{q.body}</KnowledgeMarkdown>
        </section>
      ) : null}
      <Answers question={q} onAccepted={setMessage} />
      {q.allowedActions.includes('answer') ? <AnswerForm questionId={q.id} onAnswered={setMessage} /> : null}
    </div>
  );
}
