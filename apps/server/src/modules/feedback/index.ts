// Feedback: short regular check-ins from the family app, the trend per person for the caseworker,
// and anonymous figures for planning.
export { feedbackDropsOfCase } from './case-feedback.js';
export { feedbackDataSubject } from './data-subject.js';
export { type FeedbackFigure, feedbackFigures } from './figures.js';
export { feedbackRoutes } from './routes.js';
