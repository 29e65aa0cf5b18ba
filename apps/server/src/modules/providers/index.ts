// Providers (freie Träger): organisations, facilities, offers and free places, shared by every office a
// provider serves; the provider portal's own-facility routes. The placement search reads through here.
export { CONFIRM_REMINDER_JOB, confirmReminderHandler } from './confirm-reminders.js';
export {
  type FacilityRef,
  facilitiesServingOffice,
  facilityRefs,
  providerNames,
  providerServesOffice,
} from './directory.js';
export { freshnessOf, isoOrNull } from './freshness.js';
export { importProviders, linkProviderStaffAccount, ZProviderImport } from './import-providers.js';
export { AVAILABILITY_CHANNEL } from './own-facilities.js';
export type { ProviderLink } from './policy.js';
export { providerLinkOf } from './provider-link.js';
export { officeOffers, officeOffersByIds } from './public-offers.js';
export { providerRoutes } from './routes.js';
export { type OfferMatch, type OfferSearch, postcodeLocation, searchOffers } from './search-offers.js';
