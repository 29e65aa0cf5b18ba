import { type THint, ZHintSchema } from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client.ts';

const ZHints = z.array(ZHintSchema);
export const hintKeys = { ofCase: (caseId: string) => ['case', caseId, 'hints'] as const };

const hintsUrl = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/hints`;

export function useHints(caseId: string) {
  return useQuery({
    queryKey: hintKeys.ofCase(caseId),
    queryFn: () => api(hintsUrl(caseId), { schema: ZHints }),
  });
}

/** Dismiss (with a reason) or take a dismissal back; the answer is the case's hints. */
export function useHintDismissal(caseId: string) {
  const queryClient = useQueryClient();
  const onSuccess = (hints: THint[]) => queryClient.setQueryData(hintKeys.ofCase(caseId), hints);
  const url = (rule: string) => `${hintsUrl(caseId)}/${encodeURIComponent(rule)}/dismissal`;
  return {
    dismiss: useMutation({
      mutationFn: (input: { rule: string; reason: string }) =>
        api(url(input.rule), { method: 'POST', body: { reason: input.reason }, schema: ZHints }),
      onSuccess,
    }),
    restore: useMutation({
      mutationFn: (rule: string) => api(url(rule), { method: 'DELETE', schema: ZHints }),
      onSuccess,
    }),
  };
}
