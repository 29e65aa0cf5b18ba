import type { TRealtimeServerMessage } from '@lotse/shared';
import { useEffect, useRef, useState } from 'react';

/** `live`: subscribed and listening; `offline`: no socket right now (callers fall back to polling). */
export type LiveState = 'connecting' | 'live' | 'offline';

// Close codes of the hub (apps/server/src/platform/realtime/hub.ts): no session → do not retry.
const CLOSE_UNAUTHENTICATED = 4401;
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 60_000;
const PING_EVERY_MS = 30_000;

/** 1 s, 2 s, 4 s … up to a minute, with jitter so many families do not reconnect in the same second. */
export function retryDelay(attempt: number): number {
  const base = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** attempt);
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

/**
 * Listens on the realtime socket (`/api/realtime`) for one channel and calls `onChange` for every
 * `{type:'changed'}` event, and once after each (re)subscription so nothing missed while offline is
 * lost. Reconnects with backoff; stops for good when the server says the session is gone or the
 * channel is not ours. Plain WebSocket, no library: this runs on phones with slow connections.
 */
function listen(channel: string, onChange: () => void, onState: (state: LiveState) => void): () => void {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pingTimer: ReturnType<typeof setInterval> | undefined;

  function stop() {
    stopped = true;
    clearTimeout(retryTimer);
    clearInterval(pingTimer);
    window.removeEventListener('online', reconnectNow);
    document.removeEventListener('visibilitychange', reconnectWhenVisible);
    const open = socket;
    socket = null;
    open?.close(1000);
  }

  /** Forgets a socket that closed or went silent and plans the next attempt. */
  function drop(ws: WebSocket, retry: boolean) {
    if (socket !== ws) return;
    socket = null;
    clearInterval(pingTimer);
    onState('offline');
    if (ws.readyState === WebSocket.CONNECTING || ws.readyState === WebSocket.OPEN) ws.close(4000, 'dropped');
    if (!retry || stopped || retryTimer !== undefined) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect();
    }, retryDelay(attempt++));
  }

  function reconnectNow() {
    if (stopped || socket) return;
    clearTimeout(retryTimer);
    retryTimer = undefined;
    attempt = 0;
    connect();
  }

  function reconnectWhenVisible() {
    if (document.visibilityState === 'visible') reconnectNow();
  }

  function connect() {
    onState('connecting');
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${scheme}://${window.location.host}/api/realtime`);
    socket = ws;
    let awaitingPong = false;
    ws.addEventListener('open', () => ws.send(JSON.stringify({ type: 'subscribe', channel })));
    ws.addEventListener('message', (event) => {
      let message: TRealtimeServerMessage;
      try {
        message = JSON.parse(String(event.data)) as TRealtimeServerMessage;
      } catch (error) {
        console.warn('Unlesbare Nachricht vom Server', error);
        return;
      }
      if (message.type === 'pong') awaitingPong = false;
      else if (message.type === 'subscribed' && message.channel === channel) {
        attempt = 0;
        onState('live');
        onChange();
      } else if (message.type === 'event' && message.channel === channel) {
        if ((message.event as { type?: unknown } | null)?.type === 'changed') onChange();
      } else if (message.type === 'error' && message.channel === channel && message.code === 'forbidden') {
        // Not (or no longer) our conversation: polling takes over, retrying would not help.
        drop(ws, false);
        stop();
      }
    });
    ws.addEventListener('close', (event) => {
      if (event.code === CLOSE_UNAUTHENTICATED && socket === ws) {
        // The session ended: one more fetch lets the page notice (401 → back to code and PIN).
        drop(ws, false);
        stop();
        onChange();
        return;
      }
      drop(ws, true);
    });
    // A socket can die silently (phone switches networks): no pong by the next ping means reconnect.
    clearInterval(pingTimer);
    pingTimer = setInterval(() => {
      if (ws.readyState !== WebSocket.OPEN) return;
      if (awaitingPong) {
        drop(ws, true);
        return;
      }
      awaitingPong = true;
      ws.send(JSON.stringify({ type: 'ping' }));
    }, PING_EVERY_MS);
  }

  window.addEventListener('online', reconnectNow);
  document.addEventListener('visibilitychange', reconnectWhenVisible);
  connect();
  return stop;
}

/**
 * Live updates of the family's conversation (channel `conversation:<intakeRequestId>`): `onChange`
 * runs when a message arrives, so the caller refetches over HTTP. Returns the socket's state.
 */
export function useLiveConversation(intakeRequestId: string | undefined, onChange: () => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(() => {
    if (!intakeRequestId) return;
    return listen(
      `conversation:${intakeRequestId}`,
      () => latest.current(),
      (next) => setState(next),
    );
  }, [intakeRequestId]);

  return intakeRequestId ? state : 'offline';
}
