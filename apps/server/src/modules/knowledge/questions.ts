import { randomUUID } from 'node:crypto';
import type { TArticle, TQuestion, TQuestionSummary } from '@lotse/shared';
import { HttpError } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { createArticle } from './articles.js';
import { allowedQuestionActions, canOnQuestion, type QuestionFacts } from './policy.js';

const summaryQuery = (scope: ActorScope) =>
  scope.tx
    .selectFrom('knowledge_questions as q')
    .innerJoin('directory_users as u', 'u.id', 'q.asked_by')
    .select((eb) => [
      'q.id',
      'q.title',
      'q.body',
      'q.asked_by',
      'u.display_name as asker_name',
      'q.asked_at',
      'q.accepted_answer_id',
      'q.article_id',
      eb
        .selectFrom('knowledge_answers as a')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('a.question_id', '=', 'q.id')
        .as('answers'),
    ]);
type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

const presentSummary = (r: SummaryRow): TQuestionSummary => ({
  id: r.id,
  title: r.title,
  askedBy: { id: r.asked_by, displayName: r.asker_name },
  askedAt: new Date(r.asked_at).toISOString(),
  answers: Number(r.answers ?? 0),
  accepted: r.accepted_answer_id !== null,
  articleId: r.article_id,
});

/** The office's questions, newest first; only those without an accepted answer for `open`. */
export async function listQuestions(
  scope: ActorScope,
  open: boolean | undefined,
): Promise<TQuestionSummary[]> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  let query = summaryQuery(scope);
  if (open !== undefined) query = query.where('q.accepted_answer_id', open ? 'is' : 'is not', null);
  const rows = await query.orderBy('q.asked_at', 'desc').limit(300).execute();
  return rows.map(presentSummary);
}

async function questionRow(scope: ActorScope, id: string): Promise<SummaryRow> {
  const row = await summaryQuery(scope).where('q.id', '=', id).executeTakeFirst();
  if (!row) throw new NotVisibleError('question', id, 'Frage');
  return row;
}

const factsOf = (scope: ActorScope, r: SummaryRow): QuestionFacts => ({
  tenantId: scope.tenantId,
  askedBy: r.asked_by,
  accepted: r.accepted_answer_id !== null,
  articleId: r.article_id,
  answers: Number(r.answers ?? 0),
});

/** A question with its answers (the accepted one first, then oldest first). */
export async function readQuestion(scope: ActorScope, id: string): Promise<TQuestion> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  const row = await questionRow(scope, id);
  const answers = await scope.tx
    .selectFrom('knowledge_answers as a')
    .innerJoin('directory_users as u', 'u.id', 'a.answered_by')
    .select(['a.id', 'a.body', 'a.answered_by', 'u.display_name', 'a.answered_at'])
    .where('a.question_id', '=', id)
    .orderBy('a.answered_at')
    .execute();
  const answerList = answers
    .map((a) => ({
      id: a.id,
      body: a.body,
      by: { id: a.answered_by, displayName: a.display_name },
      at: new Date(a.answered_at).toISOString(),
      accepted: a.id === row.accepted_answer_id,
    }))
    .sort((a, b) => Number(b.accepted) - Number(a.accepted));
  return {
    ...presentSummary(row),
    body: row.body,
    answerList,
    allowedActions: allowedQuestionActions(scope.actor, factsOf(scope, row)),
  };
}

/** Asks the office a question. */
export async function askQuestion(
  scope: ActorScope,
  input: { title: string; body: string },
): Promise<TQuestion> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  const id = randomUUID();
  await scope.tx
    .insertInto('knowledge_questions')
    .values({
      tenant_id: scope.tenantId,
      id,
      title: input.title,
      body: input.body,
      asked_by: scope.actor.userId,
      accepted_answer_id: null,
      article_id: null,
    })
    .execute();
  await scope.audit({ action: 'knowledge.question_ask', resourceType: 'question', resourceId: id });
  return readQuestion(scope, id);
}

/** Answers a question. */
export async function answerQuestion(scope: ActorScope, id: string, body: string): Promise<TQuestion> {
  const row = await questionRow(scope, id);
  if (!canOnQuestion(scope.actor, 'answer', factsOf(scope, row))) {
    throw new HttpError(403, 'forbidden', 'Antworten können nur Mitarbeitende des Amtes.');
  }
  const answerId = randomUUID();
  await scope.tx
    .insertInto('knowledge_answers')
    .values({
      tenant_id: scope.tenantId,
      id: answerId,
      question_id: id,
      body,
      answered_by: scope.actor.userId,
    })
    .execute();
  await scope.audit({
    action: 'knowledge.question_answer',
    resourceType: 'question',
    resourceId: id,
    details: { answerId },
  });
  return readQuestion(scope, id);
}

/** The asker marks the answer that helped (another one may replace it later). */
export async function acceptAnswer(scope: ActorScope, id: string, answerId: string): Promise<TQuestion> {
  const row = await questionRow(scope, id);
  if (!canOnQuestion(scope.actor, 'accept', factsOf(scope, row))) {
    throw new HttpError(403, 'forbidden', 'Die beste Antwort wählt die Person, die gefragt hat.');
  }
  const answer = await scope.tx
    .selectFrom('knowledge_answers')
    .select('id')
    .where('id', '=', answerId)
    .where('question_id', '=', id)
    .executeTakeFirst();
  if (!answer) throw new NotVisibleError('question', answerId, 'Antwort');
  await scope.tx
    .updateTable('knowledge_questions')
    .set({ accepted_answer_id: answerId })
    .where('id', '=', id)
    .execute();
  await scope.audit({
    action: 'knowledge.answer_accept',
    resourceType: 'question',
    resourceId: id,
    details: { answerId },
  });
  return readQuestion(scope, id);
}

/** Turns a question and its accepted answer into an article the office can find and keep current. */
export async function questionToArticle(scope: ActorScope, id: string): Promise<TArticle> {
  const question = await readQuestion(scope, id);
  if (!question.allowedActions.includes('make_article')) {
    throw new HttpError(
      409,
      'conflict',
      question.articleId
        ? 'Aus dieser Frage wurde bereits ein Artikel.'
        : 'Ein Artikel entsteht aus einer Frage mit einer als beste markierten Antwort.',
    );
  }
  const accepted = question.answerList.find((a) => a.accepted);
  const body = [
    question.body ? `> ${question.body.replace(/\n/g, '\n> ')}\n` : '',
    accepted?.body ?? '',
    `\n\n*Aus der Frage von ${question.askedBy.displayName}, beantwortet von ${accepted?.by.displayName ?? '–'}.*`,
  ].join('\n');
  const article = await createArticle(
    scope,
    { title: question.title, body: body.trim(), tags: ['frage'] },
    { questionId: id },
  );
  await scope.tx
    .updateTable('knowledge_questions')
    .set({ article_id: article.id })
    .where('id', '=', id)
    .execute();
  await scope.audit({
    action: 'knowledge.question_to_article',
    resourceType: 'question',
    resourceId: id,
    details: { articleId: article.id },
  });
  return article;
}
