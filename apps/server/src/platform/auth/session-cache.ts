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
 * on every other instance.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Set when the instance is wired up: tells the other instances (realtime bus). */
  onRevoke: (sessionId: string) => void = () => undefined;

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
    this.onRevoke(sessionId);
  }
}
