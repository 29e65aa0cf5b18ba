import { describe, expect, it } from 'vitest';
import { LocalBus } from '../realtime/bus.js';
import { RealtimeHub } from '../realtime/hub.js';
import { shareSessionRevocations } from '../realtime/session-revocations.js';
import { SessionCache } from './session-cache.js';
import type { SessionState } from './sessions.js';

const state = { mfaPassed: true, actor: { userId: 'u1' } } as unknown as SessionState;

describe('SessionCache', () => {
  it('answers within its lifetime and forgets afterwards', () => {
    let now = 1_000;
    const cache = new SessionCache(10_000, 100, () => now);
    cache.set('s1', state);
    now += 9_999;
    expect(cache.get('s1')).toBe(state);
    now += 1;
    expect(cache.get('s1')).toBeNull();
  });

  it('revokes at once and tells the other instances', () => {
    const cache = new SessionCache();
    const told: string[] = [];
    cache.onRevoke = (id) => told.push(id);
    cache.set('s1', state);
    cache.revoke('s1');
    expect(cache.get('s1')).toBeNull();
    expect(told).toEqual(['s1']);
  });

  it('tells when its revocations have gone out (the answer to a logout waits for that)', async () => {
    const cache = new SessionCache();
    expect(cache.revocationsSent()).toBeNull();
    let release: () => void = () => undefined;
    cache.onRevoke = () =>
      new Promise<void>((resolve) => {
        release = resolve;
      });
    cache.revoke('s1');
    const sent = cache.revocationsSent();
    let settled = false;
    void sent?.then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    release();
    await sent;
    expect(settled).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cache.revocationsSent()).toBeNull();
  });

  it('forgets a session another instance revoked (through the hub)', async () => {
    const hub = new RealtimeHub(new LocalBus());
    const here = new SessionCache();
    shareSessionRevocations(hub, here);
    here.set('s2', state);
    // What arrives from the bus is delivered like a local publish.
    await hub.publish('session-revoked:s2', {});
    expect(here.get('s2')).toBeNull();
    await hub.close();
  });

  it('stays bounded', () => {
    const cache = new SessionCache(10_000, 2);
    cache.set('a', state);
    cache.set('b', state);
    cache.set('c', state);
    expect(cache.get('a')).toBeNull();
    expect(cache.get('c')).toBe(state);
  });
});
