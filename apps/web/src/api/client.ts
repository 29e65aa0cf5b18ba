/**
 * Thin fetch wrapper for the Lotse API. Errors from the server have the shape
 * `{ error, message, fields? }` with a German message that the UI shows as it is.
 * This file imports no runtime code from @lotse/shared so the public start page stays small.
 */

/** Anything with zod's `safeParse` (kept structural so this module does not load zod). */
export interface ResponseSchema<T> {
  safeParse(
    data: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** Message to show for any error thrown by `api`. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.';
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Bitte melden Sie sich an.';
  if (status === 403) return 'Dafür fehlt Ihnen die Berechtigung.';
  if (status === 404) return 'Nicht gefunden oder kein Zugriff.';
  if (status === 413) return 'Die Datei oder Eingabe ist zu groß.';
  if (status === 429) return 'Zu viele Versuche. Bitte warten Sie einen Moment.';
  if (status >= 500) return 'Der Server hat einen Fehler gemeldet. Bitte versuchen Sie es später erneut.';
  return 'Die Anfrage konnte nicht verarbeitet werden.';
}

interface ErrorBody {
  error?: unknown;
  message?: unknown;
  fields?: unknown;
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (e.g. a proxy error page): fall back to a message by status.
    body = {};
  }
  const fields: Record<string, string> = {};
  if (body.fields && typeof body.fields === 'object') {
    for (const [key, value] of Object.entries(body.fields)) {
      if (typeof value === 'string') fields[key] = value;
    }
  }
  return new ApiError(
    response.status,
    typeof body.error === 'string' ? body.error : `http_${response.status}`,
    typeof body.message === 'string' && body.message ? body.message : fallbackMessage(response.status),
    fields,
  );
}

export interface ApiOptions<T> {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** JSON body (object) or FormData (multipart upload). */
  body?: unknown;
  /** Response schema from @lotse/shared; a mismatch is logged, not fatal, so a newer server keeps working. */
  schema?: ResponseSchema<T>;
  signal?: AbortSignal;
}

export async function api<T>(path: string, options: ApiOptions<T> = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'Keine Verbindung zum Server. Bitte prüfen Sie die Verbindung.');
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!options.schema) return data as T;
  const parsed = options.schema.safeParse(data);
  if (parsed.success) return parsed.data;
  console.warn(`Antwort von ${path} weicht vom Vertrag ab`, parsed.error.issues);
  return data as T;
}

/** Builds a query string from defined, non-empty values. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
