import type { TRealtimeServerMessage } from '@lotse/shared';
import { useEffect, useRef, useState } from 'react';

export type LiveState = 'connecting' | 'live' | 'offline';

const KEEP_ALIVE_MS = 20_000;
const MAX_RETRIES = 6;

function parse(data: unknown): TRealtimeServerMessage | null {
  try {
    return JSON.parse(String(data)) as TRealtimeServerMessage;
  } catch {
    // Not ours to understand (the server only sends JSON); ignore the frame.
    return null;
  }
}

/**
 * Subscribes to one channel on the realtime socket and calls `onChange` when it announces a change
 * (the page then refetches over HTTP: audited, decrypted in one place) — except, with `selfId`, for
 * changes the user made themselves (`by` = `selfId`), whose answer the page already has. Reconnects
 * with backoff and refetches after a reconnect; while not live, the caller polls instead.
 */
export function useLiveChannel(channel: string, selfId: string | null, onChange: () => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    let socket: WebSocket | null = null;
    let stopped = false;
    let refused = false;
    let attempts = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;

    function connect() {
      const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
      const ws = new WebSocket(`${scheme}://${window.location.host}/api/realtime`);
      socket = ws;
      ws.addEventListener('open', () => ws.send(JSON.stringify({ type: 'subscribe', channel })));
      ws.addEventListener('message', (event) => {
        const message = parse(event.data);
        if (!message) return;
        if (message.type === 'subscribed' && message.channel === channel) {
          // After a reconnect, whatever changed in between was not announced to us.
          if (attempts > 0) changed.current();
          attempts = 0;
          setState('live');
        } else if (message.type === 'event' && message.channel === channel) {
          const by = (message.event as { by?: unknown } | null)?.by;
          if (selfId === null || by !== selfId) changed.current();
        } else if (message.type === 'error' && message.channel === channel) {
          refused = true;
          ws.close(1000);
        }
      });
      ws.addEventListener('close', () => {
        if (stopped) return;
        setState('offline');
        if (refused || attempts >= MAX_RETRIES) return;
        attempts += 1;
        retry = setTimeout(connect, Math.min(30_000, 1000 * 2 ** attempts));
      });
    }

    connect();
    const keepAlive = setInterval(() => {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'ping' }));
    }, KEEP_ALIVE_MS);
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearInterval(keepAlive);
      socket?.close(1000);
    };
  }, [channel, selfId]);

  return state;
}
