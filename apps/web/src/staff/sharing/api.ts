import {
  type TCaseOfferChoices,
  type TCasePlacements,
  type TCaseSharing,
  type TConsentInput,
  type TDocument,
  type THelpType,
  type TPlacementSearchResponse,
  type TShareInput,
  ZCaseOfferChoicesSchema,
  ZCasePlacementsSchema,
  ZCaseSharingSchema,
  ZDocumentSchema,
  ZPlacementSearchResponseSchema,
  ZPublicOffersSchema,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, queryString } from '../../api/client.ts';
import { keys } from '../api.ts';

// Consents and shares with providers, and the offers the family may choose from (§ 5 SGB VIII).

/** Everything lives under the case, so leaving a case drops it with the case's other data. */
export const sharingKeys = {
  sharing: (caseId: string) => ['case', caseId, 'sharing'] as const,
  placements: (caseId: string) => ['case', caseId, 'placements'] as const,
  offerChoices: (caseId: string) => ['case', caseId, 'offer-choices'] as const,
  offerCandidates: (caseId: string, query: string) => ['case', caseId, 'offer-candidates', query] as const,
};

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

/** Consents and shares of the case, with what each provider can see right now (audited read). */
export function useCaseSharing(caseId: string) {
  return useQuery({
    queryKey: sharingKeys.sharing(caseId),
    queryFn: ({ signal }) =>
      api<TCaseSharing>(`${casePath(caseId)}/sharing`, { signal, schema: ZCaseSharingSchema }),
  });
}

/** Inquiries and placements of the case: the providers of running placements are the ones to share with. */
export function useCasePlacements(caseId: string) {
  return useQuery({
    queryKey: sharingKeys.placements(caseId),
    queryFn: ({ signal }) =>
      api<TCasePlacements>(`${casePath(caseId)}/placements`, { signal, schema: ZCasePlacementsSchema }),
  });
}

/**
 * The case's documents (signed consent forms, documents to share), fetched only when a form or a
 * record needs them: the list is an audited read. Shares the cache of the documents tab.
 */
export function useDocumentsWhen(caseId: string, needed: boolean) {
  return useQuery({
    queryKey: keys.documents(caseId),
    queryFn: ({ signal }) =>
      api<TDocument[]>(`${casePath(caseId)}/documents`, { signal, schema: ZDocumentSchema.array() }),
    enabled: needed,
  });
}

/** Every sharing step answers with the fresh consents and shares: they replace the cached ones. */
function useSharingStep<TInput>(caseId: string, request: (input: TInput) => Promise<TCaseSharing>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (sharing) => queryClient.setQueryData(sharingKeys.sharing(caseId), sharing),
  });
}

/** Records a signed consent (source "form") or asks the person in the family app (source "app"). */
export function useRecordConsent(caseId: string) {
  return useSharingStep(caseId, (input: TConsentInput) =>
    api<TCaseSharing>(`${casePath(caseId)}/consents`, {
      method: 'POST',
      body: input,
      schema: ZCaseSharingSchema,
    }),
  );
}

/** Records a revocation the office received (by phone or letter); access ends at once. */
export function useRevokeConsent(caseId: string) {
  return useSharingStep(caseId, (consentId: string) =>
    api<TCaseSharing>(`${casePath(caseId)}/consents/${encodeURIComponent(consentId)}/revoke`, {
      method: 'POST',
      schema: ZCaseSharingSchema,
    }),
  );
}

/** Opens sections of the case to a provider, on consents or on a stated legal ground. */
export function useCreateShare(caseId: string) {
  return useSharingStep(caseId, (input: TShareInput) =>
    api<TCaseSharing>(`${casePath(caseId)}/shares`, {
      method: 'POST',
      body: input,
      schema: ZCaseSharingSchema,
    }),
  );
}

/** Ends a share; the provider loses access at once. */
export function useEndShare(caseId: string) {
  return useSharingStep(caseId, (shareId: string) =>
    api<TCaseSharing>(`${casePath(caseId)}/shares/${encodeURIComponent(shareId)}/end`, {
      method: 'POST',
      schema: ZCaseSharingSchema,
    }),
  );
}

/** The offers released to the family and what each person wished (audited read). */
export function useOfferChoices(caseId: string) {
  return useQuery({
    queryKey: sharingKeys.offerChoices(caseId),
    queryFn: ({ signal }) =>
      api<TCaseOfferChoices>(`${casePath(caseId)}/offer-choices`, {
        signal,
        schema: ZCaseOfferChoicesSchema,
      }),
  });
}

/** Puts offers before the family; they see them in their app and can say which they want. */
export function useReleaseOffers(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (offerIds: string[]) =>
      api<TCaseOfferChoices>(`${casePath(caseId)}/offer-choices`, {
        method: 'POST',
        body: { offerIds },
        schema: ZCaseOfferChoicesSchema,
      }),
    onSuccess: (choices) => queryClient.setQueryData(sharingKeys.offerChoices(caseId), choices),
  });
}

/** An offer the caseworker can put before the family, from the placement search or the public directory. */
export interface OfferCandidate {
  offerId: string;
  title: string;
  providerName: string;
  facilityName: string;
  city: string;
  /** Why it fits ("4 von 4 Kriterien · 3 freie Plätze") or, from the directory, ages and setting. */
  detail: string;
}

export interface CandidateQuery {
  helpType: THelpType | '';
  age: number | null;
}

type PublicOffers = z.infer<typeof ZPublicOffersSchema>;

/**
 * Offers for the picker: the placement search (ranked and explained) for users who may search
 * placements, otherwise the office's public directory (no age filter there). Not audited: offers
 * hold no personal data.
 */
export function useOfferCandidates(caseId: string, query: CandidateQuery, fromSearch: boolean) {
  const params = fromSearch
    ? queryString({ helpType: query.helpType, age: query.age, limit: 30 })
    : queryString({ helpType: query.helpType });
  return useQuery({
    queryKey: sharingKeys.offerCandidates(caseId, `${fromSearch ? 'search' : 'public'}${params}`),
    queryFn: async ({ signal }): Promise<OfferCandidate[]> => {
      if (fromSearch) {
        const found = await api<TPlacementSearchResponse>(`/api/placements/search${params}`, {
          signal,
          schema: ZPlacementSearchResponseSchema,
        });
        return found.items.map((r) => ({
          offerId: r.offerId,
          title: r.offerTitle,
          providerName: r.providerName,
          facilityName: r.facilityName,
          city: r.city,
          detail: r.explanation,
        }));
      }
      const directory = await api<PublicOffers>(`/api/public/offers${params}`, {
        signal,
        schema: ZPublicOffersSchema,
      });
      return directory.items.map((o) => ({
        offerId: o.id,
        title: o.title,
        providerName: o.providerName,
        facilityName: o.facilityName,
        city: o.city,
        detail: `${o.ageMin}–${o.ageMax} Jahre`,
      }));
    },
    placeholderData: (previous) => previous,
    retry: false,
  });
}
