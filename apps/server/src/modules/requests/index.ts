// Requests: what families sent through the intake, in their team's inbox — claim, assign, open a
// case; the family's way back with access code and PIN.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { familyRoutes } from './family-routes.js';
import { inboxRoutes } from './inbox-routes.js';

export { newAccessCode, normaliseAccessCode, requestCredentials } from './access-code.js';
export { familyEmail, findRequestRef, type RequestRef, requestForStaff, unclaimedRequests } from './inbox.js';
export { canOnRequest, type RequestFacts } from './policy.js';
export { type IntakeSummary, type NewRequest, newRequestPin, registerRequest } from './register-request.js';

/** The team inbox (staff) and the family's sign-in and request view. */
export function requestRoutes(app: FastifyInstance, ctx: AppContext) {
  inboxRoutes(app, ctx);
  familyRoutes(app, ctx);
}
export { requestsDataSubject } from './data-subject.js';
export { type RequestPlanningFact, requestPlanningFacts } from './planning-facts.js';
export { closedRequestsWithoutCaseBefore, type FinishedRequest, openRequestIds } from './retention-facts.js';
