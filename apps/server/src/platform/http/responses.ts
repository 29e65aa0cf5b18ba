import { ZErrorSchema } from '@lotse/shared';

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503;

/**
 * The error answers a route documents, all in one shape (`{error, message, fields?}`) produced by
 * `registerErrorHandler`. Without arguments: the usual ones of a signed-in route.
 */
export function errorResponses<S extends ErrorStatus = 400 | 401 | 403 | 404 | 409>(
  ...statuses: S[]
): Record<S, typeof ZErrorSchema> {
  const list: ErrorStatus[] = statuses.length ? statuses : [400, 401, 403, 404, 409];
  return Object.fromEntries(list.map((s) => [s, ZErrorSchema])) as Record<S, typeof ZErrorSchema>;
}
