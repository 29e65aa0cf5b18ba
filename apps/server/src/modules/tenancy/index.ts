// Tenancy: the office, its teams, staff, social areas, team contacts and office hours.
export { currentOffice, isTeamMember, teamMembers, teamsOfUser, teamsOfUsers } from './directory.js';
export { publicHelpLines } from './help-lines.js';
export { type MembershipChange, setMembershipsByTeamName } from './memberships-from-provider.js';
export { nextNightAt, OFFICE_TIME_ZONE, officeToday, teamAvailability } from './office-hours.js';
export { resolvePublicOffice } from './public-office.js';
export { resolveSocialArea } from './resolve-social-area.js';
export { tenancyRoutes } from './routes.js';
export { allTeamContacts, type TeamWithHours, teamContact, teamWithHours } from './team-contacts.js';
