import { sleep } from '../lib/cluster.js';

/*
 * What the writers did: every attempt, every acknowledged write, every failure — read by the crash
 * rounds, the verification and the report.
 */

export type Kind = 'note' | 'document' | 'message' | 'attachment' | 'family-message' | 'family-file';
export const kinds: Kind[] = ['note', 'document', 'message', 'attachment', 'family-message', 'family-file'];

/** A write that got a 2xx answer: it must be there after every crash, with the same content. */
export interface Ack {
  kind: Kind;
  /** Entry, document or message id. */
  id: string;
  /** Case (notes, documents) or request (messages). */
  where: string;
  /** SHA-256 of what was sent: note title + body, message body, file bytes. */
  hash: string;
  /** For messages with a file: the attachment's id and the file's hash. */
  attachmentId?: string;
  fileHash?: string;
  writer: string;
}

/** The conversation read answers with at most 500 messages: stay well below per request. */
const MESSAGE_CAP = 400;

export class WriteLedger {
  readonly stats = {
    attempted: Object.fromEntries(kinds.map((k) => [k, 0])) as Record<Kind, number>,
    noAnswer: 0,
    serverError: 0,
    refused: 0,
    refusedByStatus: {} as Record<number, number>,
    reLogins: 0,
  };
  readonly acks: Ack[] = [];
  lastAckAt = 0;
  /** Set once: every writer ends after its current write. */
  stopWriters = false;
  /** A writer that stopped on an unexpected answer (e.g. a 2xx without the written data). */
  readonly writerErrors: string[] = [];
  private readonly messagesPerRequest = new Map<string, number>();

  acknowledge(ack: Ack): void {
    this.acks.push(ack);
    this.lastAckAt = Date.now();
  }

  /** Counts one more message for the request if its conversation has room; false when it is full. */
  reserveMessage(requestId: string): boolean {
    const sent = this.messagesPerRequest.get(requestId) ?? 0;
    if (sent >= MESSAGE_CAP) return false;
    this.messagesPerRequest.set(requestId, sent + 1);
    return true;
  }

  /** Waits for the first acknowledged write after `since`: ms from `since`, or -1 after `timeoutMs`. */
  async firstAckAfter(since: number, timeoutMs = 120_000): Promise<number> {
    while (Date.now() - since < timeoutMs) {
      if (this.lastAckAt > since) return this.lastAckAt - since;
      await sleep(20);
    }
    return -1;
  }
}
