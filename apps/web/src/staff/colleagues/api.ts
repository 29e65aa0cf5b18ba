import {
  type TColleague,
  type TColleagueCaseLinkInput,
  type TColleagueConversation,
  type TColleagueConversationSummary,
  type TStartColleagueConversation,
  ZColleagueConversationSchema,
  ZColleagueConversationSummarySchema,
  ZColleagueSchema,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../api/client.ts';

/** Query keys; everything starts with 'colleagues' so one invalidation refreshes the lot. */
export const colleagueKeys = {
  all: ['colleagues'] as const,
  list: ['colleagues', 'conversations'] as const,
  conversation: (id: string) => ['colleagues', 'conversation', id] as const,
  directory: (q: string) => ['colleagues', 'directory', q] as const,
};

const conversationsPath = '/api/colleagues/conversations';
const conversationPath = (id: string) => `${conversationsPath}/${encodeURIComponent(id)}`;

/** The user's conversations with other offices, the latest first, with unread counts. */
export function useColleagueConversations(options: { pollMs: number | false }) {
  return useQuery({
    queryKey: colleagueKeys.list,
    queryFn: ({ signal }) =>
      api<TColleagueConversationSummary[]>(conversationsPath, {
        signal,
        schema: ZColleagueConversationSummarySchema.array(),
      }),
    refetchInterval: options.pollMs,
    placeholderData: (previous) => previous,
  });
}

/** One conversation; reading it marks the others' messages as read (they see it live). */
export function useColleagueConversation(id: string, options: { pollMs: number | false }) {
  return useQuery({
    queryKey: colleagueKeys.conversation(id),
    queryFn: ({ signal }) =>
      api<TColleagueConversation>(conversationPath(id), { signal, schema: ZColleagueConversationSchema }),
    refetchInterval: options.pollMs,
  });
}

/** Colleagues of other offices by name, office or team (from two characters on). */
export function useColleagueDirectory(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: colleagueKeys.directory(query),
    queryFn: ({ signal }) =>
      api<TColleague[]>(`/api/colleagues/directory${queryString({ q: query })}`, {
        signal,
        schema: ZColleagueSchema.array(),
      }),
    enabled: query.length >= 2,
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}

export function useStartColleagueConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TStartColleagueConversation) =>
      api<TColleagueConversation>(conversationsPath, {
        method: 'POST',
        body: input,
        schema: ZColleagueConversationSchema,
      }),
    onSuccess: async (created) => {
      queryClient.setQueryData(colleagueKeys.conversation(created.id), created);
      await queryClient.invalidateQueries({ queryKey: colleagueKeys.list });
    },
  });
}

export function useSendColleagueMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api<TColleagueConversation>(`${conversationPath(id)}/messages`, {
        method: 'POST',
        body: { body },
        schema: ZColleagueConversationSchema,
      }),
    onSuccess: (updated) => queryClient.setQueryData(colleagueKeys.conversation(id), updated),
  });
}

export function useLinkColleagueCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TColleagueCaseLinkInput) =>
      api<TColleagueConversation>(`${conversationPath(id)}/case-link`, {
        method: 'POST',
        body: input,
        schema: ZColleagueConversationSchema,
      }),
    onSuccess: (updated) => queryClient.setQueryData(colleagueKeys.conversation(id), updated),
  });
}
