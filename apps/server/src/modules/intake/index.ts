// Intake: the family app's assistant — versioned flow, topic and danger classifier, routing rules,
// sending a request (proof of work, classification, routing, filing it with its conversation).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { intakeAdminRoutes } from './admin-routes.js';
import { intakeClassifier } from './classifier/index.js';
import { intakePublicRoutes } from './public-routes.js';

export { defaultFlow } from './default-flow.js';

/** The public intake API (flow, classify, route, send) and the office's settings for it. */
export function intakeRoutes(app: FastifyInstance, ctx: AppContext) {
  intakePublicRoutes(app, ctx);
  intakeAdminRoutes(app, ctx);
}

/**
 * Danger signals in a free text from the family app (outside the intake, e.g. a check-in's comment):
 * `danger` when a signal raised the alarm, `uncertain` when there is evidence that would make the
 * assistant ask. The signals name which emergency numbers fit.
 */
export async function dangerSignalsIn(
  text: string,
  lang: string,
): Promise<{ danger: boolean; uncertain: boolean; signals: string[] }> {
  const classification = await intakeClassifier().then((c) => c.classify(text, lang));
  return {
    danger: classification.danger,
    uncertain: classification.uncertain,
    signals: classification.dangerSignals,
  };
}
