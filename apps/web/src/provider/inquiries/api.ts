import { type TInquiryAnswer, type TProviderInquiry, ZProviderInquirySchema } from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, isApiError } from '../../api/client.ts';
import { providerKeys } from '../api.ts';

const ZProviderInquiriesSchema = z.object({ items: z.array(ZProviderInquirySchema) });
type ProviderInquiries = z.infer<typeof ZProviderInquiriesSchema>;

/** The inquiries addressed to the provider's facilities, newest first (the server's order). */
export function useProviderInquiries() {
  return useQuery({
    queryKey: providerKeys.inquiries,
    queryFn: ({ signal }) =>
      api<ProviderInquiries>('/api/provider/inquiries', { signal, schema: ZProviderInquiriesSchema }),
  });
}

/** Open inquiries: those the provider can still answer (the nav badge counts them). */
export function isOpen(inquiry: TProviderInquiry): boolean {
  return inquiry.allowedActions.length > 0;
}

/**
 * "Platz anbieten" or "Ablehnen". The answer replaces the inquiry at once; on a refusal (409: the
 * office closed it, the deadline passed) the list is refetched so the card shows why.
 */
export function useAnswerInquiry(inquiryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: TInquiryAnswer) =>
      api<TProviderInquiry>(`/api/provider/inquiries/${encodeURIComponent(inquiryId)}/answer`, {
        method: 'POST',
        body: answer,
        schema: ZProviderInquirySchema,
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData<ProviderInquiries>(providerKeys.inquiries, (list) =>
        list ? { items: list.items.map((i) => (i.id === updated.id ? updated : i)) } : list,
      );
    },
    onError: async (error) => {
      if (isApiError(error, 409) || isApiError(error, 404)) {
        await queryClient.invalidateQueries({ queryKey: providerKeys.inquiries });
      }
    },
  });
}
