import {
  type TAssessmentInput,
  type TChecklistInput,
  type TParticipantsInput,
  type TProtectionCatalogueEntry,
  type TProtectionProcedure,
  type TProtectionProcedureSummary,
  type TProtectionReportInput,
  type TProtectionResultInput,
  type TSurveyInput,
  type TSurveyRecord,
  ZProtectionCatalogueEntrySchema,
  ZProtectionCatalogueListSchema,
  ZProtectionProcedureSchema,
  ZProtectionProcedureSummarySchema,
  ZSurveyRecordSchema,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client.ts';

// Child-protection procedures (Kinderschutzverfahren, § 8a SGB VIII): queries and the writes that change them.

export const protectionKeys = {
  ofCase: (caseId: string) => ['case', caseId, 'protection-procedures'] as const,
  procedure: (id: string) => ['protection-procedure', id] as const,
  survey: (id: string) => ['protection-procedure', id, 'survey'] as const,
  catalogues: ['protection-catalogues'] as const,
  catalogue: (id: string, version: string) => ['protection-catalogues', id, version] as const,
};

type CatalogueList = z.infer<typeof ZProtectionCatalogueListSchema>;

const procedurePath = (id: string) => `/api/protection-procedures/${encodeURIComponent(id)}`;

export function useProcedures(caseId: string) {
  return useQuery({
    queryKey: protectionKeys.ofCase(caseId),
    queryFn: ({ signal }) =>
      api<TProtectionProcedureSummary[]>(`/api/cases/${encodeURIComponent(caseId)}/protection-procedures`, {
        signal,
        schema: ZProtectionProcedureSummarySchema.array(),
      }),
  });
}

export function useProcedure(id: string) {
  return useQuery({
    queryKey: protectionKeys.procedure(id),
    queryFn: ({ signal }) =>
      api<TProtectionProcedure>(procedurePath(id), { signal, schema: ZProtectionProcedureSchema }),
  });
}

/** The official survey record with the items still missing. */
export function useSurvey(id: string) {
  return useQuery({
    queryKey: protectionKeys.survey(id),
    queryFn: ({ signal }) =>
      api<TSurveyRecord>(`${procedurePath(id)}/survey`, { signal, schema: ZSurveyRecordSchema }),
  });
}

export function useCatalogues() {
  return useQuery({
    queryKey: protectionKeys.catalogues,
    queryFn: ({ signal }) =>
      api<CatalogueList>('/api/protection-catalogues', { signal, schema: ZProtectionCatalogueListSchema }),
    staleTime: 10 * 60_000,
  });
}

export function useCatalogue(id: string, version: string) {
  return useQuery({
    queryKey: protectionKeys.catalogue(id, version),
    queryFn: ({ signal }) =>
      api<TProtectionCatalogueEntry>(
        `/api/protection-catalogues/${encodeURIComponent(id)}?version=${encodeURIComponent(version)}`,
        { signal, schema: ZProtectionCatalogueEntrySchema },
      ),
    enabled: id !== '' && version !== '',
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** After a write: the procedure as the server answered it; the case's list and the survey refreshed. */
function useStoreProcedure() {
  const queryClient = useQueryClient();
  return async (procedure: TProtectionProcedure) => {
    queryClient.setQueryData(protectionKeys.procedure(procedure.id), procedure);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: protectionKeys.ofCase(procedure.caseId) }),
      queryClient.invalidateQueries({ queryKey: protectionKeys.survey(procedure.id) }),
    ]);
  };
}

export function useReportConcern(caseId: string) {
  const store = useStoreProcedure();
  return useMutation({
    mutationFn: (body: TProtectionReportInput) =>
      api<TProtectionProcedure>(`/api/cases/${encodeURIComponent(caseId)}/protection-procedures`, {
        method: 'POST',
        body,
        schema: ZProtectionProcedureSchema,
      }),
    onSuccess: store,
  });
}

/** One write on a procedure: `PUT|POST /api/protection-procedures/:id/<part>`, answered by the procedure. */
function useProcedureWrite<B>(id: string, part: string, method: 'PUT' | 'POST') {
  const store = useStoreProcedure();
  return useMutation({
    mutationFn: (body: B) =>
      api<TProtectionProcedure>(`${procedurePath(id)}/${part}`, {
        method,
        body,
        schema: ZProtectionProcedureSchema,
      }),
    onSuccess: store,
  });
}

export const useSaveChecklist = (id: string) => useProcedureWrite<TChecklistInput>(id, 'checklist', 'PUT');
export const useSaveParticipants = (id: string) =>
  useProcedureWrite<TParticipantsInput>(id, 'participants', 'PUT');
export const useAddAssessment = (id: string) =>
  useProcedureWrite<TAssessmentInput>(id, 'assessments', 'POST');
export const useProposeResult = (id: string) =>
  useProcedureWrite<TProtectionResultInput>(id, 'result', 'PUT');
export const useSignOff = (id: string) => useProcedureWrite<Record<string, never>>(id, 'sign-off', 'POST');

export function useSaveSurvey(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSurveyInput) =>
      api<TSurveyRecord>(`${procedurePath(id)}/survey`, { method: 'PUT', body, schema: ZSurveyRecordSchema }),
    onSuccess: async (record) => {
      queryClient.setQueryData(protectionKeys.survey(id), record);
      await queryClient.invalidateQueries({ queryKey: protectionKeys.procedure(id) });
    },
  });
}

export function useImportCatalogue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (catalogue: unknown) =>
      api<TProtectionCatalogueEntry>('/api/protection-catalogues', {
        method: 'POST',
        body: catalogue,
        schema: ZProtectionCatalogueEntrySchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: protectionKeys.catalogues }),
  });
}
