import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyRing } from '../../platform/crypto.js';
import { messageContext, openColleagueText, sealColleagueText } from './colleague-sealing.js';

describe('texts between offices, sealed with the installation key for cooperation', () => {
  const master = randomBytes(32);
  const keys = new KeyRing(master);

  it('opens what it sealed, in this process and in another with the same master key', () => {
    const sealed = sealColleagueText(keys, 'Übergabe nach § 86c', messageContext('m1'));
    expect(sealed.includes(Buffer.from('86c'))).toBe(false);
    expect(openColleagueText(keys, sealed, messageContext('m1'))).toBe('Übergabe nach § 86c');
    expect(openColleagueText(new KeyRing(master), sealed, messageContext('m1'))).toBe('Übergabe nach § 86c');
    // bytea as JSON renders it
    expect(openColleagueText(keys, `\\x${sealed.toString('hex')}`, messageContext('m1'))).toBe(
      'Übergabe nach § 86c',
    );
  });

  it('refuses another row, another purpose and another installation', () => {
    const sealed = sealColleagueText(keys, 'vertraulich', messageContext('m1'));
    expect(() => openColleagueText(keys, sealed, messageContext('m2'))).toThrow();
    expect(() => keys.decryptShared('other-purpose', sealed, messageContext('m1'))).toThrow();
    expect(() => openColleagueText(new KeyRing(randomBytes(32)), sealed, messageContext('m1'))).toThrow();
  });
});
