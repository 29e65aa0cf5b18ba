import type { TColleagueCaseLinkInput, TColleagueConversation } from '@lotse/shared';
import type { AppContext } from '../../platform/context.js';
import type { ActorScope } from '../../platform/scope.js';
import { announceColleagueChange } from './colleague-announce.js';
import { refuseCaseDataWithoutGround } from './colleague-case-guard.js';
import {
  conversationFor,
  markConversationRead,
  ownCaseId,
  presentConversation,
} from './colleague-conversation.js';
import { caseToLink, insertCaseLink, insertMessage } from './colleague-start.js';

/**
 * A participant writes in a conversation with another office (and so has seen what came before: it
 * counts as read). A case reference of the writer's office is refused (400, nothing written) unless
 * that case is linked here with its ground.
 */
export async function sendColleagueMessage(
  ctx: AppContext,
  scope: ActorScope,
  conversationId: string,
  body: string,
): Promise<TColleagueConversation> {
  const c = await conversationFor(scope, conversationId, 'send');
  const own = c.links.find((l) => l.officeId === scope.tenantId)?.caseReference ?? null;
  await refuseCaseDataWithoutGround(scope.tx, [{ field: 'body', text: body }], {
    shared: c.links.map((l) => l.caseReference),
    own,
  });
  await insertMessage(ctx, scope, conversationId, body, ownCaseId(scope, c));
  await markConversationRead(scope, conversationId);
  announceColleagueChange(scope, conversationId, c);
  return presentConversation(ctx.keys, scope, await conversationFor(scope, conversationId, 'read'));
}

/**
 * A participant links a case of their office to the conversation with a recorded legal ground or
 * consent; from then on both sides see the link and its ground, and messages may name the case.
 */
export async function linkColleagueCase(
  ctx: AppContext,
  scope: ActorScope,
  conversationId: string,
  input: TColleagueCaseLinkInput,
): Promise<TColleagueConversation> {
  const c = await conversationFor(scope, conversationId, 'link_case');
  const reference = await caseToLink(scope, input);
  await insertCaseLink(ctx, scope, conversationId, input, reference);
  announceColleagueChange(scope, conversationId, c);
  return presentConversation(ctx.keys, scope, await conversationFor(scope, conversationId, 'read'));
}
