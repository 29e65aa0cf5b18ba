import { type TIceConfig, type TMeetingRoom, ZIceConfigSchema, ZMeetingRoomSchema } from '@lotse/shared';
import { api } from '../api/client.ts';

export const fetchMeetingRoom = (id: string, signal?: AbortSignal) =>
  api<TMeetingRoom>(`/api/meetings/${id}`, { schema: ZMeetingRoomSchema, signal });

export const fetchIceConfig = (id: string) =>
  api<TIceConfig>(`/api/meetings/${id}/ice`, { schema: ZIceConfigSchema });

/** Trades a one-time guest link for a guest session (cookie) for this meeting. */
export const redeemGuestToken = (id: string, token: string) =>
  api<{ ok: boolean }>(`/api/meetings/${id}/guest-session`, { method: 'POST', body: { token } });
