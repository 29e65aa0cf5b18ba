import { describe, expect, it } from 'vitest';
import { dangerSignalLabel, isPossibleSignal, possibleSignal } from './intake.js';

describe('danger signal labels', () => {
  it('names signals in German and marks what the assistant only asked about as uncertain', () => {
    expect(dangerSignalLabel('violence')).toBe('Gewalt');
    expect(dangerSignalLabel('possible_suicide')).toBe('Suizidgedanken (unsicher)');
    expect(isPossibleSignal('possible_neglect')).toBe(true);
    expect(isPossibleSignal('neglect')).toBe(false);
    expect(dangerSignalLabel(possibleSignal('violence'))).toBe('Gewalt (unsicher)');
  });

  it('shows a code nobody has named yet rather than hiding it', () => {
    expect(dangerSignalLabel('new_signal')).toBe('new_signal');
  });
});
