import { useQueryClient } from '@tanstack/react-query';
import { type LiveState, useLiveChannel } from '../useLiveChannel.ts';
import { inboxKeys } from './api.ts';

export type { LiveState };

/**
 * Subscribes to `conversation:<requestId>` on the realtime socket. The channel only says
 * "changed"; the messages (and the family's choice of a meeting slot, announced on the same channel)
 * are then fetched over HTTP. While not live, the caller polls instead.
 */
export function useConversationLive(requestId: string): LiveState {
  const queryClient = useQueryClient();
  return useLiveChannel(`conversation:${requestId}`, null, () => {
    void queryClient.invalidateQueries({ queryKey: inboxKeys.conversation(requestId) });
    void queryClient.invalidateQueries({ queryKey: inboxKeys.meetings(requestId) });
  });
}
