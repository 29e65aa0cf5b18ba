// The audit trail as the data protection officer reads it, and a case's events for the family's access log.
export { type CaseEvent, caseEventCount, caseEvents } from './case-events.js';
export { auditRoutes } from './routes.js';
