import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors.js';

/** True when a parsed JSON value, query or route parameter holds a NUL character anywhere. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
}

/**
 * PostgreSQL cannot store the NUL character in text. Input that holds one is refused up front with
 * a clear 400 — before it could reach the database as a 500 or be cut off silently.
 */
export function registerNulGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.body) || containsNul(request.query) || containsNul(request.params)) {
      throw new HttpError(
        400,
        'bad_request',
        'Die Eingabe enthält ein unzulässiges Steuerzeichen (NUL). Bitte entfernen Sie es und senden Sie erneut.',
      );
    }
  });
}
