import {
  type TProviderCase,
  type TProviderEntryInput,
  ZProviderCaseSchema,
  ZProviderCaseSummarySchema,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, isApiError } from '../../api/client.ts';
import { providerKeys } from '../api.ts';

const ZProviderCasesSchema = z.object({ items: z.array(ZProviderCaseSummarySchema) });
export type ProviderCaseSummary = z.infer<typeof ZProviderCaseSummarySchema>;

const casePath = (caseId: string) => `/api/provider/cases/${encodeURIComponent(caseId)}`;

/** Where a shared document is downloaded (the server checks the share at every download). */
export function sharedDocumentUrl(caseId: string, documentId: string): string {
  return `${casePath(caseId)}/documents/${encodeURIComponent(documentId)}/content`;
}

/** The cases offices share with the provider right now (consents checked at this moment). */
export function useProviderCases() {
  return useQuery({
    queryKey: providerKeys.cases,
    queryFn: ({ signal }) =>
      api<{ items: ProviderCaseSummary[] }>('/api/provider/cases', { signal, schema: ZProviderCasesSchema }),
  });
}

/** One shared case, each section only while it is open; 404 once the share or the consent has ended. */
export function useProviderCase(caseId: string) {
  return useQuery({
    queryKey: providerKeys.case(caseId),
    queryFn: ({ signal }) => api<TProviderCase>(casePath(caseId), { signal, schema: ZProviderCaseSchema }),
  });
}

/** The provider documents its work; the answer is the case with the new entry. */
export function useAddProviderEntry(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TProviderEntryInput) =>
      api<TProviderCase>(`${casePath(caseId)}/entries`, {
        method: 'POST',
        body: input,
        schema: ZProviderCaseSchema,
      }),
    onSuccess: (updated) => queryClient.setQueryData(providerKeys.case(caseId), updated),
    onError: async (error) => {
      // The share ended meanwhile: the page then says so instead of showing the case.
      if (isApiError(error, 404)) {
        await queryClient.invalidateQueries({ queryKey: providerKeys.cases });
      }
    },
  });
}
