// Intake: the family app's assistant — versioned flow, topic and danger classifier, routing rules,
// sending a request (proof of work, classification, routing, filing it with its conversation).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { intakeAdminRoutes } from './admin-routes.js';
import { intakePublicRoutes } from './public-routes.js';

export { defaultFlow } from './default-flow.js';

/** The public intake API (flow, classify, route, send) and the office's settings for it. */
export function intakeRoutes(app: FastifyInstance, ctx: AppContext) {
  intakePublicRoutes(app, ctx);
  intakeAdminRoutes(app, ctx);
}
