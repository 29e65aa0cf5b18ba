// The law at hand: SGB VIII, SGB I, SGB X and KKG imported from data/law per paragraph and sentence,
// searchable with PostgreSQL full-text search; reference data for every office.

export { ensureLawImported } from './import-law.js';
export { lawPlaceExists, officialUrl, readParagraph } from './read-law.js';
export { lawRoutes } from './routes.js';
export { searchLaw } from './search-law.js';
