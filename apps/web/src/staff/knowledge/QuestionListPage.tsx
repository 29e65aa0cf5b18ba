import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge, EmptyState, PageHeader, RadioGroup, Spinner, Table } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { AskQuestionForm } from './AskQuestionForm.tsx';
import { useQuestions } from './api.ts';
import { KnowledgeNav } from './KnowledgeNav.tsx';
import { articlePath, questionPath } from './paths.ts';

const filterOptions = [
  { value: 'offen', label: 'Offene' },
  { value: 'alle', label: 'Alle' },
];

/** "Fragen aus dem Amt": staff ask, colleagues answer; open ones first, the filter in the address. */
export function QuestionListPage() {
  const [params, setParams] = useSearchParams();
  const showAll = params.get('zeigen') === 'alle';
  const questions = useQuestions(!showAll);
  const items = questions.data ?? [];

  return (
    <div className="knowledge-page">
      <title>Fragen aus dem Amt – Wissen – Lotse</title>
      <KnowledgeNav />
      <PageHeader
        title="Fragen aus dem Amt"
        lead="Fragen an die Kolleginnen und Kollegen. Gute Antworten werden zu Artikeln."
      />
      <div className="knowledge-questions-layout">
        <div className="stack">
          <RadioGroup
            legend="Welche Fragen?"
            name="question-filter"
            className="knowledge-filter-radios"
            options={filterOptions}
            value={showAll ? 'alle' : 'offen'}
            onChange={(value) => setParams(value === 'alle' ? { zeigen: 'alle' } : {}, { replace: true })}
          />
          <div aria-live="polite" className="live-region">
            {questions.isError ? (
              <Alert tone="danger" title="Die Fragen konnten nicht geladen werden">
                <p>{errorMessage(questions.error)}</p>
              </Alert>
            ) : null}
            {questions.isPending ? <Spinner label="Fragen werden geladen …" /> : null}
          </div>
          {questions.data && items.length === 0 ? (
            <EmptyState>{showAll ? 'Noch keine Fragen.' : 'Keine offenen Fragen.'}</EmptyState>
          ) : null}
          {items.length > 0 ? (
            <div
              className={questions.isPlaceholderData ? 'is-stale' : undefined}
              aria-busy={questions.isPlaceholderData || undefined}
            >
              <Table caption={`${showAll ? 'Alle Fragen' : 'Offene Fragen'} (${items.length})`} stacked>
                <thead>
                  <tr>
                    <th scope="col">Frage</th>
                    <th scope="col">Gestellt</th>
                    <th scope="col">Antworten</th>
                    <th scope="col">Stand</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((q) => (
                    <tr key={q.id}>
                      <td data-label="Frage">
                        <Link to={questionPath(q.id)}>{q.title}</Link>
                      </td>
                      <td data-label="Gestellt">
                        {q.askedBy.displayName}, {formatDate(q.askedAt)}
                      </td>
                      <td data-label="Antworten">{q.answers}</td>
                      <td data-label="Stand">
                        {q.articleId ? (
                          <Link to={articlePath(q.articleId)}>Artikel</Link>
                        ) : q.accepted ? (
                          <Badge tone="success">Beantwortet</Badge>
                        ) : (
                          <Badge tone="warning">Offen</Badge>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          ) : null}
        </div>
        <AskQuestionForm />
      </div>
    </div>
  );
}
