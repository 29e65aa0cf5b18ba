// Blind-spot hints on a case: rules as data and small functions, explainable, never a decision.

export { hintsDataSubject } from './data-subject.js';
export { hintRoutes } from './routes.js';
