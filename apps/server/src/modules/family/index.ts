// Family accounts: a person of a case signs in to the family app, sees the released parts of the
// case (the help plan in plain words, released entries and documents) and who read their data.

export { familyDataSubject } from './data-subject.js';
export { familyAccountOf } from './family-account.js';
export { familyPasskeyRoutes } from './passkey-routes.js';
export { familyAccountRoutes } from './routes.js';
