// Cooperation between offices: the shared space of templates, articles and § 8a catalogues on one
// installation, the region's directory of experts and services, and signed template packages
// between installations.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { directoryRoutes } from './directory-routes.js';
import { packageRoutes } from './package-routes.js';
import { publicationRoutes } from './publication-routes.js';

/** The hash publications carry (for the demo's seeded publications). */
export { contentHash } from './canonical.js';

export function cooperationRoutes(app: FastifyInstance, ctx: AppContext) {
  publicationRoutes(app, ctx);
  directoryRoutes(app, ctx);
  packageRoutes(app, ctx);
}

// Messages between staff of different offices (colleague-*.ts) and their live channels.
export { colleagueConversationChannelModule, colleagueInboxChannelModule } from './colleague-channel.js';
export { colleagueRoutes } from './colleague-routes.js';
export { cooperationDataSubject } from './data-subject.js';
