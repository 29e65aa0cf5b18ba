import { type TCaseFeedback, ZCaseFeedbackSchema } from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

// The family's check-in answers on a case and how often the family is asked.

const feedbackKey = (caseId: string) => ['case', caseId, 'feedback'] as const;
const feedbackPath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/feedback`;

export function useCaseFeedback(caseId: string) {
  return useQuery({
    queryKey: feedbackKey(caseId),
    queryFn: ({ signal }) =>
      api<TCaseFeedback>(feedbackPath(caseId), { signal, schema: ZCaseFeedbackSchema }),
  });
}

export function useSetFeedbackInterval(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (intervalWeeks: number | null) =>
      api<TCaseFeedback>(`${feedbackPath(caseId)}/settings`, {
        method: 'PUT',
        body: { intervalWeeks },
        schema: ZCaseFeedbackSchema,
      }),
    onSuccess: (feedback) => {
      queryClient.setQueryData(feedbackKey(caseId), feedback);
      // A new interval can change the hints (none today) and the family's next check-in.
      queryClient.invalidateQueries({ queryKey: ['case', caseId, 'hints'] });
    },
  });
}
