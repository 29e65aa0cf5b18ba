// Where a case stands (issue "Help planning", part 2): the process map of one case and the team
// lead's overview. Both are derived from the data (case, help plans, § 8a procedures, requests,
// tasks), never typed in.
import { z } from 'zod';
import { ZUserRefSchema } from './common.js';

export const processSteps = [
  'request',
  'clarification',
  'protection',
  'planning',
  'help',
  'review',
  'end',
] as const;
export const ZProcessStep = z.enum(processSteps);
export type TProcessStep = z.infer<typeof ZProcessStep>;
export const processStepLabels: Record<TProcessStep, string> = {
  request: 'Anfrage',
  clarification: 'Klärung',
  protection: 'Kinderschutz (§ 8a)',
  planning: 'Hilfeplanung',
  help: 'Hilfe läuft',
  review: 'Überprüfung',
  end: 'Ende',
};

/** done: behind us; current: where the case is; upcoming: still ahead; skipped: not needed in this case. */
export const ZStepState = z.enum(['done', 'current', 'upcoming', 'skipped']);
export type TStepState = z.infer<typeof ZStepState>;

export const ZProcessStepSchema = z.object({
  step: ZProcessStep,
  label: z.string(),
  state: ZStepState,
  /** One line on what the data says about this step, e.g. "Hilfeplan festgeschrieben am 02.06.2026". */
  detail: z.string().nullable(),
});

export const ZOverdueKind = z.enum([
  'review',
  'protection_first_contact',
  'protection_follow_up',
  'protection_task',
  'task',
]);
export const ZOverdueItemSchema = z.object({
  kind: ZOverdueKind,
  text: z.string(),
  /** The date (YYYY-MM-DD) or time it was due. */
  dueAt: z.string(),
});
export type TOverdueItem = z.infer<typeof ZOverdueItemSchema>;

/** Who acts next: a role, the person where the data names one, and what is to be done. */
export const ZNextActorSchema = z.object({
  who: z.enum(['caseworker', 'team_lead', 'second_professional', 'family', 'provider']),
  label: z.string(),
  person: ZUserRefSchema.nullable(),
  action: z.string(),
});
export type TNextActor = z.infer<typeof ZNextActorSchema>;

export const ZCaseProcessSchema = z.object({
  caseId: z.string(),
  current: ZProcessStep,
  steps: z.array(ZProcessStepSchema),
  overdue: z.array(ZOverdueItemSchema),
  next: z.array(ZNextActorSchema),
});
export type TCaseProcess = z.infer<typeof ZCaseProcessSchema>;

const ZCaseLine = z.object({
  caseId: z.string(),
  reference: z.string(),
  caseworker: ZUserRefSchema.nullable(),
});

export const ZTeamOverviewSchema = z.object({
  team: z.object({ id: z.string(), name: z.string() }),
  overdueReviews: z.array(ZCaseLine.extend({ reviewOn: z.string(), helpPlanId: z.string() })),
  protectionDeadlines: z.array(
    ZCaseLine.extend({
      procedureId: z.string(),
      kind: z.enum(['first_contact', 'sign_off', 'follow_up']),
      dueAt: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
  unassignedCases: z.array(ZCaseLine.extend({ status: z.string(), openedAt: z.string() })),
  unclaimedRequests: z.array(
    z.object({ requestId: z.string(), createdAt: z.string(), urgent: z.boolean(), topic: z.string() }),
  ),
});
export type TTeamOverview = z.infer<typeof ZTeamOverviewSchema>;

export const workflowAuditActions = [
  'workflow.case_process', // the process map of a case was shown
  'workflow.team_overview', // a team lead's overview was shown (case ids in details)
] as const;
