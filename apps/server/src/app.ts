import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { limits } from '@lotse/shared';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditRoutes } from './modules/audit/index.js';
import { authRoutes } from './modules/auth/index.js';
import { briefRoutes } from './modules/brief/index.js';
import { caseRoutes } from './modules/cases/index.js';
import { complaintRoutes } from './modules/complaints/index.js';
import { consentRoutes } from './modules/consent/index.js';
import { contentRoutes } from './modules/content/index.js';
import {
  colleagueConversationChannelModule,
  colleagueInboxChannelModule,
  colleagueRoutes,
  cooperationRoutes,
} from './modules/cooperation/index.js';
import { dictationRoutes } from './modules/dictation/index.js';
import { familyAccountRoutes, familyPasskeyRoutes } from './modules/family/index.js';
import { feedbackRoutes } from './modules/feedback/index.js';
import { helpPlanRoutes, helpPlanSettingsRoutes } from './modules/helpplan/index.js';
import { hintRoutes } from './modules/hints/index.js';
import { intakeRoutes } from './modules/intake/index.js';
import { knowledgeRoutes } from './modules/knowledge/index.js';
import { lawRoutes } from './modules/law/index.js';
import { meetingRoutes } from './modules/meetings/index.js';
import { conversationChannelModule, messagingRoutes } from './modules/messaging/index.js';
import { perspectivesRoutes } from './modules/perspectives/index.js';
import { placementChannelModule, placementRoutes } from './modules/placements/index.js';
import { planningRoutes } from './modules/planning/index.js';
import { privacyRoutes } from './modules/privacy/index.js';
import { protectionRoutes } from './modules/protection/index.js';
import { providerRoutes } from './modules/providers/index.js';
import { requestRoutes } from './modules/requests/index.js';
import { statisticsRoutes } from './modules/statistics/index.js';
import { tenancyRoutes } from './modules/tenancy/index.js';
import { workflowRoutes } from './modules/workflow/index.js';
import type { AppContext } from './platform/context.js';
import { registerAccessControl } from './platform/http/access.js';
import { registerErrorHandler } from './platform/http/error-handler.js';
import { registerSecurityHeaders } from './platform/http/security.js';
import { registerWebApp } from './platform/http/static.js';
import { registerTextGuard } from './platform/http/text-guard.js';
import { registerRealtime } from './platform/realtime/plugin.js';
import { shareSessionRevocations } from './platform/realtime/session-revocations.js';

const webDist = join(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Builds the HTTP server: platform plugins, then each module's routes. No business logic here. */
export async function buildApp(ctx: AppContext, opts: { serveWeb?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: ctx.config.logLevel === 'silent' ? false : { level: ctx.config.logLevel },
    bodyLimit: limits.bodyBytes,
    trustProxy: ctx.config.env === 'production',
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(cookie);
  await registerSecurityHeaders(app);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: limits.uploadBytes, files: 1, fields: 5 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Lotse API', version: '0.1.0', description: 'API of the Lotse youth welfare platform' },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: '__Host-lotse' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  registerAccessControl(app, ctx.db, ctx.config, ctx.sessions);
  registerTextGuard(app);

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        response: {
          200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']), demo: z.boolean() }),
        },
      },
    },
    async () => {
      await ctx.db.app.selectNoFrom((eb) => eb.val(1).as('one')).execute();
      return { status: 'ok' as const, db: ctx.db.engine, demo: ctx.config.demo };
    },
  );
  r.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  authRoutes(app, ctx);
  tenancyRoutes(app, ctx);
  caseRoutes(app, ctx);
  helpPlanRoutes(app, ctx);
  helpPlanSettingsRoutes(app, ctx);
  hintRoutes(app, ctx);
  briefRoutes(app, ctx);
  workflowRoutes(app, ctx);
  perspectivesRoutes(app, ctx);
  protectionRoutes(app, ctx);
  auditRoutes(app, ctx);
  intakeRoutes(app, ctx);
  requestRoutes(app, ctx);
  familyAccountRoutes(app, ctx);
  familyPasskeyRoutes(app, ctx);
  feedbackRoutes(app, ctx);
  complaintRoutes(app, ctx);
  privacyRoutes(app, ctx);
  providerRoutes(app, ctx);
  placementRoutes(app, ctx);
  consentRoutes(app, ctx);
  planningRoutes(app, ctx);
  statisticsRoutes(app, ctx);
  lawRoutes(app, ctx);
  knowledgeRoutes(app, ctx);
  cooperationRoutes(app, ctx);
  messagingRoutes(app, ctx);
  contentRoutes(app, ctx);
  dictationRoutes(app, ctx);
  colleagueRoutes(app, ctx);
  const realtime = await registerRealtime(app, ctx);
  ctx.live.attach(realtime.hub);
  realtime.hub.register(conversationChannelModule(ctx));
  realtime.hub.register(placementChannelModule());
  realtime.hub.register(colleagueConversationChannelModule(ctx));
  realtime.hub.register(colleagueInboxChannelModule());
  shareSessionRevocations(realtime.hub, ctx.sessions);
  meetingRoutes(app, ctx, realtime);

  if (opts.serveWeb !== false) await registerWebApp(app, webDist);
  return app;
}
