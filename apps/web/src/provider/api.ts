import {
  type TAvailabilityInput,
  type TOfferUpdate,
  type TProviderFacilities,
  type TProviderFacility,
  ZAvailabilityHistorySchema,
  ZProviderFacilitiesSchema,
  ZProviderFacilitySchema,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';

/** Query keys of the provider portal; everything starts with 'provider' so logout and refreshes find it. */
export const providerKeys = {
  all: ['provider'] as const,
  facilities: ['provider', 'facilities'] as const,
  history: (facilityId: string) => ['provider', 'facility', facilityId, 'history'] as const,
  inquiries: ['provider', 'inquiries'] as const,
  cases: ['provider', 'cases'] as const,
  case: (caseId: string) => ['provider', 'cases', caseId] as const,
};

const facilityPath = (id: string) => `/api/provider/facilities/${encodeURIComponent(id)}`;

export interface AvailabilityPoint {
  at: string;
  free: number;
  reserved: number;
}

/** The provider, its facilities with free places and offers, and how many wait for a confirmation. */
export function useProviderFacilities() {
  return useQuery({
    queryKey: providerKeys.facilities,
    queryFn: ({ signal }) =>
      api<TProviderFacilities>('/api/provider/facilities', { signal, schema: ZProviderFacilitiesSchema }),
  });
}

/** The confirmations of the last 90 days, oldest first; loaded only when someone opens the history. */
export function useAvailabilityHistory(facilityId: string, enabled: boolean) {
  return useQuery({
    queryKey: providerKeys.history(facilityId),
    queryFn: ({ signal }) =>
      api<{ items: AvailabilityPoint[] }>(`${facilityPath(facilityId)}/availability-history`, {
        signal,
        schema: ZAvailabilityHistorySchema,
      }),
    enabled,
  });
}

/**
 * "Bestätigen": saves free and reserved places (unchanged numbers too: that renews the time stamp).
 * The answer replaces the facility at once; the list is refetched for the server's count of
 * facilities still waiting, and the history gains the new point.
 */
export function useConfirmAvailability(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TAvailabilityInput) =>
      api<TProviderFacility>(`${facilityPath(facilityId)}/availability`, {
        method: 'PUT',
        body: input,
        schema: ZProviderFacilitySchema,
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData<TProviderFacilities>(providerKeys.facilities, (list) =>
        list ? { ...list, items: list.items.map((f) => (f.id === updated.id ? updated : f)) } : list,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: providerKeys.facilities }),
        queryClient.invalidateQueries({ queryKey: providerKeys.history(facilityId) }),
      ]);
    },
  });
}

/**
 * "Angebot bearbeiten" (provider admins): the answer is the facility with the changed offer; it
 * replaces the facility in the list at once. Every office the provider serves sees the change.
 */
export function useUpdateOffer(offerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TOfferUpdate) =>
      api<TProviderFacility>(`/api/provider/offers/${encodeURIComponent(offerId)}`, {
        method: 'PUT',
        body: input,
        schema: ZProviderFacilitySchema,
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData<TProviderFacilities>(providerKeys.facilities, (list) =>
        list ? { ...list, items: list.items.map((f) => (f.id === updated.id ? updated : f)) } : list,
      );
    },
  });
}
