// Where cases stand: the process map per case and the team lead's overview, derived from the data
// of cases, help plans, § 8a procedures and requests (never typed in).
export { workflowRoutes } from './routes.js';
