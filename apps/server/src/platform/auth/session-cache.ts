import type { SessionState } from './sessions.js';

interface Entry {
  state: SessionState;
  until: number;
}

/**
 * Recently confirmed sessions of this instance, so a burst of requests does not ask the database
 * for the same session each time. An entry lives `ttlMs` (default 10 s): changes made elsewhere
 * (roles, team memberships, a disabled account) take effect after at most that long. Ending a
 * session (logout, rotation at login and MFA) removes it at once here and, through `onRevoke`,
 * on every other instance, before the answer to the request that ended it leaves.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Revocations on their way to the other instances. */
  private readonly sending = new Set<Promise<unknown>>();
  /**
   * Set when the instance is wired up: tells the other instances (realtime bus). A promise it
   * returns is awaited by `revocationsSent`.
   */
  onRevoke: (sessionId: string) => unknown = () => undefined;

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 20_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(sessionId: string): SessionState | null {
    const entry = this.entries.get(sessionId);
    if (!entry) return null;
    if (entry.until <= this.now()) {
      this.entries.delete(sessionId);
      return null;
    }
    return entry.state;
  }

  set(sessionId: string, state: SessionState): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(sessionId, { state, until: this.now() + this.ttlMs });
  }

  /** Forgets a session here (e.g. when another instance revoked it). */
  forget(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  /** Forgets everything, e.g. after changes to many accounts at once. */
  clear(): void {
    this.entries.clear();
  }

  /** Call after the transaction that ended a session has committed. */
  revoke(sessionId: string): void {
    this.forget(sessionId);
    const told = this.onRevoke(sessionId);
    if (told instanceof Promise) {
      const sent = told.catch(() => undefined);
      this.sending.add(sent);
      void sent.finally(() => this.sending.delete(sent));
    }
  }

  /**
   * Settles once every revocation told so far has gone out to the other instances; `null` when none
   * is on its way (the usual case). Answers wait for it (platform/http/access.ts), so a request that
   * follows a logout is refused by every instance, not only after their cached entry runs out.
   */
  revocationsSent(): Promise<unknown> | null {
    return this.sending.size > 0 ? Promise.all(this.sending) : null;
  }
}
