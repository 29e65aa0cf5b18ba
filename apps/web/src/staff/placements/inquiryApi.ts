import {
  type TCaseDetail,
  type TCasePlacements,
  type TInquiryInput,
  ZCaseDetailSchema,
  ZCasePlacementsSchema,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../api.ts';
import { sharingKeys } from '../sharing/api.ts';

// Inquiries instead of phone calls: ask several facilities at once, confirm one offered place, end a
// help. The case's inquiries and placements share one cache entry with the sharing card
// (`sharingKeys.placements`), which reads the running placements to know whom the file may go to.
export { useCasePlacements } from '../sharing/api.ts';

/** What a step does; each answers with the case's inquiries and placements as they are now. */
export type PlacementStep =
  | { kind: 'confirm'; inquiryId: string; recipientId: string }
  | { kind: 'cancel'; inquiryId: string }
  | { kind: 'end'; placementId: string };

function request(step: PlacementStep): Promise<TCasePlacements> {
  const options = { method: 'POST' as const, schema: ZCasePlacementsSchema };
  switch (step.kind) {
    case 'confirm':
      return api(`/api/placement-inquiries/${encodeURIComponent(step.inquiryId)}/confirm`, {
        ...options,
        body: { recipientId: step.recipientId },
      });
    case 'cancel':
      return api(`/api/placement-inquiries/${encodeURIComponent(step.inquiryId)}/cancel`, options);
    case 'end':
      return api(`/api/placements/${encodeURIComponent(step.placementId)}/end`, options);
  }
}

/** Sends an inquiry for a child of the case to up to ten facilities (201 with the case's inquiries). */
export function useSendInquiry(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInquiryInput) =>
      api<TCasePlacements>(`/api/cases/${encodeURIComponent(caseId)}/placement-inquiries`, {
        method: 'POST',
        body: input,
        schema: ZCasePlacementsSchema,
      }),
    onSuccess: (placements) => queryClient.setQueryData(sharingKeys.placements(caseId), placements),
  });
}

/**
 * Confirms an offered place, withdraws an inquiry or ends a help. A confirmed place lets the file be
 * shared with its provider; an ended help ends the provider's shares: the sharing card asks again.
 */
export function usePlacementStep(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (placements, step) => {
      queryClient.setQueryData(sharingKeys.placements(caseId), placements);
      if (step.kind !== 'cancel') {
        await queryClient.invalidateQueries({ queryKey: sharingKeys.sharing(caseId) });
      }
    },
  });
}

/** The case the search was opened from, if any (same cache as the case page: usually no new request). */
export function useCaseDetailWhen(caseId: string | null) {
  return useQuery({
    queryKey: keys.caseDetail(caseId ?? ''),
    queryFn: ({ signal }) =>
      api<TCaseDetail>(`/api/cases/${encodeURIComponent(caseId ?? '')}`, {
        signal,
        schema: ZCaseDetailSchema,
      }),
    enabled: caseId !== null,
  });
}
