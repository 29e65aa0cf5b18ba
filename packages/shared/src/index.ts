export * from './audit.js';
export * from './auth.js';
export * from './brief.js';
export * from './cases.js';
export * from './colleagues.js';
// common.ts: only the error body and references; its primitives (ZId, ZShortText, ZIsoDate) stay internal.
export {
  germanDate,
  type TError,
  type TTeamRef,
  type TUserRef,
  ZErrorSchema,
  ZTeamRefSchema,
  ZUserRefSchema,
} from './common.js';
export * from './complaints.js';
export * from './consent.js';
export * from './cooperation.js';
export * from './dictation.js';
export * from './enums.js';
export * from './family.js';
export * from './feedback.js';
export * from './help-lines.js';
export * from './helpplan.js';
export * from './helpplan-diff.js';
export * from './hints.js';
export * from './intake.js';
export * from './knowledge.js';
export * from './law.js';
export * from './limits.js';
export * from './meetings.js';
export * from './people.js';
export * from './perspectives.js';
export * from './placements.js';
export * from './planning.js';
export * from './privacy.js';
export * from './protection.js';
export * from './providers.js';
export * from './tenancy.js';
export * from './workflow.js';
