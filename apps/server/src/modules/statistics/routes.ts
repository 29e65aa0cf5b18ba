import { ZStatisticsSurvey, ZStatisticsValidationSchema } from '@lotse/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/access.js';
import { errorResponses } from '../../platform/http/responses.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { inActorScope } from '../../platform/scope.js';
import { downloadHeaders } from '../../platform/uploads.js';
import { exportSurvey, validateSurvey } from './surveys.js';

const errors = errorResponses();

/** Planners and office management only (checked before the query is validated). */
async function plannersOnly(request: FastifyRequest) {
  requireOfficeAction(actorOf(request), 'plan');
}
const ZParams = z.object({
  survey: ZStatisticsSurvey,
  year: z.coerce.number({ message: 'Berichtsjahr als Zahl angeben' }).int('Berichtsjahr als Zahl angeben'),
});

/** The official statistics (KJH-Statistik): validation report and CSV export per survey and year. */
export function statisticsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'staff' } as const;
  // Who may ask is checked before the query is: others get 403, never a validation answer.
  const preValidation = plannersOnly;
  const tags = ['statistics'];
  r.get(
    '/api/statistics/:survey/:year/validation',
    {
      config,
      preValidation,
      schema: { tags, params: ZParams, response: { 200: ZStatisticsValidationSchema, ...errors } },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        validateSurvey(scope, request.params.survey, request.params.year),
      ),
  );
  r.get(
    '/api/statistics/:survey/:year/export',
    { config, preValidation, schema: { tags, params: ZParams, response: errors } },
    async (request, reply) => {
      const file = await inActorScope(ctx, request, (scope) =>
        exportSurvey(scope, request.params.survey, request.params.year),
      );
      return reply
        .headers(downloadHeaders(file.filename, 'text/csv; charset=utf-8'))
        .send(file.data as never);
    },
  );
}
