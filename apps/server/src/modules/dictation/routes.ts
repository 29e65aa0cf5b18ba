import { dictationLimits, ZDictationResultSchema, ZDictationStatusSchema } from '@lotse/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/access.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import {
  auditDictation,
  dictationStatus,
  requireMayDictate,
  transcribeDictation,
} from './transcribe-dictation.js';
import { Transcriber } from './transcriber.js';

const wavTypes = ['audio/wav', 'audio/wave', 'audio/x-wav', 'audio/vnd.wave'];

/** Who may dictate is checked before the body is looked at: others get 403, never a format answer. */
async function dictatorsOnly(request: FastifyRequest) {
  requireMayDictate(actorOf(request));
}

const provided = new WeakMap<AppContext, Transcriber>();

/** Puts a transcriber in place for a server before its routes are built (tests: a stand-in model). */
export function provideTranscriber(ctx: AppContext, transcriber: Transcriber): void {
  provided.set(ctx, transcriber);
}

/**
 * Dictation: the browser records and sends WAV, this server transcribes it with the office's own
 * model (DICTATION_MODEL_DIR). No audio leaves the office or stays after the answer.
 */
export function dictationRoutes(app: FastifyInstance, ctx: AppContext) {
  const model =
    provided.get(ctx) ??
    new Transcriber(ctx.config.dictationModelDir, {
      onLoadError: (error) => app.log.error({ err: error }, 'dictation model could not be loaded'),
    });
  app.addHook('onClose', () => model.close());
  const tags = ['dictation'];
  // The WAV parser lives in this plugin only: elsewhere audio bodies stay unsupported (415).
  app.register(async (scoped) => {
    scoped.addContentTypeParser(
      wavTypes,
      { parseAs: 'buffer', bodyLimit: dictationLimits.maxBytes },
      (_request, body, done) => done(null, body),
    );
    const r = scoped.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/dictation/status',
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: 'Whether dictation is available here (a model is set up) and for the caller',
          response: { 200: ZDictationStatusSchema, ...errorResponses(401) },
        },
      },
      (request) => dictationStatus(model, actorOf(request)),
    );
    r.post(
      '/api/dictation/transcribe',
      {
        config: { access: 'staff', rateLimit: { max: 30, timeWindow: '1 minute' } },
        bodyLimit: dictationLimits.maxBytes,
        preValidation: dictatorsOnly,
        schema: {
          tags,
          summary:
            'Transcribe one recording (audio/wav: 16 kHz, mono, 16-bit PCM, at most 2 minutes) on this server; audited with its length only',
          consumes: wavTypes,
          response: { 200: ZDictationResultSchema, ...errorResponses(400, 401, 403, 413, 415, 429, 503) },
        },
      },
      async (request) => {
        const result = await transcribeDictation(model, actorOf(request), request.body);
        await inActorScope(ctx, request, (scope) => auditDictation(scope, result));
        return result;
      },
    );
  });
}
