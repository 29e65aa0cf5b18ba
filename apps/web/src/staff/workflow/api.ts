import { ZCaseProcessSchema, ZTeamOverviewSchema } from '@lotse/shared';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client.ts';

export const workflowKeys = {
  process: (caseId: string) => ['case', caseId, 'process'] as const,
  teamOverview: ['team-overview'] as const,
};

/** The case's process map; it lives under the case's key, so every change to the case refreshes it. */
export function useCaseProcess(caseId: string) {
  return useQuery({
    queryKey: workflowKeys.process(caseId),
    queryFn: () => api(`/api/cases/${encodeURIComponent(caseId)}/process`, { schema: ZCaseProcessSchema }),
  });
}

export function useTeamOverview() {
  return useQuery({
    queryKey: workflowKeys.teamOverview,
    queryFn: () => api('/api/team-overview', { schema: z.array(ZTeamOverviewSchema) }),
  });
}
