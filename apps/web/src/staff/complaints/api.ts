import {
  type TComplaintDetail,
  type TComplaintStatus,
  type TComplaintSummary,
  type TSharedComplaint,
  ZComplaintDetailSchema,
  ZComplaintSummarySchema,
  ZSharedComplaintSchema,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../api/client.ts';

/** Query keys of the complaint office; everything starts with 'complaints' so one invalidation refreshes all. */
export const complaintKeys = {
  all: ['complaints'] as const,
  list: (status: TComplaintStatus | undefined) => ['complaints', 'list', status ?? 'all'] as const,
  detail: (id: string) => ['complaints', 'complaint', id] as const,
  /** Lives under the case so that leaving a case drops it with the case's other data. */
  sharedWithCase: (caseId: string) => ['case', caseId, 'complaints'] as const,
};

const complaintPath = (id: string) => `/api/complaints/${encodeURIComponent(id)}`;

/** The complaint office's list (without texts). Every fetch is audited, so it is not polled. */
export function useComplaints(status: TComplaintStatus | undefined) {
  return useQuery({
    queryKey: complaintKeys.list(status),
    queryFn: ({ signal }) =>
      api<TComplaintSummary[]>(`/api/complaints${queryString({ status })}`, {
        signal,
        schema: ZComplaintSummarySchema.array(),
      }),
    placeholderData: (previous) => previous,
  });
}

/** One complaint with text, answer and what the user may do with it (audited read). */
export function useComplaint(id: string) {
  return useQuery({
    queryKey: complaintKeys.detail(id),
    queryFn: ({ signal }) =>
      api<TComplaintDetail>(complaintPath(id), { signal, schema: ZComplaintDetailSchema }),
  });
}

/** Every step answers with the fresh complaint: it replaces the cached one, the lists are refetched. */
function useComplaintStep<TInput>(id: string, request: (input: TInput) => Promise<TComplaintDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (updated) => {
      queryClient.setQueryData(complaintKeys.detail(id), updated);
      await queryClient.invalidateQueries({ queryKey: [...complaintKeys.all, 'list'] });
    },
  });
}

/** "Übernehmen": the user handles the complaint from now on. */
export function useTakeComplaint(id: string) {
  return useComplaintStep<void>(id, () =>
    api<TComplaintDetail>(`${complaintPath(id)}/take`, { method: 'POST', schema: ZComplaintDetailSchema }),
  );
}

/** Sends the answer; the family reads it in its app and the complaint counts as answered. */
export function useAnswerComplaint(id: string) {
  return useComplaintStep(id, (answer: string) =>
    api<TComplaintDetail>(`${complaintPath(id)}/answer`, {
      method: 'POST',
      body: { answer },
      schema: ZComplaintDetailSchema,
    }),
  );
}

/** Shares the complaint with the staff of its case (cannot be taken back). */
export function useShareComplaint(id: string) {
  return useComplaintStep<void>(id, () =>
    api<TComplaintDetail>(`${complaintPath(id)}/share`, { method: 'POST', schema: ZComplaintDetailSchema }),
  );
}

/** The complaints the complaint office shared with the staff of a case (usually none). */
export function useSharedComplaints(caseId: string) {
  return useQuery({
    queryKey: complaintKeys.sharedWithCase(caseId),
    queryFn: ({ signal }) =>
      api<TSharedComplaint[]>(`/api/cases/${encodeURIComponent(caseId)}/complaints`, {
        signal,
        schema: ZSharedComplaintSchema.array(),
      }),
  });
}
