// Child protection (§ 8a SGB VIII): a case's procedures from the report to the signed-off result,
// assessments with factor catalogues, the official survey items.

export { getCatalogue, importCatalogue } from './catalogues.js';
export { protectionDataSubject } from './data-subject.js';
export { type ProtectionFact, protectionFacts } from './facts.js';
export { type ProtectionPlanningFact, protectionPlanningFacts } from './planning-facts.js';
export { mayImportCatalogue } from './policy.js';
export { protectionRoutes } from './routes.js';
export { seedProtectionProcedure } from './seed.js';
export { type ChildLookup, surveyRecordsOfYear } from './survey.js';
