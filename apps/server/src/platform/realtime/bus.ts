import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** One published event on its way to the subscribers of a channel (optionally one connection only). */
export interface Envelope {
  channel: string;
  event: unknown;
  /** Connection id of the only recipient (e.g. a WebRTC offer for one peer). */
  to?: string | undefined;
}

/** Carries envelopes to the other server instances. The local instance delivers its own directly. */
export interface Bus {
  send(envelope: Envelope): Promise<void>;
  onReceive(handler: (envelope: Envelope) => void): void;
  close(): Promise<void>;
}

/** One process only (PGlite, tests): nothing to forward. */
export class LocalBus implements Bus {
  async send(): Promise<void> {}
  onReceive(): void {}
  async close(): Promise<void> {}
}

const CHANNEL = 'lotse_realtime';
// NOTIFY payloads must stay below 8000 bytes; larger envelopes (SDP offers) travel in chunks.
const CHUNK_BYTES = 5000;
const STALE_CHUNKS_MS = 30_000;

interface Wire {
  /** origin instance */
  o: string;
  /** message id, chunk index, chunk count, base64 data */
  m: string;
  k: number;
  n: number;
  d: string;
}

/**
 * Fan-out across server instances through PostgreSQL LISTEN/NOTIFY on one dedicated connection.
 * Notifications from one session arrive in order, so chunks are reassembled without sequencing.
 * If the connection drops it reconnects; events published meanwhile reach local subscribers only.
 */
export class PgBus implements Bus {
  private readonly origin = randomUUID();
  private client: pg.Client | null = null;
  private handler: (envelope: Envelope) => void = () => undefined;
  private readonly partial = new Map<string, { parts: string[]; got: number; at: number }>();
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  private constructor(
    private readonly url: string,
    private readonly log: (error: unknown) => void,
  ) {}

  static async connect(url: string, log: (error: unknown) => void = () => undefined): Promise<PgBus> {
    const bus = new PgBus(url, log);
    await bus.open();
    return bus;
  }

  private async open(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      if (msg.channel === CHANNEL && msg.payload) this.receive(msg.payload);
    });
    client.on('error', (error) => {
      this.log(error);
      this.scheduleReconnect();
    });
    client.on('end', () => this.scheduleReconnect());
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  private scheduleReconnect() {
    if (this.closed || this.reconnectTimer) return;
    this.client = null;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.open().catch((error: unknown) => {
        this.log(error);
        this.scheduleReconnect();
      });
    }, 2000);
    this.reconnectTimer.unref();
  }

  onReceive(handler: (envelope: Envelope) => void): void {
    this.handler = handler;
  }

  async send(envelope: Envelope): Promise<void> {
    const client = this.client;
    if (!client) return;
    const data = Buffer.from(JSON.stringify(envelope), 'utf8');
    const n = Math.max(1, Math.ceil(data.length / CHUNK_BYTES));
    const m = randomUUID();
    for (let k = 0; k < n; k++) {
      const wire: Wire = {
        o: this.origin,
        m,
        k,
        n,
        d: data.subarray(k * CHUNK_BYTES, (k + 1) * CHUNK_BYTES).toString('base64'),
      };
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(wire)]);
    }
  }

  private receive(payload: string) {
    let wire: Wire;
    try {
      wire = JSON.parse(payload) as Wire;
    } catch (error) {
      this.log(error);
      return;
    }
    if (wire.o === this.origin) return; // delivered locally already
    let text: string;
    if (wire.n === 1) {
      text = Buffer.from(wire.d, 'base64').toString('utf8');
    } else {
      const key = `${wire.o}:${wire.m}`;
      const entry = this.partial.get(key) ?? { parts: new Array<string>(wire.n), got: 0, at: Date.now() };
      if (entry.parts[wire.k] === undefined) entry.got++;
      entry.parts[wire.k] = wire.d;
      this.partial.set(key, entry);
      this.dropStale();
      if (entry.got < wire.n) return;
      this.partial.delete(key);
      text = Buffer.concat(entry.parts.map((p) => Buffer.from(p, 'base64'))).toString('utf8');
    }
    try {
      this.handler(JSON.parse(text) as Envelope);
    } catch (error) {
      this.log(error);
    }
  }

  private dropStale() {
    const limit = Date.now() - STALE_CHUNKS_MS;
    for (const [key, entry] of this.partial) if (entry.at < limit) this.partial.delete(key);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
