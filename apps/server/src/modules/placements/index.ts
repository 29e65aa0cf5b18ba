// Placements (Heimplatzbörse): the caseworkers' search for free places by fit, live as providers
// confirm their numbers; inquiries, placements and the family's choice build on it.
export { placementChannelModule } from './channel.js';
export { placementRoutes } from './routes.js';
