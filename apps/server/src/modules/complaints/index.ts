// Complaints (§ 9a SGB VIII): the family's complaint channel with status and deadline, handled by the
// complaint office apart from the caseworker concerned; the region's ombuds office, set by the admin.

export { complaintsDataSubject } from './data-subject.js';
export { complaintRoutes } from './routes.js';
