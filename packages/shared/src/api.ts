import { z } from 'zod';
import {
  ZCaseAction,
  ZCasePersonRole,
  ZCaseStatus,
  ZDisclosureGround,
  ZEntryKind,
  ZGender,
  ZHelpType,
  ZRelationKind,
  ZRole,
} from './enums.js';
import { limits } from './limits.js';

const ZId = z.uuid({ message: 'Ungültige ID' });
const ZShortText = z.string().trim().min(1, 'Darf nicht leer sein').max(limits.shortText, 'Zu lang');
const ZIsoDate = z.iso.date({ message: 'Datum im Format JJJJ-MM-TT erwartet' });

/* ---------- errors ---------- */
export const ZErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
});
export type TError = z.infer<typeof ZErrorSchema>;

/* ---------- auth ---------- */
export const ZLoginRequestSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export const ZLoginResponseSchema = z.object({
  ok: z.boolean(),
  mfaRequired: z.boolean().optional(),
  mfaSetupRequired: z.boolean().optional(),
});
export const ZMfaRequestSchema = z.object({
  code: z.string().regex(/^\d{6}$/, 'Sechsstelliger Code erwartet'),
});
export const ZMfaSetupResponseSchema = z.object({ secret: z.string(), otpauthUrl: z.string() });

export const ZUserRefSchema = z.object({ id: ZId, displayName: z.string() });
export type TUserRef = z.infer<typeof ZUserRefSchema>;
export const ZTeamRefSchema = z.object({ id: ZId, name: z.string() });
export type TTeamRef = z.infer<typeof ZTeamRefSchema>;

export const ZMeResponseSchema = z.object({
  id: ZId,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(ZRole),
  teams: z.array(ZTeamRefSchema.extend({ lead: z.boolean() })),
  office: z.object({ id: ZId, name: z.string() }),
  mfaEnabled: z.boolean(),
  demo: z.boolean(),
});
export type TMe = z.infer<typeof ZMeResponseSchema>;

/* ---------- persons ---------- */
const ZLanguages = z.array(z.string().trim().min(2).max(40)).max(10);
const ZPersonFieldsSchema = z.object({
  firstName: ZShortText,
  lastName: ZShortText,
  birthDate: ZIsoDate.nullish(),
  gender: ZGender,
  languages: ZLanguages,
  phone: z.string().trim().max(50).nullish(),
  email: z.email({ message: 'Ungültige E-Mail-Adresse' }).max(200).nullish(),
  street: z.string().trim().max(200).nullish(),
  houseNumber: z.string().trim().max(20).nullish(),
  postcode: z
    .string()
    .regex(/^\d{5}$/, 'Postleitzahl mit 5 Ziffern erwartet')
    .nullish(),
  city: z.string().trim().max(100).nullish(),
});
export const ZPersonInputSchema = ZPersonFieldsSchema.extend({
  gender: ZGender.default('unspecified'),
  languages: ZLanguages.default([]),
});
export type TPersonInput = z.input<typeof ZPersonInputSchema>;

export const ZPersonSchema = z.object({
  id: ZId,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
  gender: ZGender,
  languages: z.array(z.string()),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  street: z.string().nullable(),
  houseNumber: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  socialArea: z.object({ id: ZId, name: z.string() }).nullable(),
});
export type TPerson = z.infer<typeof ZPersonSchema>;

export const ZCasePersonSchema = ZPersonSchema.extend({ role: ZCasePersonRole });
export type TCasePerson = z.infer<typeof ZCasePersonSchema>;

export const ZRelationSchema = z.object({
  id: ZId,
  fromPersonId: ZId,
  toPersonId: ZId,
  kind: ZRelationKind,
});
export type TRelation = z.infer<typeof ZRelationSchema>;

export const ZAddCasePersonRequestSchema = z.object({
  role: ZCasePersonRole,
  person: ZPersonInputSchema,
});
export const ZUpdatePersonRequestSchema = ZPersonFieldsSchema.partial()
  .extend({ role: ZCasePersonRole.optional() })
  .refine((v) => Object.keys(v).length > 0, { message: 'Keine Änderung angegeben' });
export type TUpdatePersonRequest = z.input<typeof ZUpdatePersonRequestSchema>;

/** A household: persons of the case who live together (Haushalt). */
export const ZHouseholdSchema = z.object({ id: ZId, label: z.string(), personIds: z.array(ZId) });
export type THousehold = z.infer<typeof ZHouseholdSchema>;
const ZHouseholdLabel = z.string().trim().min(1, 'Bezeichnung fehlt').max(limits.shortText, 'Zu lang');
const ZHouseholdPersonIds = z.array(ZId).max(limits.personsPerCase, 'Zu viele Personen');
export const ZCreateHouseholdRequestSchema = z.object({
  label: ZHouseholdLabel,
  personIds: ZHouseholdPersonIds.min(1, 'Mindestens eine Person'),
});
/** Rename a household and/or set who lives in it; an empty household can then be deleted. */
export const ZUpdateHouseholdRequestSchema = z
  .object({ label: ZHouseholdLabel.optional(), personIds: ZHouseholdPersonIds.optional() })
  .refine((v) => v.label !== undefined || v.personIds !== undefined, {
    message: 'Keine Änderung angegeben',
  });
export type TUpdateHouseholdRequest = z.input<typeof ZUpdateHouseholdRequestSchema>;

export const ZAddRelationRequestSchema = z
  .object({ fromPersonId: ZId, toPersonId: ZId, kind: ZRelationKind })
  .refine((r) => r.fromPersonId !== r.toPersonId, {
    message: 'Eine Person kann nicht mit sich selbst verbunden werden',
    path: ['toPersonId'],
  });

/* ---------- cases ---------- */
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

export const ZCaseDetailSchema = ZCaseSummarySchema.extend({
  closedAt: z.string().nullable(),
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
export const ZCreateTaskRequestSchema = z.object({
  title: z.string().trim().min(1).max(limits.title),
  dueOn: ZIsoDate,
  assigneeId: ZId.nullish(),
});
export const ZUpdateTaskRequestSchema = z.object({ done: z.boolean() });

/* ---------- my day ---------- */
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
export const ZMyDayResponseSchema = z.object({
  myCases: z.array(ZCaseSummarySchema),
  tasksDue: z.array(ZTaskSchema),
  recentActivity: z.array(ZActivitySchema),
  counts: z.object({ myOpenCases: z.number().int(), overdueTasks: z.number().int() }),
});
export type TMyDay = z.infer<typeof ZMyDayResponseSchema>;

/* ---------- directory ---------- */
export const ZTeamSchema = z.object({
  id: ZId,
  name: z.string(),
  kind: z.string(),
  socialArea: z.object({ id: ZId, name: z.string() }).nullable(),
  members: z.array(ZUserRefSchema.extend({ lead: z.boolean() })),
});
export type TTeam = z.infer<typeof ZTeamSchema>;

export const ZSocialAreaSchema = z.object({
  id: ZId,
  name: z.string(),
  code: z.string(),
  postcodes: z.array(z.string()),
});
export type TSocialArea = z.infer<typeof ZSocialAreaSchema>;

/* ---------- audit ---------- */
export const ZAuditQuerySchema = z.object({
  caseId: ZId.optional(),
  actorId: ZId.optional(),
  action: z.string().max(60).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const ZAuditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: ZUserRefSchema.nullable(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  caseId: ZId.nullable(),
  outcome: z.enum(['allowed', 'denied', 'failed']),
  sealed: z.boolean(),
});
export type TAuditEvent = z.infer<typeof ZAuditEventSchema>;
export const ZAuditListResponseSchema = z.object({
  items: z.array(ZAuditEventSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
