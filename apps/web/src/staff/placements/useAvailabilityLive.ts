import { placementChannelPrefix, type TRealtimeServerMessage, ZAvailabilityEventSchema } from '@lotse/shared';
import { useEffect, useRef, useState } from 'react';

/** `live`: subscribed; `offline`: no socket right now (the search then polls, see api.ts). */
export type LiveState = 'connecting' | 'live' | 'offline';

/** The office's channel of confirmed free places (`placements:availability`). */
export const AVAILABILITY_CHANNEL = `${placementChannelPrefix}availability`;

// Close code of the hub (apps/server/src/platform/realtime/hub.ts): the session is gone, do not retry.
const CLOSE_UNAUTHENTICATED = 4401;
const PING_EVERY_MS = 25_000;
const MAX_RETRIES = 6;

function parse(data: unknown): TRealtimeServerMessage | null {
  try {
    return JSON.parse(String(data)) as TRealtimeServerMessage;
  } catch (error) {
    console.warn('Unlesbare Nachricht vom Server', error);
    return null;
  }
}

export interface AvailabilityHandlers {
  /** A provider confirmed the numbers of this facility. */
  onAvailability: (facilityId: string) => void;
  /** Subscribed again after a break: whatever changed meanwhile was not announced. */
  onResubscribed: () => void;
}

/**
 * Listens on the realtime socket for providers confirming their free places. The event carries only
 * the facility's id; the caller asks the search again over HTTP. Reconnects with backoff (1 s … 30 s);
 * stops when the server refuses the channel or the session ends.
 */
export function useAvailabilityLive(handlers: AvailabilityHandlers): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    let socket: WebSocket | null = null;
    let stopped = false;
    let attempts = 0;
    let everSubscribed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;

    function connect() {
      setState('connecting');
      const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
      const ws = new WebSocket(`${scheme}://${window.location.host}/api/realtime`);
      socket = ws;
      let refused = false;
      ws.addEventListener('open', () =>
        ws.send(JSON.stringify({ type: 'subscribe', channel: AVAILABILITY_CHANNEL })),
      );
      ws.addEventListener('message', (event) => {
        const message = parse(event.data);
        if (!message || !('channel' in message) || message.channel !== AVAILABILITY_CHANNEL) return;
        if (message.type === 'subscribed') {
          if (everSubscribed) latest.current.onResubscribed();
          everSubscribed = true;
          attempts = 0;
          setState('live');
        } else if (message.type === 'event') {
          const parsed = ZAvailabilityEventSchema.safeParse(message.event);
          if (parsed.success) latest.current.onAvailability(parsed.data.facilityId);
        } else if (message.type === 'error') {
          // Not allowed to listen (no longer): the page keeps polling, retrying would not help.
          refused = true;
          ws.close(1000);
        }
      });
      ws.addEventListener('close', (event) => {
        if (stopped || socket !== ws) return;
        socket = null;
        setState('offline');
        if (refused || event.code === CLOSE_UNAUTHENTICATED || attempts >= MAX_RETRIES) return;
        attempts += 1;
        retry = setTimeout(connect, Math.min(30_000, 1000 * 2 ** attempts));
      });
    }

    connect();
    const keepAlive = setInterval(() => {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'ping' }));
    }, PING_EVERY_MS);
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearInterval(keepAlive);
      socket?.close(1000);
    };
  }, []);

  return state;
}
