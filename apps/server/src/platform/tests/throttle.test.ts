import { describe, expect, it } from 'vitest';
import { delayAfter, THROTTLE_RULES } from '../auth/throttle.js';

describe('throttle delays', () => {
  it('are free for typos, then double from 2 seconds', () => {
    const rule = THROTTLE_RULES.accountAtAddress;
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => delayAfter(rule, n))).toEqual([0, 0, 0, 2, 4, 8, 16]);
  });

  it('never keep an account waiting more than a minute, whoever types wrong passwords for it', () => {
    for (let failures = 0; failures < 10_000; failures += 7)
      expect(delayAfter(THROTTLE_RULES.account, failures)).toBeLessThanOrEqual(60);
    expect(delayAfter(THROTTLE_RULES.account, 100)).toBe(60);
  });

  it('let the guesser at one address wait up to a quarter hour', () => {
    expect(delayAfter(THROTTLE_RULES.accountAtAddress, 1_000_000)).toBe(900);
    expect(delayAfter(THROTTLE_RULES.familyCode, 40)).toBe(900);
  });
});
