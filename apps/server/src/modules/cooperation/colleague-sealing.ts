import type { KeyRing } from '../../platform/crypto.js';

/*
 * Texts of conversations between offices are read by every office taking part, so they are sealed
 * with the installation's key for cooperation (KeyRing.encryptShared), never with one office's key.
 * Each context binds a ciphertext to its row.
 */
const PURPOSE = 'cooperation';

export const subjectContext = (conversationId: string) => `colleague-subject:${conversationId}`;
export const messageContext = (messageId: string) => `colleague-message:${messageId}`;
export const groundContext = (conversationId: string, officeId: string) =>
  `colleague-ground:${conversationId}:${officeId}`;

/** Encrypts one text of a conversation between offices. */
export function sealColleagueText(keys: KeyRing, text: string, context: string): Buffer {
  return keys.encryptShared(PURPOSE, text, context);
}

/** Decrypts what `sealColleagueText` sealed; also takes bytea as JSON renders it ("\\x…"). */
export function openColleagueText(keys: KeyRing, sealed: Uint8Array | string, context: string): string {
  const bytes = typeof sealed === 'string' ? Buffer.from(sealed.replace(/^\\x/, ''), 'hex') : sealed;
  return keys.decryptShared(PURPOSE, bytes, context).toString('utf8');
}
