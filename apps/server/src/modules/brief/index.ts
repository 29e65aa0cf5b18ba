// The case brief (Kurzbericht): a case summarised from its structured data for a handover, a court
// report draft or a help plan meeting, every sentence linked to its source; optionally rephrased by
// the office's own AI service (pseudonymised, marked machine-written, never stored).
export { briefRoutes } from './routes.js';
