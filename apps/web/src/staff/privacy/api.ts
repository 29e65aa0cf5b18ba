import {
  type TDataSubjectRequest,
  type TErasureCheck,
  type TPrivacyExport,
  type TPrivacyPersonHit,
  type TRetentionRun,
  type TRetentionSettings,
  ZDataSubjectRequestListSchema,
  ZDataSubjectRequestSchema,
  type ZDecideDataSubjectRequestSchema,
  ZErasureCheckSchema,
  type ZPlaceHoldSchema,
  ZPrivacyExportSchema,
  ZPrivacyPersonSearchResponseSchema,
  type ZRecordDataSubjectRequestSchema,
  ZRetentionHoldListSchema,
  ZRetentionHoldSchema,
  ZRetentionRunListSchema,
  ZRetentionRunSchema,
  ZRetentionSettingsSchema,
  type ZUpdateRetentionSettingsSchema,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, queryString } from '../../api/client.ts';

/** Query keys of the data protection officer's pages; all start with 'privacy'. */
export const privacyKeys = {
  search: (q: string) => ['privacy', 'search', q] as const,
  requests: (personId: string) => ['privacy', 'person', personId, 'requests'] as const,
  retentionSettings: ['privacy', 'retention', 'settings'] as const,
  holds: ['privacy', 'retention', 'holds'] as const,
  runs: ['privacy', 'retention', 'runs'] as const,
};

export type TRetentionHold = z.infer<typeof ZRetentionHoldSchema>;

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

/* ---------- erasure on request (Art. 17 DSGVO) ---------- */

/**
 * Whether the person may be erased now, and why not. A mutation, not a query: every check is audited,
 * so it runs only when the officer asks.
 */
export function useErasureCheck(personId: string) {
  return useMutation({
    mutationFn: () => api<TErasureCheck>(`${personPath(personId)}/erasure`, { schema: ZErasureCheckSchema }),
  });
}

/** Queues the erasure of the person with their cases (202); 409 names what prevents it. */
export function useErasePerson(personId: string) {
  return useMutation({
    mutationFn: () =>
      api<TErasureCheck>(`${personPath(personId)}/erasure`, { method: 'POST', schema: ZErasureCheckSchema }),
  });
}

/* ---------- retention: periods, legal holds, dry runs and erasure runs ---------- */

export function useRetentionSettings() {
  return useQuery({
    queryKey: privacyKeys.retentionSettings,
    queryFn: ({ signal }) =>
      api<TRetentionSettings>('/api/privacy/retention/settings', {
        signal,
        schema: ZRetentionSettingsSchema,
      }),
  });
}

/** Saves the periods and the nightly erasure; the answer (with who changed them) replaces the cache. */
export function useSaveRetentionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.output<typeof ZUpdateRetentionSettingsSchema>) =>
      api<TRetentionSettings>('/api/privacy/retention/settings', {
        method: 'PUT',
        body: input,
        schema: ZRetentionSettingsSchema,
      }),
    onSuccess: (saved) => queryClient.setQueryData(privacyKeys.retentionSettings, saved),
  });
}

/** The active legal holds, newest first. */
export function useRetentionHolds() {
  return useQuery({
    queryKey: privacyKeys.holds,
    queryFn: ({ signal }) =>
      api<{ items: TRetentionHold[] }>('/api/privacy/retention/holds', {
        signal,
        schema: ZRetentionHoldListSchema,
      }),
  });
}

export function usePlaceHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.output<typeof ZPlaceHoldSchema>) =>
      api<TRetentionHold>('/api/privacy/retention/holds', {
        method: 'POST',
        body: input,
        schema: ZRetentionHoldSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: privacyKeys.holds }),
  });
}

/** Lifts a hold; the answer is the list of holds still active. */
export function useLiftHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (holdId: string) =>
      api<{ items: TRetentionHold[] }>(`/api/privacy/retention/holds/${encodeURIComponent(holdId)}/lift`, {
        method: 'POST',
        schema: ZRetentionHoldListSchema,
      }),
    onSuccess: (list) => queryClient.setQueryData(privacyKeys.holds, list),
    onError: () => queryClient.invalidateQueries({ queryKey: privacyKeys.holds }),
  });
}

/**
 * The newest runs (dry runs and erasure runs, also the nightly ones). While `watching` is true the
 * list is refetched every 2 s, because an erasure run finishes in the background.
 */
export function useRetentionRuns(watching: boolean) {
  return useQuery({
    queryKey: privacyKeys.runs,
    queryFn: ({ signal }) =>
      api<{ items: TRetentionRun[] }>('/api/privacy/retention/runs', {
        signal,
        schema: ZRetentionRunListSchema,
      }),
    refetchInterval: watching ? 2000 : false,
  });
}

/** A dry run now: what is due; nothing is deleted. It appears at the top of the list of runs. */
export function useStartDryRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<TRetentionRun>('/api/privacy/retention/dry-runs', { method: 'POST', schema: ZRetentionRunSchema }),
    onSuccess: (run) => {
      queryClient.setQueryData<{ items: TRetentionRun[] }>(privacyKeys.runs, (list) =>
        list ? { items: [run, ...list.items.filter((r) => r.id !== run.id)] } : list,
      );
      return queryClient.invalidateQueries({ queryKey: privacyKeys.runs });
    },
  });
}

/** Queues the erasure of what the dry run listed (202); the run shows up in the list once it starts. */
export function useStartErasureRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dryRunId: string) =>
      api<{ queued: true }>('/api/privacy/retention/runs', { method: 'POST', body: { dryRunId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: privacyKeys.runs }),
  });
}
