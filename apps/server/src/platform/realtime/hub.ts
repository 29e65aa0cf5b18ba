import { randomUUID } from 'node:crypto';
import { meetingLimits, type TRealtimeServerMessage, ZRealtimeClientMessage } from '@lotse/shared';
import type { WebSocket } from 'ws';
import type { Actor } from '../actor.js';
import type { Bus, Envelope } from './bus.js';

/** Who is on the other end of a socket: a staff member, a family (code + PIN) or a meeting guest. */
export type Who =
  | { kind: 'staff'; tenantId: string; actor: Actor }
  | { kind: 'family'; tenantId: string; intakeRequestId: string | null; sessionId: string }
  /** A guest (e.g. an interpreter) is confined to one channel. */
  | { kind: 'guest'; tenantId: string; guestId: string; label: string; channel: string };

export interface Connection {
  readonly id: string;
  readonly who: Who;
  readonly channels: ReadonlySet<string>;
  /** Per-channel state a module keeps for this connection (e.g. "admitted to the meeting"). */
  readonly state: Map<string, unknown>;
  send(message: TRealtimeServerMessage): void;
}

/** What a module registers for the channels that start with its prefix (e.g. `meeting:`). */
export interface ChannelModule {
  prefix: string;
  /** Decides whether `who` may subscribe; unknown and forbidden channels look the same to the client. */
  canSubscribe(who: Who, channel: string): Promise<boolean>;
  onSubscribe?(conn: Connection, channel: string): void;
  onUnsubscribe?(conn: Connection, channel: string): void;
  /** A `{type:'message'}` from a subscribed connection. */
  onMessage?(conn: Connection, channel: string, data: unknown): Promise<void> | void;
  /** Sees every envelope of its channels arriving at this instance once (e.g. to track a roster). */
  observe?(envelope: Envelope): void;
  /** Turns an event into what one connection receives; `null` drops it for that connection. */
  deliver?(conn: Connection, channel: string, event: unknown): unknown | null;
}

export interface HubOptions {
  heartbeatMs?: number;
  /** Token bucket per socket: burst size and refill per second. */
  rateBurst?: number;
  ratePerSecond?: number;
  log?: (error: unknown) => void;
}

/** Close codes (4000–4999 are the application's). */
export const CLOSE_UNAUTHENTICATED = 4401;
export const CLOSE_RATE_LIMITED = 4429;

interface LiveConnection extends Connection {
  readonly channels: Set<string>;
  socket: WebSocket;
  alive: boolean;
  beats: number;
  tokens: number;
  refilledAt: number;
  dropped: number;
  queue: Promise<void>;
  revalidate: () => Promise<boolean>;
}

/**
 * The realtime hub of this process: sockets, channels and fan-out. Events published here reach
 * local subscribers at once and other instances through the bus (PostgreSQL LISTEN/NOTIFY).
 */
export class RealtimeHub {
  private readonly modules: ChannelModule[] = [];
  private readonly channels = new Map<string, Set<LiveConnection>>();
  private readonly connections = new Map<string, LiveConnection>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly log: (error: unknown) => void;

  constructor(
    private readonly bus: Bus,
    private readonly options: HubOptions = {},
  ) {
    this.log = options.log ?? (() => undefined);
    bus.onReceive((envelope) => this.deliverLocal(envelope));
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs ?? 25_000);
    this.heartbeat.unref();
  }

  /** Registers the authorisation and message handling for one channel prefix. */
  register(module: ChannelModule): void {
    if (this.modules.some((m) => m.prefix === module.prefix)) {
      throw new Error(`realtime prefix ${module.prefix} registered twice`);
    }
    this.modules.push(module);
  }

  /** Sends an event to the subscribers of a channel on every instance (or to one connection). */
  async publish(channel: string, event: unknown, opts: { to?: string } = {}): Promise<void> {
    const envelope: Envelope = { channel, event, to: opts.to };
    this.deliverLocal(envelope);
    await this.bus.send(envelope).catch((error: unknown) => this.log(error));
  }

  /**
   * Closes the sockets of a session that ended (logout, rotation): staff or family, on this instance.
   * Session revocations reach every instance over the bus (`session-revocations.ts`), so an ended
   * session loses its live connections everywhere at once, not only at the next revalidation.
   */
  endSession(sessionId: string): number {
    let closed = 0;
    for (const conn of this.connections.values()) {
      const who = conn.who;
      const id = who.kind === 'staff' ? who.actor.sessionId : who.kind === 'family' ? who.sessionId : null;
      if (id !== sessionId) continue;
      conn.socket.close(CLOSE_UNAUTHENTICATED, 'session ended');
      this.drop(conn);
      closed++;
    }
    return closed;
  }

  /** Number of open sockets (for health and tests). */
  get size(): number {
    return this.connections.size;
  }

  /** Takes over an authenticated socket. `revalidate` re-checks the session now and then. */
  accept(socket: WebSocket, who: Who, revalidate: () => Promise<boolean>): Connection {
    const conn: LiveConnection = {
      id: randomUUID(),
      who,
      channels: new Set(),
      state: new Map(),
      socket,
      alive: true,
      beats: 0,
      tokens: this.options.rateBurst ?? 100,
      refilledAt: Date.now(),
      dropped: 0,
      queue: Promise.resolve(),
      revalidate,
      send: (message) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
      },
    };
    this.connections.set(conn.id, conn);
    socket.on('pong', () => {
      conn.alive = true;
    });
    socket.on('message', (raw, isBinary) => {
      if (!this.takeToken(conn)) return;
      const text = isBinary ? null : raw.toString();
      // Messages of one socket are handled in order (a subscribe completes before the next message).
      conn.queue = conn.queue.then(() => this.handle(conn, text)).catch((error: unknown) => this.log(error));
    });
    socket.on('close', () => this.drop(conn));
    socket.on('error', (error) => this.log(error));
    conn.send({ type: 'hello', connectionId: conn.id });
    return conn;
  }

  private takeToken(conn: LiveConnection): boolean {
    const burst = this.options.rateBurst ?? 100;
    const perSecond = this.options.ratePerSecond ?? 20;
    const now = Date.now();
    conn.tokens = Math.min(burst, conn.tokens + ((now - conn.refilledAt) / 1000) * perSecond);
    conn.refilledAt = now;
    if (conn.tokens >= 1) {
      conn.tokens -= 1;
      return true;
    }
    conn.dropped++;
    if (conn.dropped > burst) conn.socket.close(CLOSE_RATE_LIMITED, 'too many messages');
    else if (conn.dropped === 1) {
      conn.send({ type: 'error', code: 'rate_limited', message: 'Zu viele Nachrichten. Bitte langsamer.' });
    }
    return false;
  }

  private async handle(conn: LiveConnection, text: string | null) {
    let json: unknown;
    try {
      json = text === null ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    const parsed = ZRealtimeClientMessage.safeParse(json);
    if (!parsed.success) {
      conn.send({ type: 'error', code: 'bad_message', message: 'Unverständliche Nachricht.' });
      return;
    }
    const msg = parsed.data;
    switch (msg.type) {
      case 'ping':
        conn.send({ type: 'pong' });
        return;
      case 'subscribe':
        await this.subscribe(conn, msg.channel);
        return;
      case 'unsubscribe':
        this.unsubscribe(conn, msg.channel);
        conn.send({ type: 'unsubscribed', channel: msg.channel });
        return;
      case 'message': {
        const module = this.moduleFor(msg.channel);
        if (!module?.onMessage || !conn.channels.has(msg.channel)) {
          conn.send({
            type: 'error',
            code: 'not_subscribed',
            message: 'Kanal nicht abonniert.',
            channel: msg.channel,
          });
          return;
        }
        await module.onMessage(conn, msg.channel, msg.data);
        return;
      }
    }
  }

  private moduleFor(channel: string): ChannelModule | undefined {
    return this.modules.find((m) => channel.startsWith(m.prefix));
  }

  private async subscribe(conn: LiveConnection, channel: string) {
    if (conn.channels.has(channel)) {
      conn.send({ type: 'subscribed', channel });
      return;
    }
    const module = this.moduleFor(channel);
    const allowed = module ? await module.canSubscribe(conn.who, channel).catch(() => false) : false;
    if (!module || !allowed || conn.socket.readyState !== conn.socket.OPEN) {
      conn.send({ type: 'error', code: 'forbidden', message: 'Nicht gefunden oder kein Zugriff.', channel });
      return;
    }
    conn.channels.add(channel);
    let set = this.channels.get(channel);
    if (!set) {
      set = new Set();
      this.channels.set(channel, set);
    }
    set.add(conn);
    conn.send({ type: 'subscribed', channel });
    module.onSubscribe?.(conn, channel);
  }

  private unsubscribe(conn: LiveConnection, channel: string) {
    if (!conn.channels.delete(channel)) return;
    const set = this.channels.get(channel);
    set?.delete(conn);
    if (set?.size === 0) this.channels.delete(channel);
    this.moduleFor(channel)?.onUnsubscribe?.(conn, channel);
    conn.state.delete(channel);
  }

  private drop(conn: LiveConnection) {
    if (!this.connections.delete(conn.id)) return;
    for (const channel of [...conn.channels]) this.unsubscribe(conn, channel);
  }

  private deliverLocal(envelope: Envelope) {
    const module = this.moduleFor(envelope.channel);
    module?.observe?.(envelope);
    const targets = envelope.to
      ? [this.connections.get(envelope.to)].filter(
          (c): c is LiveConnection => !!c?.channels.has(envelope.channel),
        )
      : [...(this.channels.get(envelope.channel) ?? [])];
    for (const conn of targets) {
      const event = module?.deliver ? module.deliver(conn, envelope.channel, envelope.event) : envelope.event;
      if (event !== null && event !== undefined)
        conn.send({ type: 'event', channel: envelope.channel, event });
    }
  }

  private beat() {
    for (const conn of this.connections.values()) {
      if (!conn.alive) {
        conn.socket.terminate();
        this.drop(conn);
        continue;
      }
      conn.alive = false;
      conn.socket.ping();
      // Every fourth beat, check that the session behind the socket still exists.
      if (++conn.beats % 4 === 0) {
        conn
          .revalidate()
          .then((ok) => {
            if (!ok) conn.socket.close(CLOSE_UNAUTHENTICATED, 'session ended');
          })
          .catch((error: unknown) => this.log(error));
      }
    }
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const conn of this.connections.values()) conn.socket.close(1001, 'server shutting down');
    await this.bus.close();
  }
}

export const maxRealtimeMessageBytes = meetingLimits.realtimeMessageBytes;
