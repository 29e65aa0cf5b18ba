import {
  type TBriefPurpose,
  type TCaseBrief,
  type TEntry,
  ZCaseBriefSchema,
  ZEntrySchema,
} from '@lotse/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../api.ts';

export const briefKeys = {
  ofCase: (caseId: string, purpose: TBriefPurpose) => ['case', caseId, 'brief', purpose] as const,
};

const briefUrl = (caseId: string, purpose: TBriefPurpose, rephrase = false) =>
  `/api/cases/${encodeURIComponent(caseId)}/brief${rephrase ? '/rephrase' : ''}?purpose=${purpose}`;

/** The brief of a case for a purpose. Each load is audited, so it is not refetched behind the user's back. */
export function useCaseBrief(caseId: string, purpose: TBriefPurpose) {
  return useQuery({
    queryKey: briefKeys.ofCase(caseId, purpose),
    queryFn: ({ signal }) => api<TCaseBrief>(briefUrl(caseId, purpose), { signal, schema: ZCaseBriefSchema }),
    refetchOnWindowFocus: false,
    staleTime: 5 * 60_000,
    // Another purpose keeps the page in place (marked busy) until its brief is there.
    placeholderData: keepPreviousData,
  });
}

/** The brief rephrased by the office's AI service; never stored, so it lives only in the page. */
export function useRephraseBrief(caseId: string) {
  return useMutation({
    mutationFn: (purpose: TBriefPurpose) =>
      api<TCaseBrief>(briefUrl(caseId, purpose, true), { method: 'POST', schema: ZCaseBriefSchema }),
  });
}

/** Saves the (edited) brief as a normal note of the case through the timeline's endpoint. */
export function useSaveBriefNote(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: { title: string; body: string }) =>
      api<TEntry>(`/api/cases/${encodeURIComponent(caseId)}/entries`, {
        method: 'POST',
        body: { kind: 'note', title: note.title, body: note.body, entrusted: false },
        schema: ZEntrySchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.entries(caseId) }),
  });
}
