import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors.js';

// Control characters other than tab, line feed and carriage return (C0, DEL, C1), and UTF-16
// surrogates that are not part of a pair (with the `u` flag a pair is one code point and does not match).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDFFF]/u;
const MAX_DEPTH = 32;

export interface ForbiddenText {
  /** Where: a dotted path into the input ("persons.0.name"), or "" for the value itself. */
  path: string;
  /** The offending character as U+XXXX. */
  character: string;
}

/** The first string or key in a parsed JSON value, query or route parameters that holds a forbidden character. */
export function findForbiddenText(value: unknown, path = '', depth = 0): ForbiddenText | null {
  if (typeof value === 'string') {
    const match = FORBIDDEN.exec(value);
    if (!match) return null;
    const code = match[0].codePointAt(0) ?? 0;
    return { path, character: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
  }
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object' || ArrayBuffer.isView(value))
    return null;
  for (const [key, inner] of Object.entries(value)) {
    const innerPath = path ? `${path}.${key}` : key;
    const inKey = findForbiddenText(key, innerPath, depth + 1);
    if (inKey) return inKey;
    const found = findForbiddenText(inner, innerPath, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * One rule for all text input, before any route's schema: PostgreSQL cannot store NUL, and other
 * control characters or broken UTF-16 only hide text from readers (and from the audit). Such input
 * is refused with a clear 400 that names the field, before it could become a 500 or be cut off.
 */
export function registerTextGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const found =
      findForbiddenText(request.body) ??
      findForbiddenText(request.query) ??
      findForbiddenText(request.params);
    if (!found) return;
    const where = found.path ? `Das Feld „${found.path}“` : 'Die Eingabe';
    throw new HttpError(
      400,
      'invalid_character',
      `${where} enthält ein unzulässiges Zeichen (${found.character}, ein Steuerzeichen oder ungültiges Unicode). Bitte entfernen Sie es und senden Sie erneut.`,
      found.path ? { [found.path]: `Unzulässiges Zeichen ${found.character}` } : undefined,
    );
  });
}
