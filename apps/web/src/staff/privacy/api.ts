import {
  type TDataSubjectRequest,
  type TPrivacyExport,
  type TPrivacyPersonHit,
  ZDataSubjectRequestListSchema,
  ZDataSubjectRequestSchema,
  type ZDecideDataSubjectRequestSchema,
  ZPrivacyExportSchema,
  ZPrivacyPersonSearchResponseSchema,
  type ZRecordDataSubjectRequestSchema,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, queryString } from '../../api/client.ts';

/** Query keys of the data protection officer's pages; all start with 'privacy'. */
export const privacyKeys = {
  search: (q: string) => ['privacy', 'search', q] as const,
  requests: (personId: string) => ['privacy', 'person', personId, 'requests'] as const,
};

const personPath = (personId: string) => `/api/privacy/persons/${encodeURIComponent(personId)}`;

/** The Art. 15 export as a file: every download is audited as an export of its own. */
export const exportJsonUrl = (personId: string) => `${personPath(personId)}/export?download=1`;
export const exportPdfUrl = (personId: string) => `${personPath(personId)}/export.pdf`;

/** Persons by name beginning or file number, across all teams (audited; only with a valid query). */
export function usePersonSearch(q: string | null) {
  return useQuery({
    queryKey: privacyKeys.search(q ?? ''),
    queryFn: ({ signal }) =>
      api<{ items: TPrivacyPersonHit[] }>(`/api/privacy/persons${queryString({ q })}`, {
        signal,
        schema: ZPrivacyPersonSearchResponseSchema,
      }),
    enabled: q !== null,
    placeholderData: (previous) => previous,
  });
}

/**
 * Creates the Art. 15 export on request. A mutation, not a query: every fetch is audited as an export,
 * so it must never run by itself (on mount, on focus, on a cache refresh).
 */
export function useCreateExport(personId: string) {
  return useMutation({
    mutationFn: () => api<TPrivacyExport>(`${personPath(personId)}/export`, { schema: ZPrivacyExportSchema }),
  });
}

/** The requests recorded for the person, newest first. */
export function useDataSubjectRequests(personId: string) {
  return useQuery({
    queryKey: privacyKeys.requests(personId),
    queryFn: ({ signal }) =>
      api<{ items: TDataSubjectRequest[] }>(`${personPath(personId)}/requests`, {
        signal,
        schema: ZDataSubjectRequestListSchema,
      }),
  });
}

/** Records what the person asked for; the list is refetched (it is ordered by the server). */
export function useRecordRequest(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.output<typeof ZRecordDataSubjectRequestSchema>) =>
      api<TDataSubjectRequest>(`${personPath(personId)}/requests`, {
        method: 'POST',
        body: input,
        schema: ZDataSubjectRequestSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: privacyKeys.requests(personId) }),
  });
}

/** Decides an open request; the answer replaces it in the list (after a conflict the list is refetched). */
export function useDecideRequest(personId: string) {
  const queryClient = useQueryClient();
  const key = privacyKeys.requests(personId);
  return useMutation({
    mutationFn: (vars: { requestId: string; input: z.output<typeof ZDecideDataSubjectRequestSchema> }) =>
      api<TDataSubjectRequest>(`/api/privacy/requests/${encodeURIComponent(vars.requestId)}/decision`, {
        method: 'POST',
        body: vars.input,
        schema: ZDataSubjectRequestSchema,
      }),
    onSuccess: (decided) =>
      queryClient.setQueryData<{ items: TDataSubjectRequest[] }>(key, (list) =>
        list ? { items: list.items.map((r) => (r.id === decided.id ? decided : r)) } : list,
      ),
    onError: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
