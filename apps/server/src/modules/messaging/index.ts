// Messaging: the family ↔ office conversation of a request, files in it, and its live channel.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { attachmentRoutes } from './attachment-routes.js';
import { conversationRoutes } from './conversation-routes.js';

export { conversationChannel, conversationChannelModule } from './conversation-channel.js';
export { openConversation } from './open-conversation.js';
export { sealLegacyAttachmentNames } from './seal-legacy.js';

/** The messenger's HTTP routes (staff and family sides, files). */
export function messagingRoutes(app: FastifyInstance, ctx: AppContext) {
  conversationRoutes(app, ctx);
  attachmentRoutes(app, ctx);
}
export { messagingDataSubject } from './data-subject.js';
export { firstStaffReplies } from './first-replies.js';
