// Case file: cases, entries (§ 65 entrusted), disclosures, households, documents, tasks, "Mein Tag".

export { authorizeCase } from './authorize.js';
export { type CaseWithPersons, casesByWords } from './cases-by-words.js';
export { type CaseFromRequest, type CreateCaseInput, createCase } from './create-case.js';
export { casesDataSubject } from './data-subject.js';
export { createEntry } from './entries.js';
export { entriesWithoutEntrusted, type SharedEntryFact } from './entry-facts.js';
export { type CaseMember, caseContacts, caseFrame, caseMembers, caseOfRequest } from './family-members.js';
export { FAMILY_ROLES, familyMaySee, isFamilyRole, type ReleasableItem } from './family-visibility.js';
export { caseDetail } from './get-case.js';
export { mentionsKnownPersons } from './known-persons.js';
export { type CasePlanningFact, casePlanningFacts } from './planning-facts.js';
export { can as canOnCase } from './policy.js';
export type { StoredOrigin } from './present.js';
export {
  addProviderEntry,
  providerEntries,
  readShareableDocument,
  shareableDocuments,
} from './provider-access.js';
export { openCasesOfTeams } from './queries.js';
export { readReleasedDocument, releasedForPerson } from './releases.js';
export { type ClosedCase, caseFacts, closedCasesBefore } from './retention-facts.js';
export { caseRoutes } from './routes.js';
export { sealLegacyPlaintext } from './seal-legacy.js';
export { addReminderTask } from './tasks.js';
