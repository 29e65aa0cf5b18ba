import { type TPlacementSearchResponse, ZPlacementSearchResponseSchema } from '@lotse/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { apiQuery, type PlacementFilters } from './filters.ts';

/** Query keys of the placement search; the live channel refetches everything under `all`. */
export const placementKeys = {
  all: ['placements'] as const,
  search: (query: string) => ['placements', 'search', query] as const,
};

/** How often to ask again while the live channel is down (providers confirm a few times a day). */
const POLL_WITHOUT_LIVE_MS = 60_000;

/**
 * The placement search for the filters in the URL. Offers hold no personal data and the search is not
 * audited, so refetching on live events and polling while offline cost nothing but a query.
 */
export function usePlacementSearch(filters: PlacementFilters, options: { live: boolean }) {
  const query = apiQuery(filters);
  return useQuery({
    queryKey: placementKeys.search(query),
    queryFn: ({ signal }) =>
      api<TPlacementSearchResponse>(`/api/placements/search${query}`, {
        signal,
        schema: ZPlacementSearchResponseSchema,
      }),
    placeholderData: (previous) => previous,
    retry: false,
    refetchInterval: options.live ? false : POLL_WITHOUT_LIVE_MS,
  });
}
