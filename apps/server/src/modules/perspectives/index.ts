// Perspectives (Sichtweisen): child, parents, caseworker and provider rate the same dimensions of the
// child's situation in rating rounds; and the case's ecomap (Ökokarte) of people and services.

export { perspectiveCatalogue } from './catalogue.js';
export { sealContexts as perspectiveSealContexts } from './contexts.js';
export { perspectivesDataSubject } from './data-subject.js';
export { perspectivesRoutes } from './routes.js';
