import { ZHelpPlanSettingsSchema, ZHzeCodeSchema } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { helpPlanSettings, updateHelpPlanSettings } from './settings.js';
import { hzeCodes } from './statistics-codes.js';

/** The office's help plan defaults: every staff member reads them (forms prefill), admins change them. */
export function helpPlanSettingsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;
  const tags = ['help plans'];
  // The official code list is read and checked now, so a broken data file stops the start, not a request.
  hzeCodes();
  r.get(
    '/api/help-plan-settings',
    {
      config: staff,
      schema: {
        tags,
        summary: 'The office’s default review period and reminder lead time for help plans',
        response: { 200: ZHelpPlanSettingsSchema, ...errorResponses(401) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => helpPlanSettings(scope.tx)),
  );
  r.get(
    '/api/help-plan-codes',
    {
      config: staff,
      schema: {
        tags,
        summary: 'The official codes of "Art der Hilfe" (HzE survey) and the help type each belongs to',
        response: { 200: z.array(ZHzeCodeSchema), ...errorResponses(401) },
      },
    },
    () => hzeCodes(),
  );
  r.put(
    '/api/admin/help-plan-settings',
    {
      config: staff,
      schema: {
        tags: ['admin'],
        summary: 'Change the defaults (administration); plans already written keep their dates',
        body: ZHelpPlanSettingsSchema,
        response: { 200: ZHelpPlanSettingsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => updateHelpPlanSettings(scope, request.body)),
  );
}
