// Appointments and the video room: slots, reminders, lobby, guests, WebRTC signalling, external adapters.

export { meetingsDataSubject } from './data-subject.js';
export { meetingRoutes } from './routes.js';
export { sealLegacyGuestLabels } from './seal-legacy.js';
