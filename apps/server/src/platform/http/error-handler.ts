import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { CommitOutcomeUnknownError } from '../../db/connection.js';
import { HttpError, RetryLaterError } from '../errors.js';

function fieldsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Maps every error to a clear 4xx answer; only unexpected failures become 500 (and are logged). */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | HttpError | ZodError, request, reply) => {
    if (error instanceof RetryLaterError) reply.header('retry-after', String(error.retryAfterSeconds));
    if (error instanceof HttpError) {
      return reply
        .status(error.status)
        .send({ error: error.code, message: error.message, fields: error.fields });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const v of error.validation) {
        const path = (v.instancePath || '').replace(/^\//, '').replaceAll('/', '.') || '_';
        fields[path] ??= v.message ?? 'Ungültiger Wert';
      }
      return reply.status(400).send({
        error: 'validation',
        message: `Eingabe ungültig: ${Object.entries(fields)
          .map(([k, m]) => `${k}: ${m}`)
          .join('; ')}`,
        fields,
      });
    }
    if (error instanceof ZodError) {
      return reply
        .status(400)
        .send({ error: 'validation', message: 'Eingabe ungültig', fields: fieldsOf(error.issues) });
    }
    const status = (error as FastifyError).statusCode ?? 500;
    const code = (error as FastifyError).code;
    if (status === 413 || code === 'FST_ERR_CTP_BODY_TOO_LARGE' || code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.status(413).send({ error: 'too_large', message: 'Die Anfrage oder Datei ist zu groß.' });
    }
    if (status === 429) {
      return reply
        .status(429)
        .send({ error: 'rate_limited', message: 'Zu viele Anfragen. Bitte warten Sie kurz.' });
    }
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) {
      return reply
        .status(415)
        .send({ error: 'unsupported_media_type', message: 'Dieses Datenformat wird nicht unterstützt.' });
    }
    if (status >= 400 && status < 500) {
      return reply
        .status(status)
        .send({ error: 'bad_request', message: 'Die Anfrage ist fehlerhaft (z. B. ungültiges JSON).' });
    }
    if (error instanceof CommitOutcomeUnknownError) {
      request.log.error({ err: error }, 'connection lost during commit');
      return reply.status(503).send({
        error: 'commit_unknown',
        message:
          'Die Verbindung zur Datenbank ist beim Speichern abgerissen. Ob die Änderung gespeichert ist, ist unklar: bitte erst nachsehen, dann gegebenenfalls wiederholen.',
      });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply
      .status(500)
      .send({ error: 'internal', message: 'Interner Fehler. Bitte später erneut versuchen.' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: 'not_found',
      message: `Unbekannte Adresse: ${request.method} ${request.url.split('?')[0]}`,
    });
  });
}
