// Cases contract: case summary, detail, list, create and update; entries, disclosures, documents, tasks, my day.
import { z } from 'zod';
import { ZId, ZIsoDate, ZTeamRefSchema, ZUserRefSchema } from './common.js';
import {
  ZCaseAction,
  ZCasePersonRole,
  ZCaseStatus,
  ZDisclosureGround,
  ZEntryKind,
  ZHelpType,
} from './enums.js';
import { ZIntakeTopic, ZWriterRole } from './intake.js';
import { limits } from './limits.js';
import { ZCasePersonSchema, ZHouseholdSchema, ZPersonInputSchema, ZRelationSchema } from './people.js';

/* ---------- cases ---------- */
export const caseAuditActions = [
  'case.list', // a list of cases was shown (ids in details)
  'case.read',
  'case.create',
  'case.update',
  'case.denied', // a case that does not exist or may not be seen was asked for
] as const;

export const ZCaseSummarySchema = z.object({
  id: ZId,
  reference: z.string(),
  title: z.string(),
  status: ZCaseStatus,
  helpType: ZHelpType.nullable(),
  team: ZTeamRefSchema,
  caseworker: ZUserRefSchema.nullable(),
  children: z.array(
    z.object({ id: ZId, firstName: z.string(), lastName: z.string(), birthDate: z.string().nullable() }),
  ),
  socialArea: z.object({ id: ZId, name: z.string() }).nullable(),
  openedAt: z.string(),
  updatedAt: z.string(),
  allowedActions: z.array(ZCaseAction),
});
export type TCaseSummary = z.infer<typeof ZCaseSummarySchema>;

export const ZTaskSchema = z.object({
  id: ZId,
  caseId: ZId.nullable(),
  caseReference: z.string().nullable(),
  title: z.string(),
  dueOn: z.string(),
  assignee: ZUserRefSchema.nullable(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type TTask = z.infer<typeof ZTaskSchema>;

/** Where the case came from when it was opened from a family's request (kept with the case). */
export const ZCaseOriginSchema = z.object({
  requestId: ZId,
  topic: ZIntakeTopic,
  urgent: z.boolean(),
  dangerSignals: z.array(z.string()),
  writerRole: ZWriterRole,
  receivedAt: z.string(),
  /** Messages from the family the office has not read yet. */
  unreadMessages: z.number().int(),
});
export type TCaseOrigin = z.infer<typeof ZCaseOriginSchema>;

export const ZCaseDetailSchema = ZCaseSummarySchema.extend({
  closedAt: z.string().nullable(),
  origin: ZCaseOriginSchema.nullable(),
  deputies: z.array(ZUserRefSchema),
  persons: z.array(ZCasePersonSchema),
  relations: z.array(ZRelationSchema),
  households: z.array(ZHouseholdSchema),
  tasks: z.array(ZTaskSchema),
});
export type TCaseDetail = z.infer<typeof ZCaseDetailSchema>;

export const ZCaseListQuerySchema = z.object({
  q: z.string().trim().max(limits.search).optional(),
  status: z
    .union([ZCaseStatus, z.array(ZCaseStatus)])
    .optional()
    .transform((s) => (s === undefined ? undefined : Array.isArray(s) ? s : [s])),
  teamId: ZId.optional(),
  helpType: ZHelpType.optional(),
  socialAreaId: ZId.optional(),
  mine: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(25),
});
export type TCaseListQuery = z.input<typeof ZCaseListQuerySchema>;

export const ZCaseListResponseSchema = z.object({
  items: z.array(ZCaseSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TCaseList = z.infer<typeof ZCaseListResponseSchema>;

export const ZCreateCaseRequestSchema = z.object({
  title: z.string().trim().min(3, 'Mindestens 3 Zeichen').max(limits.title),
  helpType: ZHelpType.nullish(),
  teamId: ZId,
  caseworkerId: ZId.nullish(),
  persons: z
    .array(z.object({ role: ZCasePersonRole, person: ZPersonInputSchema }))
    .min(1, 'Mindestens eine Person angeben')
    .max(limits.personsPerCase),
});
export type TCreateCaseRequest = z.input<typeof ZCreateCaseRequestSchema>;

export const ZUpdateCaseRequestSchema = z
  .object({
    title: z.string().trim().min(3).max(limits.title).optional(),
    helpType: ZHelpType.nullable().optional(),
    status: ZCaseStatus.optional(),
    caseworkerId: ZId.nullable().optional(),
    deputyIds: z.array(ZId).max(10).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Keine Änderung angegeben' });
export type TUpdateCaseRequest = z.infer<typeof ZUpdateCaseRequestSchema>;

/* ---------- entries ---------- */
export const entryAuditActions = [
  'entry.list',
  'entry.create',
  'entry.disclose', // an entrusted entry (§ 65) was opened to others on a recorded ground
  'entry.disclosure_revoke', // such a disclosure was taken back (the record stays, marked revoked)
] as const;

/** A recorded disclosure of an entrusted entry (§ 65 Abs. 1 SGB VIII): to whom, on which ground. */
export const ZEntryDisclosureSchema = z.object({
  id: ZId,
  ground: ZDisclosureGround,
  reference: z.string(),
  toUser: ZUserRefSchema.nullable(),
  toTeam: ZTeamRefSchema.nullable(),
  recordedBy: ZUserRefSchema,
  recordedAt: z.string(),
  /** set when the entrusted person took the disclosure back; the record stays */
  revokedAt: z.string().nullable(),
  revokedBy: ZUserRefSchema.nullable(),
});
export type TEntryDisclosure = z.infer<typeof ZEntryDisclosureSchema>;

export const ZEntrySchema = z.object({
  id: ZId,
  kind: ZEntryKind,
  occurredAt: z.string(),
  createdAt: z.string(),
  author: ZUserRefSchema,
  title: z.string(),
  body: z.string(),
  entrusted: z.boolean(),
  entrustedTo: ZUserRefSchema.nullable(),
  /** disclosures of an entrusted entry, revoked ones included: only for the person it was entrusted to, else null */
  disclosures: z.array(ZEntryDisclosureSchema).nullable(),
  documentId: ZId.nullable(),
  /** Documented by a provider (freier Träger) through a share; null for the office's own entries. */
  source: z.object({ providerId: ZId, providerName: z.string() }).nullable(),
});
export type TEntry = z.infer<typeof ZEntrySchema>;

export const ZCreateEntryRequestSchema = z.object({
  kind: z.enum(['note', 'contact', 'decision']),
  title: z.string().trim().min(1, 'Titel fehlt').max(limits.title),
  body: z.string().max(limits.noteBody, `Höchstens ${limits.noteBody} Zeichen`).default(''),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  entrusted: z.boolean().default(false),
});
export type TCreateEntryRequest = z.input<typeof ZCreateEntryRequestSchema>;

export const ZDiscloseEntryRequestSchema = z
  .object({
    ground: ZDisclosureGround,
    reference: z.string().trim().min(3, 'Bitte Grundlage kurz beschreiben').max(500),
    toTeamId: ZId.optional(),
    toUserId: ZId.optional(),
  })
  .refine((v) => (v.toTeamId ? 1 : 0) + (v.toUserId ? 1 : 0) === 1, {
    message: 'Entweder ein Team oder eine Person angeben',
  });

/* ---------- documents ---------- */
export const documentAuditActions = ['document.list', 'document.upload', 'document.download'] as const;

export const ZDocumentSchema = z.object({
  id: ZId,
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedBy: ZUserRefSchema,
  createdAt: z.string(),
});
export type TDocument = z.infer<typeof ZDocumentSchema>;

/* ---------- tasks ---------- */
export const taskAuditActions = ['task.create', 'task.update', 'task.list'] as const;

export const ZCreateTaskRequestSchema = z.object({
  title: z.string().trim().min(1).max(limits.title),
  dueOn: ZIsoDate,
  assigneeId: ZId.nullish(),
});
export const ZUpdateTaskRequestSchema = z.object({ done: z.boolean() });

/** Why a person may work on a case: its caseworker, a deputy, a caseworker of its team, its team lead. */
export const ZCaseAccessReason = z.enum(['assigned', 'deputy', 'team', 'lead']);
export type TCaseAccessReason = z.infer<typeof ZCaseAccessReason>;
/** A person who may work on a case and so may be given its tasks (`GET /api/cases/:id/assignees`). */
export const ZCaseAssigneeSchema = ZUserRefSchema.extend({ reason: ZCaseAccessReason });
export type TCaseAssignee = z.infer<typeof ZCaseAssigneeSchema>;

/* ---------- my day ---------- */
export const myDayAuditActions = ['myday.read'] as const;

export const ZActivitySchema = z.object({
  caseId: ZId,
  caseReference: z.string(),
  caseTitle: z.string(),
  kind: ZEntryKind,
  title: z.string(),
  author: ZUserRefSchema,
  at: z.string(),
});
export type TActivity = z.infer<typeof ZActivitySchema>;
/** A case whose family wrote something the office has not read yet. */
export const ZFamilyMessageNoticeSchema = z.object({
  caseId: ZId,
  caseReference: z.string(),
  caseTitle: z.string(),
  requestId: ZId,
  unread: z.number().int(),
  lastAt: z.string(),
});
export type TFamilyMessageNotice = z.infer<typeof ZFamilyMessageNoticeSchema>;

export const ZMyDayResponseSchema = z.object({
  myCases: z.array(ZCaseSummarySchema),
  familyMessages: z.array(ZFamilyMessageNoticeSchema),
  tasksDue: z.array(ZTaskSchema),
  recentActivity: z.array(ZActivitySchema),
  counts: z.object({ myOpenCases: z.number().int(), overdueTasks: z.number().int() }),
});
export type TMyDay = z.infer<typeof ZMyDayResponseSchema>;
