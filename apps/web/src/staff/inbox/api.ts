import {
  type TCaseDetail,
  type TConversation,
  type TGuestLink,
  type TInboxDetail,
  type TInboxItem,
  type TMeeting,
  type TProposeMeeting,
  ZCaseDetailSchema,
  ZConversationSchema,
  ZGuestLinkSchema,
  ZInboxDetailSchema,
  ZInboxItemSchema,
  ZMeetingSchema,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../api/client.ts';
import { keys as staffKeys } from '../api.ts';

export interface InboxFilter {
  teamId?: string;
  includeDone?: boolean;
}

/** Query keys of the inbox; everything starts with 'inbox' so one invalidation refreshes the lot. */
export const inboxKeys = {
  all: ['inbox'] as const,
  list: (filter: InboxFilter) =>
    ['inbox', 'list', filter.teamId ?? '', filter.includeDone ? 'done' : 'open'] as const,
  detail: (id: string) => ['inbox', 'request', id] as const,
  conversation: (id: string) => ['inbox', 'request', id, 'conversation'] as const,
  meetings: (id: string) => ['inbox', 'request', id, 'meetings'] as const,
};

const requestPath = (id: string) => `/api/inbox/${encodeURIComponent(id)}`;

/** Requests of the user's teams, urgent first. Every fetch is audited, so it is not polled often. */
export function useInbox(filter: InboxFilter, options: { enabled?: boolean; refetchMs?: number } = {}) {
  return useQuery({
    queryKey: inboxKeys.list(filter),
    queryFn: ({ signal }) =>
      api<TInboxItem[]>(
        `/api/inbox${queryString({ teamId: filter.teamId, includeDone: filter.includeDone ? 'true' : undefined })}`,
        { signal, schema: ZInboxItemSchema.array() },
      ),
    enabled: options.enabled ?? true,
    staleTime: 60_000,
    refetchInterval: options.refetchMs ?? false,
    // The inbox page itself always shows the current state when it is opened (a family may just
    // have answered); the navigation badge may be a minute old.
    refetchOnMount: options.refetchMs ? 'always' : true,
    placeholderData: (previous) => previous,
  });
}

export function useInboxRequest(id: string) {
  return useQuery({
    queryKey: inboxKeys.detail(id),
    queryFn: ({ signal }) => api<TInboxDetail>(requestPath(id), { signal, schema: ZInboxDetailSchema }),
  });
}

/** Claims the request for oneself (`assigneeId` empty) or, as team lead, assigns it to a colleague. */
export function useClaimRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (assigneeId: string | null) =>
      api<TInboxDetail>(`${requestPath(id)}/claim`, {
        method: 'POST',
        body: assigneeId ? { assigneeId } : {},
        schema: ZInboxDetailSchema,
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(inboxKeys.detail(id), updated);
      await queryClient.invalidateQueries({ queryKey: [...inboxKeys.all, 'list'] });
    },
  });
}

/** Opens a case from the request; persons and concern are taken over by the server. */
export function useOpenCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (title: string) =>
      api<TCaseDetail>(`${requestPath(id)}/open-case`, {
        method: 'POST',
        body: { title },
        schema: ZCaseDetailSchema,
      }),
    onSuccess: async (created) => {
      queryClient.setQueryData(staffKeys.caseDetail(created.id), created);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: inboxKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
        queryClient.invalidateQueries({ queryKey: staffKeys.myDay }),
      ]);
    },
  });
}

/** The conversation with the family; reading it marks the family's messages as read. */
export function useConversation(id: string, options: { pollMs: number | false }) {
  return useQuery({
    queryKey: inboxKeys.conversation(id),
    queryFn: ({ signal }) =>
      api<TConversation>(`${requestPath(id)}/conversation`, { signal, schema: ZConversationSchema }),
    refetchInterval: options.pollMs,
  });
}

export function useSendMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api<TConversation>(`${requestPath(id)}/conversation/messages`, {
        method: 'POST',
        body: { body },
        schema: ZConversationSchema,
      }),
    onSuccess: (updated) => queryClient.setQueryData(inboxKeys.conversation(id), updated),
  });
}

/** Sends a file (and optionally a text) to the family as one message. */
export function useSendAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: File; body: string }) => {
      const form = new FormData();
      // Text fields first: a streaming multipart parser sees them before the file.
      if (input.body) form.append('body', input.body);
      form.append('file', input.file);
      return api<TConversation>(`${requestPath(id)}/conversation/attachments`, {
        method: 'POST',
        body: form,
        schema: ZConversationSchema,
      });
    },
    onSuccess: (updated) => queryClient.setQueryData(inboxKeys.conversation(id), updated),
  });
}

export function attachmentUrl(requestId: string, attachmentId: string): string {
  return `${requestPath(requestId)}/conversation/attachments/${encodeURIComponent(attachmentId)}`;
}

export function useCloseConversation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<TConversation>(`${requestPath(id)}/conversation/close`, {
        method: 'POST',
        schema: ZConversationSchema,
      }),
    onSuccess: (updated) => queryClient.setQueryData(inboxKeys.conversation(id), updated),
  });
}

export function useMeetings(id: string) {
  return useQuery({
    queryKey: inboxKeys.meetings(id),
    queryFn: ({ signal }) =>
      api<TMeeting[]>(`${requestPath(id)}/meetings`, { signal, schema: ZMeetingSchema.array() }),
  });
}

export function useProposeMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TProposeMeeting) =>
      api<TMeeting>(`${requestPath(id)}/meetings`, { method: 'POST', body: input, schema: ZMeetingSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inboxKeys.meetings(id) }),
  });
}

/** A one-time link for a guest (e.g. an interpreter) to one video meeting. */
export function useCreateGuestLink(meetingId: string) {
  return useMutation({
    mutationFn: (label: string) =>
      api<TGuestLink>(`/api/meetings/${encodeURIComponent(meetingId)}/guests`, {
        method: 'POST',
        body: { label },
        schema: ZGuestLinkSchema,
      }),
  });
}
