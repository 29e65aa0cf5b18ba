// Knowledge at hand: the office's articles (versioned, owner, review day), staff Q&A and onboarding
// paths, searchable together with the law.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { articleRoutes } from './article-routes.js';
import { onboardingRoutes } from './onboarding-routes.js';
import { questionRoutes } from './question-routes.js';

export function knowledgeRoutes(app: FastifyInstance, ctx: AppContext) {
  articleRoutes(app, ctx);
  questionRoutes(app, ctx);
  onboardingRoutes(app, ctx);
}

export { importSharedArticle, readArticle } from './articles.js';
export { ensureStarterKnowledge, STARTER_DIR } from './starter.js';
