import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { placementKeys } from './api.ts';
import { type LiveState, useAvailabilityLive } from './useAvailabilityLive.ts';

/** Several providers confirming at once cause one refetch, not one each. */
const DEBOUNCE_MS = 300;
/** How long a changed result is marked "gerade aktualisiert". */
const HIGHLIGHT_MS = 12_000;

/**
 * Keeps the open search current: when a provider confirms its numbers, the search is asked again
 * (debounced) and the facilities that changed are marked for a while. Returns the socket's state and
 * the marked facilities.
 */
export function useLiveResults(): { live: LiveState; updated: ReadonlySet<string> } {
  const queryClient = useQueryClient();
  const [updated, setUpdated] = useState<ReadonlySet<string>>(() => new Set());
  const pending = useRef(new Set<string>());
  const debounce = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unmark = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const mounted = useRef(true);

  async function refetch() {
    const changed = [...pending.current];
    pending.current.clear();
    // Resolves when the open search has its new answer, so the mark appears with the new numbers.
    await queryClient.invalidateQueries({ queryKey: placementKeys.all });
    if (!mounted.current) return;
    setUpdated((previous) => new Set([...previous, ...changed]));
    for (const facilityId of changed) {
      clearTimeout(unmark.current.get(facilityId));
      unmark.current.set(
        facilityId,
        setTimeout(() => {
          unmark.current.delete(facilityId);
          setUpdated((previous) => {
            const next = new Set(previous);
            next.delete(facilityId);
            return next;
          });
        }, HIGHLIGHT_MS),
      );
    }
  }

  const live = useAvailabilityLive({
    onAvailability: (facilityId) => {
      pending.current.add(facilityId);
      clearTimeout(debounce.current);
      debounce.current = setTimeout(() => void refetch(), DEBOUNCE_MS);
    },
    onResubscribed: () => void queryClient.invalidateQueries({ queryKey: placementKeys.all }),
  });

  useEffect(() => {
    mounted.current = true;
    const timers = unmark.current;
    return () => {
      mounted.current = false;
      clearTimeout(debounce.current);
      for (const timer of timers.values()) clearTimeout(timer);
    };
  }, []);

  return { live, updated };
}
