// The audit trail as the data protection officer reads it.
export { auditRoutes } from './routes.js';
