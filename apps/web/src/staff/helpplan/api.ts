import {
  defaultHelpPlanSettings,
  type THelpPlan,
  type THelpPlanContent,
  type THelpPlanSettings,
  type THelpPlanSummary,
  type THzeCode,
  ZHelpPlanSchema,
  ZHelpPlanSettingsSchema,
  ZHelpPlanSummarySchema,
  ZHzeCodeSchema,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client.ts';

// Help plans (Hilfepläne, § 36 SGB VIII) of a case: queries and the writes that change them.

export const helpPlanKeys = {
  ofCase: (caseId: string) => ['case', caseId, 'help-plans'] as const,
  plan: (planId: string) => ['help-plan', planId] as const,
};

const planPath = (planId: string) => `/api/help-plans/${encodeURIComponent(planId)}`;

/** The protocol PDF of one version (download link). */
export function protocolUrl(planId: string, version: number): string {
  return `${planPath(planId)}/protocol.pdf?version=${version}`;
}

/** The official codes of "Art der Hilfe" (HzE survey) with their help types; [] while loading. */
export function useHzeCodes(): THzeCode[] {
  const codes = useQuery({
    queryKey: ['help-plan-codes'],
    queryFn: ({ signal }) => api('/api/help-plan-codes', { signal, schema: z.array(ZHzeCodeSchema) }),
    staleTime: 60 * 60_000,
  });
  return codes.data ?? [];
}

/** The office's review period (months after the start); null while loading, the default if it fails. */
export function useReviewMonths(): number | null {
  const settings = useQuery({
    queryKey: ['help-plan-settings'],
    queryFn: ({ signal }) =>
      api<THelpPlanSettings>('/api/help-plan-settings', { signal, schema: ZHelpPlanSettingsSchema }),
    staleTime: 10 * 60_000,
  });
  if (settings.isPending) return null;
  return settings.data?.reviewMonths ?? defaultHelpPlanSettings.reviewMonths;
}

export function useHelpPlans(caseId: string) {
  return useQuery({
    queryKey: helpPlanKeys.ofCase(caseId),
    queryFn: ({ signal }) =>
      api<THelpPlanSummary[]>(`/api/cases/${encodeURIComponent(caseId)}/help-plans`, {
        signal,
        schema: ZHelpPlanSummarySchema.array(),
      }),
  });
}

export function useHelpPlan(planId: string) {
  return useQuery({
    queryKey: helpPlanKeys.plan(planId),
    queryFn: ({ signal }) => api<THelpPlan>(planPath(planId), { signal, schema: ZHelpPlanSchema }),
  });
}

/** After a write: the plan as the server answered it, and the case's list of plans refreshed. */
function useStorePlan() {
  const queryClient = useQueryClient();
  return async (plan: THelpPlan) => {
    queryClient.setQueryData(helpPlanKeys.plan(plan.id), plan);
    await queryClient.invalidateQueries({ queryKey: helpPlanKeys.ofCase(plan.caseId) });
  };
}

export function useCreateHelpPlan(caseId: string) {
  const store = useStorePlan();
  return useMutation({
    mutationFn: (content: THelpPlanContent) =>
      api<THelpPlan>(`/api/cases/${encodeURIComponent(caseId)}/help-plans`, {
        method: 'POST',
        body: content,
        schema: ZHelpPlanSchema,
      }),
    onSuccess: store,
  });
}

export function useSaveDraft(planId: string) {
  const store = useStorePlan();
  return useMutation({
    mutationFn: (content: THelpPlanContent) =>
      api<THelpPlan>(`${planPath(planId)}/draft`, { method: 'PUT', body: content, schema: ZHelpPlanSchema }),
    onSuccess: store,
  });
}

/** Saves the draft as it is on screen, then makes it final. */
export function useFinalize(planId: string) {
  const store = useStorePlan();
  return useMutation({
    mutationFn: async (content: THelpPlanContent | null) => {
      if (content)
        await api<THelpPlan>(`${planPath(planId)}/draft`, {
          method: 'PUT',
          body: content,
          schema: ZHelpPlanSchema,
        });
      return api<THelpPlan>(`${planPath(planId)}/finalize`, { method: 'POST', schema: ZHelpPlanSchema });
    },
    onSuccess: store,
  });
}

export function useStartReview(planId: string) {
  const store = useStorePlan();
  return useMutation({
    mutationFn: () =>
      api<THelpPlan>(`${planPath(planId)}/reviews`, { method: 'POST', schema: ZHelpPlanSchema }),
    onSuccess: store,
  });
}
