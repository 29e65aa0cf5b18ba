// Help planning (§ 36 SGB VIII): a case's help plans, versioned (draft → final), reviews.

export { helpplanDataSubject } from './data-subject.js';
export { recordFamilyResponse } from './family-responses.js';
export { agreedHelpPlan, familyHelpPlan } from './family-view.js';
export { latestHelpPlanVersions, latestPlanDates, type PlanDates } from './latest-versions.js';
export { type HelpPlanFact, helpPlanFacts } from './planning-facts.js';
export { REVIEW_REMINDER_JOB, reviewReminderHandler } from './review-reminders.js';
export { helpPlanRoutes } from './routes.js';
export { helpPlanSettingsRoutes } from './settings-routes.js';
export { codesFor } from './statistics-codes.js';
export { versionColumns } from './versions.js';
