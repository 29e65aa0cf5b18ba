import type { Tx } from '../db/connection.js';
import type { KeyRing } from './crypto.js';
import { searchTokens } from './search-tokens.js';

/**
 * Personal text fields of one office — titles, names, file names — encrypted with the office's key
 * (AES-256-GCM, crypto.ts), each bound to its place by a context ("case-title:<id>"), and the keyed
 * blind indexes that keep them searchable.
 */
export interface SealedText {
  seal(text: string, context: string): Promise<Buffer>;
  /** Decrypts a sealed field; also takes bytea as JSON renders it ("\\x…"). A missing value reads as ''. */
  open(sealed: Uint8Array | string | null | undefined, context: string): Promise<string>;
  /** The blind indexes of the search tokens of these texts (platform/search-tokens.ts). */
  searchIndex(texts: readonly (string | null | undefined)[]): string[];
  /** The blind index of one already normalised search word. */
  indexOf(word: string): string;
}

export function sealedTextFor(keys: KeyRing, tx: Tx, tenantId: string): SealedText {
  return {
    seal: (text, context) => keys.encrypt(tx, tenantId, text, context),
    async open(sealed, context) {
      if (sealed === null || sealed === undefined) return '';
      const bytes = typeof sealed === 'string' ? Buffer.from(sealed.replace(/^\\x/, ''), 'hex') : sealed;
      return keys.decryptText(tx, tenantId, bytes, context);
    },
    searchIndex: (texts) => searchTokens(texts).map((token) => keys.blindIndex(tenantId, token)),
    indexOf: (word) => keys.blindIndex(tenantId, word),
  };
}
