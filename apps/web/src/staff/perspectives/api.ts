import {
  type TCasePerspectives,
  type TEcomap,
  type TEcomapInput,
  type TPerspective,
  type TPerspectiveEntryInput,
  type TPerspectiveRound,
  type TPerspectiveRoundInput,
  ZCasePerspectivesSchema,
  ZEcomapSchema,
  ZPerspectiveRoundSchema,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

// Perspectives (Sichtweisen) and the ecomap (Ökokarte) of a case: queries and writes.

export const perspectiveKeys = {
  ofCase: (caseId: string) => ['case', caseId, 'perspectives'] as const,
  ecomap: (caseId: string) => ['case', caseId, 'ecomap'] as const,
};

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export function usePerspectives(caseId: string) {
  return useQuery({
    queryKey: perspectiveKeys.ofCase(caseId),
    queryFn: ({ signal }) =>
      api<TCasePerspectives>(`${casePath(caseId)}/perspectives`, { signal, schema: ZCasePerspectivesSchema }),
  });
}

export function useCreateRound(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TPerspectiveRoundInput) =>
      api<TPerspectiveRound>(`${casePath(caseId)}/perspectives`, {
        method: 'POST',
        body: input,
        schema: ZPerspectiveRoundSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: perspectiveKeys.ofCase(caseId) }),
  });
}

export function useRatePerspective(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { roundId: string; perspective: TPerspective; entry: TPerspectiveEntryInput }) =>
      api<TPerspectiveRound>(
        `${casePath(caseId)}/perspectives/${encodeURIComponent(args.roundId)}/${args.perspective}`,
        { method: 'PUT', body: args.entry, schema: ZPerspectiveRoundSchema },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: perspectiveKeys.ofCase(caseId) }),
  });
}

export function useEcomap(caseId: string) {
  return useQuery({
    queryKey: perspectiveKeys.ecomap(caseId),
    queryFn: ({ signal }) => api<TEcomap>(`${casePath(caseId)}/ecomap`, { signal, schema: ZEcomapSchema }),
  });
}

export function useSaveEcomap(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TEcomapInput) =>
      api<TEcomap>(`${casePath(caseId)}/ecomap`, { method: 'PUT', body: input, schema: ZEcomapSchema }),
    onSuccess: (map) => queryClient.setQueryData(perspectiveKeys.ecomap(caseId), map),
  });
}
