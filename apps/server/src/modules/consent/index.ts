// Consent and sharing (ARCHITECTURE §4): consents per person, section, provider, purpose and time;
// shares of case sections with a provider after placement, checked at every access; the provider's
// view of a shared case and its documentation back into the case; the family's own consents.

export { consentDataSubject } from './data-subject.js';
export { consentRoutes } from './routes.js';
