import {
  type TArticle,
  type TArticleInput,
  type TArticleSummary,
  type TArticleUpdate,
  type TArticleVersion,
  type TKnowledgeSearchResult,
  type TOnboardingAssignment,
  type TOnboardingOverview,
  type TOnboardingPath,
  type TOnboardingPathInput,
  type TQuestion,
  type TQuestionSummary,
  ZArticleSchema,
  ZArticleSummarySchema,
  ZArticleVersionSchema,
  ZKnowledgeSearchResultSchema,
  ZOnboardingAssignmentSchema,
  ZOnboardingOverviewSchema,
  ZOnboardingPathSchema,
  ZOnboardingPeopleSchema,
  ZQuestionSchema,
  ZQuestionSummarySchema,
  ZTagCountSchema,
} from '@lotse/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, queryString } from '../../api/client.ts';

export type TagCount = z.infer<typeof ZTagCountSchema>;
export type OnboardingPerson = z.infer<typeof ZOnboardingPeopleSchema>[number];

/** Query keys of the knowledge base; onboarding has its own root because it changes on its own. */
export const knowledgeKeys = {
  all: ['knowledge'] as const,
  search: (q: string, law: boolean) => ['knowledge', 'search', q, law] as const,
  articles: (params: ArticleFilter) => ['knowledge', 'articles', params] as const,
  tags: ['knowledge', 'tags'] as const,
  article: (id: string) => ['knowledge', 'article', id] as const,
  versions: (id: string) => ['knowledge', 'article', id, 'versions'] as const,
  questions: (open: boolean) => ['knowledge', 'questions', open ? 'open' : 'all'] as const,
  question: (id: string) => ['knowledge', 'question', id] as const,
  onboarding: ['onboarding'] as const,
  people: ['onboarding', 'people'] as const,
  assignment: (id: string) => ['onboarding', 'assignment', id] as const,
  path: (id: string) => ['onboarding', 'path', id] as const,
};

const articleUrl = (id: string) => `/api/knowledge/articles/${encodeURIComponent(id)}`;
const questionUrl = (id: string) => `/api/knowledge/questions/${encodeURIComponent(id)}`;
const assignmentUrl = (id: string) => `/api/onboarding/assignments/${encodeURIComponent(id)}`;
const pathUrl = (id: string) => `/api/onboarding/paths/${encodeURIComponent(id)}`;

/** Articles and questions of the office and the law, searched together (only from two characters on). */
export function useKnowledgeSearch(q: string, law: boolean) {
  const query = q.trim();
  return useQuery({
    queryKey: knowledgeKeys.search(query, law),
    queryFn: ({ signal }) =>
      api<TKnowledgeSearchResult>(`/api/knowledge/search${queryString({ q: query, law })}`, {
        signal,
        schema: ZKnowledgeSearchResultSchema,
      }),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
  });
}

export interface ArticleFilter {
  tag?: string;
  reviewDue?: boolean;
  archived?: boolean;
}

export function useArticles(filter: ArticleFilter = {}) {
  return useQuery({
    queryKey: knowledgeKeys.articles(filter),
    queryFn: ({ signal }) =>
      api<TArticleSummary[]>(`/api/knowledge/articles${queryString({ ...filter })}`, {
        signal,
        schema: ZArticleSummarySchema.array(),
      }),
    placeholderData: keepPreviousData,
  });
}

export function useTags() {
  return useQuery({
    queryKey: knowledgeKeys.tags,
    queryFn: ({ signal }) =>
      api<TagCount[]>('/api/knowledge/tags', { signal, schema: ZTagCountSchema.array() }),
  });
}

export function useArticle(id: string) {
  return useQuery({
    queryKey: knowledgeKeys.article(id),
    queryFn: ({ signal }) => api<TArticle>(articleUrl(id), { signal, schema: ZArticleSchema }),
  });
}

/** Every saved version, newest first. */
export function useArticleVersions(id: string) {
  return useQuery({
    queryKey: knowledgeKeys.versions(id),
    queryFn: ({ signal }) =>
      api<TArticleVersion[]>(`${articleUrl(id)}/versions`, { signal, schema: ZArticleVersionSchema.array() }),
  });
}

/** A saved article replaces the cached one; lists, tags and search are fetched again. */
function useArticleStore() {
  const queryClient = useQueryClient();
  return async (article: TArticle) => {
    queryClient.setQueryData(knowledgeKeys.article(article.id), article);
    await queryClient.invalidateQueries({
      queryKey: knowledgeKeys.all,
      // Other articles stay as they are; this one's version history has a new entry.
      predicate: (q) =>
        q.queryKey[1] !== 'article' || (q.queryKey[2] === article.id && q.queryKey[3] === 'versions'),
    });
  };
}

export function useCreateArticle() {
  const store = useArticleStore();
  return useMutation({
    mutationFn: (input: TArticleInput) =>
      api<TArticle>('/api/knowledge/articles', { method: 'POST', body: input, schema: ZArticleSchema }),
    onSuccess: store,
  });
}

/** Saves a new version; the server answers 409 when someone saved after `baseVersion`. */
export function useUpdateArticle(id: string) {
  const store = useArticleStore();
  return useMutation({
    mutationFn: (input: TArticleUpdate) =>
      api<TArticle>(articleUrl(id), { method: 'PUT', body: input, schema: ZArticleSchema }),
    onSuccess: store,
  });
}

export function useArchiveArticle(id: string) {
  const store = useArticleStore();
  return useMutation({
    mutationFn: () => api<TArticle>(`${articleUrl(id)}/archive`, { method: 'POST', schema: ZArticleSchema }),
    onSuccess: store,
  });
}

export function useQuestions(open: boolean) {
  return useQuery({
    queryKey: knowledgeKeys.questions(open),
    queryFn: ({ signal }) =>
      api<TQuestionSummary[]>(`/api/knowledge/questions${queryString({ open: open || undefined })}`, {
        signal,
        schema: ZQuestionSummarySchema.array(),
      }),
    placeholderData: keepPreviousData,
  });
}

export function useQuestion(id: string) {
  return useQuery({
    queryKey: knowledgeKeys.question(id),
    queryFn: ({ signal }) => api<TQuestion>(questionUrl(id), { signal, schema: ZQuestionSchema }),
  });
}

/** Every step on a question answers with the fresh question; the lists and search follow. */
function useQuestionStep<TInput>(request: (input: TInput) => Promise<TQuestion>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (question) => {
      queryClient.setQueryData(knowledgeKeys.question(question.id), question);
      await queryClient.invalidateQueries({
        queryKey: knowledgeKeys.all,
        predicate: (q) => q.queryKey[1] === 'questions' || q.queryKey[1] === 'search',
      });
    },
  });
}

export function useAskQuestion() {
  return useQuestionStep((input: { title: string; body: string }) =>
    api<TQuestion>('/api/knowledge/questions', { method: 'POST', body: input, schema: ZQuestionSchema }),
  );
}

export function useAnswerQuestion(id: string) {
  return useQuestionStep((body: string) =>
    api<TQuestion>(`${questionUrl(id)}/answers`, { method: 'POST', body: { body }, schema: ZQuestionSchema }),
  );
}

export function useAcceptAnswer(id: string) {
  return useQuestionStep((answerId: string) =>
    api<TQuestion>(`${questionUrl(id)}/answers/${encodeURIComponent(answerId)}/accept`, {
      method: 'POST',
      schema: ZQuestionSchema,
    }),
  );
}

/** Makes an article from the question and its accepted answer; the question then points to it. */
export function useQuestionToArticle(id: string) {
  const store = useArticleStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<TArticle>(`${questionUrl(id)}/article`, { method: 'POST', schema: ZArticleSchema }),
    onSuccess: async (article) => {
      await Promise.all([
        store(article),
        queryClient.invalidateQueries({ queryKey: knowledgeKeys.question(id) }),
      ]);
    },
  });
}

export function useOnboarding() {
  return useQuery({
    queryKey: knowledgeKeys.onboarding,
    queryFn: ({ signal }) =>
      api<TOnboardingOverview>('/api/onboarding', { signal, schema: ZOnboardingOverviewSchema }),
  });
}

export function useOnboardingPeople(enabled: boolean) {
  return useQuery({
    queryKey: knowledgeKeys.people,
    queryFn: ({ signal }) =>
      api<OnboardingPerson[]>('/api/onboarding/people', { signal, schema: ZOnboardingPeopleSchema }),
    enabled,
  });
}

export function useOnboardingAssignment(id: string) {
  return useQuery({
    queryKey: knowledgeKeys.assignment(id),
    queryFn: ({ signal }) =>
      api<TOnboardingAssignment>(assignmentUrl(id), { signal, schema: ZOnboardingAssignmentSchema }),
  });
}

/** One onboarding path with its steps in order, for the editor. */
export function useOnboardingPath(id: string) {
  return useQuery({
    queryKey: knowledgeKeys.path(id),
    queryFn: ({ signal }) => api<TOnboardingPath>(pathUrl(id), { signal, schema: ZOnboardingPathSchema }),
  });
}

/**
 * Writes a new path (no id) or changes one; steps sent with their id keep everyone's ticks, steps left
 * out are removed with theirs. Everything onboarding shows (paths, assignments) is fetched again.
 */
export function useSavePath(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TOnboardingPathInput) =>
      id
        ? api<TOnboardingPath>(pathUrl(id), { method: 'PUT', body: input, schema: ZOnboardingPathSchema })
        : api<TOnboardingPath>('/api/onboarding/paths', {
            method: 'POST',
            body: input,
            schema: ZOnboardingPathSchema,
          }),
    onSuccess: async (path) => {
      queryClient.setQueryData(knowledgeKeys.path(path.id), path);
      await queryClient.invalidateQueries({
        queryKey: knowledgeKeys.onboarding,
        predicate: (q) => q.queryKey[1] !== 'path' || q.queryKey[2] !== path.id,
      });
    },
  });
}

export interface AssignInput {
  pathId: string;
  userId: string;
  mentorId: string | null;
  startedOn?: string;
}

export function useAssignOnboarding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssignInput) =>
      api<TOnboardingAssignment>('/api/onboarding/assignments', {
        method: 'POST',
        body: input,
        schema: ZOnboardingAssignmentSchema,
      }),
    onSuccess: async (assignment) => {
      queryClient.setQueryData(knowledgeKeys.assignment(assignment.id), assignment);
      await queryClient.invalidateQueries({ queryKey: knowledgeKeys.onboarding });
    },
  });
}

/** Puts a changed assignment wherever it is cached: on its own and in the overview. */
function storeAssignment(
  queryClient: ReturnType<typeof useQueryClient>,
  assignment: TOnboardingAssignment,
): void {
  queryClient.setQueryData(knowledgeKeys.assignment(assignment.id), assignment);
  queryClient.setQueryData<TOnboardingOverview>(knowledgeKeys.onboarding, (overview) => {
    if (!overview) return overview;
    const swap = (list: TOnboardingAssignment[]) =>
      list.map((a) => (a.id === assignment.id ? assignment : a));
    return { ...overview, mine: swap(overview.mine), others: swap(overview.others) };
  });
}

function cachedAssignment(
  queryClient: ReturnType<typeof useQueryClient>,
  id: string,
): TOnboardingAssignment | undefined {
  const own = queryClient.getQueryData<TOnboardingAssignment>(knowledgeKeys.assignment(id));
  if (own) return own;
  const overview = queryClient.getQueryData<TOnboardingOverview>(knowledgeKeys.onboarding);
  return [...(overview?.mine ?? []), ...(overview?.others ?? [])].find((a) => a.id === id);
}

/** The step as done or not, at once on screen; the server's answer (with its percent) replaces the guess. */
function withStep(assignment: TOnboardingAssignment, stepId: string, done: boolean): TOnboardingAssignment {
  const rest = assignment.done.filter((d) => d.stepId !== stepId);
  const next = done ? [...rest, { stepId, at: new Date().toISOString() }] : rest;
  const total = assignment.path.steps.length;
  return {
    ...assignment,
    done: next,
    percent: total ? Math.round((next.length / total) * 100) : 0,
  };
}

export const tickKey = (assignmentId: string) => ['onboarding', 'tick', assignmentId] as const;

/**
 * Ticks a step: on screen at once, then the server's answer. With several ticks under way, only the
 * last one to come back is shown (an earlier answer lacks the later ticks).
 */
export function useTickStep(assignmentId: string) {
  const queryClient = useQueryClient();
  const mutationKey = tickKey(assignmentId);
  return useMutation({
    mutationKey,
    mutationFn: (input: { stepId: string; done: boolean }) =>
      api<TOnboardingAssignment>(`${assignmentUrl(assignmentId)}/steps/${encodeURIComponent(input.stepId)}`, {
        method: 'PUT',
        body: { done: input.done },
        schema: ZOnboardingAssignmentSchema,
      }),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: knowledgeKeys.onboarding });
      const before = cachedAssignment(queryClient, assignmentId);
      if (before) storeAssignment(queryClient, withStep(before, input.stepId, input.done));
      return { before };
    },
    onError: async (_error, _input, context) => {
      if (context?.before) storeAssignment(queryClient, context.before);
      await queryClient.invalidateQueries({ queryKey: knowledgeKeys.onboarding });
    },
    onSuccess: (assignment) => {
      // This mutation still counts itself while its onSuccess runs.
      if (queryClient.isMutating({ mutationKey }) <= 1) storeAssignment(queryClient, assignment);
    },
  });
}
