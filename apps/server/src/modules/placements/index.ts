// Placements (Heimplatzbörse): the caseworkers' search for free places by fit, live as providers
// confirm their numbers; inquiries to several providers at once, the confirmed placement.
export { placementChannelModule } from './channel.js';
export { placementsDataSubject } from './data-subject.js';
export { hasActivePlacement } from './decisions.js';
export { type PlacementPlanningFact, placementPlanningFacts } from './planning-facts.js';
export { placementRoutes } from './routes.js';
