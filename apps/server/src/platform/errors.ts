/** An error with an HTTP status and a message a person can act on (German, shown in the UI). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

/** "Not found" for what does not exist and for what the caller may not see: existence must not leak. */
export const notFound = (what = 'Eintrag') =>
  new HttpError(404, 'not_found', `${what} nicht gefunden oder kein Zugriff.`);
export const unauthenticated = () => new HttpError(401, 'unauthenticated', 'Bitte melden Sie sich an.');
export const badRequest = (message: string, fields?: Record<string, string>) =>
  new HttpError(400, 'bad_request', message, fields);
export const conflict = (message: string) => new HttpError(409, 'conflict', message);

/** Too many failed attempts: answered 429 with `Retry-After`, and the wait in words a person can act on. */
export class RetryLaterError extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    const wait =
      retryAfterSeconds < 120
        ? `${retryAfterSeconds} Sekunden`
        : `${Math.ceil(retryAfterSeconds / 60)} Minuten`;
    super(
      429,
      'throttled',
      `Zu viele fehlgeschlagene Versuche. Bitte warten Sie ${wait} und versuchen Sie es dann erneut.`,
    );
  }
}
