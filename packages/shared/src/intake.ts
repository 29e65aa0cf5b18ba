// Intake contract: the family assistant, routing, team contacts, requests, staff inbox and messenger.
import { z } from 'zod';
import { limits } from './limits.js';

/** Topics of the intake assistant (codes are stable: routing rules and statistics use them). */
export const intakeTopics = [
  'parenting',
  'family_conflict',
  'separation',
  'child_wellbeing',
  'school',
  'violence',
  'addiction',
  'money_housing',
  'disability',
  'refugee',
  'young_adult',
  'pregnancy_baby',
  'daycare',
  'child_support',
  'foster_care',
  'other',
] as const;
export const ZIntakeTopic = z.enum(intakeTopics);
export type TIntakeTopic = z.infer<typeof ZIntakeTopic>;

export const intakeTopicLabels: Record<TIntakeTopic, string> = {
  parenting: 'Erziehungsfragen',
  family_conflict: 'Streit in der Familie',
  separation: 'Trennung und Scheidung',
  child_wellbeing: 'Sorge um ein Kind',
  school: 'Schule und Ausbildung',
  violence: 'Gewalt',
  addiction: 'Sucht',
  money_housing: 'Geld und Wohnen',
  disability: 'Behinderung und Entwicklung',
  refugee: 'Geflüchtet / ohne Eltern in Deutschland',
  young_adult: 'Junge Volljährige',
  pregnancy_baby: 'Schwangerschaft und Baby',
  daycare: 'Kita und Kindertagespflege',
  child_support: 'Unterhalt und Beistandschaft',
  foster_care: 'Pflegefamilie und Adoption',
  other: 'Sonstiges',
};

/** Languages of the family app. `de-simple` is easy German (Leichte Sprache). */
export const familyLanguages = ['de', 'de-simple', 'en', 'ar', 'tr', 'uk', 'ru', 'fa'] as const;
export const ZFamilyLanguage = z.enum(familyLanguages);
export type TFamilyLanguage = z.infer<typeof ZFamilyLanguage>;
export const rtlLanguages: readonly TFamilyLanguage[] = ['ar', 'fa'];

export const ZWriterRole = z.enum(['child', 'young_person', 'parent', 'professional', 'other']);
export type TWriterRole = z.infer<typeof ZWriterRole>;

export const ZClassifyRequestSchema = z.object({
  text: z.string().max(limits.intakeText, `Höchstens ${limits.intakeText} Zeichen`),
  lang: z.string().min(2).max(10).optional(),
});
export const ZClassifyResponseSchema = z.object({
  topic: ZIntakeTopic,
  confidence: z.number(),
  danger: z.boolean(),
  /** Why `danger` is true: which kinds of danger were seen (e.g. `suicide`, `sexual_abuse`). */
  signals: z.array(z.string()),
  /** No clear danger but weak hints: the assistant asks one safety question before going on. */
  uncertain: z.boolean(),
  language: z.string(),
});
export type TClassifyResponse = z.infer<typeof ZClassifyResponseSchema>;

/* ---------- the intake flow (data, editable by the office) ---------- */
const ZLocalized = z.record(z.string(), z.string());
export const ZFlowStepSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  kind: z.enum(['choice', 'text', 'number', 'address', 'contact', 'summary']),
  /** The question in each language; `de` is required. */
  prompt: ZLocalized,
  /** Where the answer goes in the request. */
  field: z.enum(['writerRole', 'concern', 'age', 'address', 'contact', 'topicChoice', 'none']),
  options: z.array(z.object({ value: z.string(), label: ZLocalized })).optional(),
  optional: z.boolean().default(false),
});
export type TFlowStep = z.infer<typeof ZFlowStepSchema>;
export const ZFlowDefinitionSchema = z.object({ steps: z.array(ZFlowStepSchema).min(1).max(30) });
export type TFlowDefinition = z.infer<typeof ZFlowDefinitionSchema>;
export const ZFlowResponseSchema = z.object({ version: z.number().int(), definition: ZFlowDefinitionSchema });
/** The flow as the office administration sees it: who published the current version and when. */
export const ZAdminFlowResponseSchema = ZFlowResponseSchema.extend({
  /** `null` for the built-in default (version 0). */
  publishedAt: z.string().nullable(),
  publishedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
});
export type TAdminFlowResponse = z.infer<typeof ZAdminFlowResponseSchema>;

/* ---------- routing preview ---------- */
export const ZRouteRequestSchema = z.object({
  topic: ZIntakeTopic,
  postcode: z
    .string()
    .regex(/^\d{5}$/, 'Postleitzahl mit 5 Ziffern')
    .optional(),
  street: z.string().trim().max(200).optional(),
  houseNumber: z.string().trim().max(20).optional(),
});
export const ZTeamContactSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  socialArea: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  hours: z.string().nullable(),
});
export type TTeamContact = z.infer<typeof ZTeamContactSchema>;

/** Office hours of a team as a weekly schedule in the office's time zone (Europe/Berlin). */
const ZClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Uhrzeit als HH:MM, z. B. 08:30');
export const ZOpeningSchema = z
  .object({
    /** ISO weekday: 1 = Monday … 7 = Sunday. */
    weekday: z
      .number()
      .int()
      .min(1, 'Wochentag 1 (Montag) bis 7 (Sonntag)')
      .max(7, 'Wochentag 1 (Montag) bis 7 (Sonntag)'),
    opens: ZClockTime,
    closes: ZClockTime,
  })
  .refine((o) => o.opens < o.closes, { message: 'Das Ende muss nach dem Beginn liegen', path: ['closes'] });
export type TOpening = z.infer<typeof ZOpeningSchema>;
export const ZWeeklyHoursSchema = z.array(ZOpeningSchema).max(21, 'Höchstens 21 Zeitfenster pro Woche');
export type TWeeklyHours = z.infer<typeof ZWeeklyHoursSchema>;

/** Computed from the weekly hours at the time of the request. */
export const ZTeamAvailabilitySchema = z.object({
  /** `null` when the team has not entered office hours. */
  openNow: z.boolean().nullable(),
  /** Start of the next opening (ISO), when closed now. */
  nextOpening: z.string().nullable(),
  hours: z.string().nullable(),
});
export type TTeamAvailability = z.infer<typeof ZTeamAvailabilitySchema>;

/** A team's contact details as the office administration edits them. */
export const ZTeamContactEditSchema = z.object({
  phone: z.string().trim().max(60).nullable(),
  email: z.email('Bitte eine gültige E-Mail-Adresse angeben').max(200).nullable(),
  address: z.string().trim().max(300).nullable(),
  /** Free text shown to families, e.g. "Mo–Do 8–16 Uhr". */
  hours: z.string().trim().max(200).nullable(),
  weeklyHours: ZWeeklyHoursSchema,
});
export type TTeamContactEdit = z.infer<typeof ZTeamContactEditSchema>;
export const ZAdminTeamSchema = ZTeamContactSchema.extend({ weeklyHours: ZWeeklyHoursSchema });
export type TAdminTeam = z.infer<typeof ZAdminTeamSchema>;

/* ---------- proof of work against bots ---------- */
export const ZChallengeSchema = z.object({
  algorithm: z.literal('SHA-256'),
  challenge: z.string(),
  salt: z.string(),
  maxnumber: z.number().int(),
  signature: z.string(),
});
export type TChallenge = z.infer<typeof ZChallengeSchema>;
export const ZPowSolutionSchema = ZChallengeSchema.omit({ maxnumber: true }).extend({
  number: z.number().int(),
});
export type TPowSolution = z.infer<typeof ZPowSolutionSchema>;

/* ---------- submitting a request ---------- */
export const ZCreateIntakeRequestSchema = z.object({
  language: ZFamilyLanguage,
  writerRole: ZWriterRole,
  concern: z.string().trim().min(1, 'Bitte schreiben Sie kurz Ihr Anliegen').max(limits.intakeText),
  topic: ZIntakeTopic.optional(),
  age: z.number().int().min(0).max(120).nullish(),
  postcode: z
    .string()
    .regex(/^\d{5}$/, 'Postleitzahl mit 5 Ziffern')
    .nullish(),
  street: z.string().trim().max(200).nullish(),
  houseNumber: z.string().trim().max(20).nullish(),
  anonymous: z.boolean(),
  name: z.string().trim().max(200).nullish(),
  phone: z.string().trim().max(50).nullish(),
  email: z.email({ message: 'Ungültige E-Mail-Adresse' }).max(200).nullish(),
  /** The family asks for the contacts by e-mail. */
  sendContactsByEmail: z.boolean().default(false),
  /**
   * The answer to the assistant's safety question ("Are you or is someone in danger right now?"),
   * asked when the text gave weak hints; absent when it was not asked.
   */
  safetyAnswer: z.enum(['yes', 'no', 'unsure', 'unanswered']).optional(),
  /** The conversation as shown, for the caseworker (no retyping). */
  transcript: z
    .array(z.object({ from: z.enum(['assistant', 'family']), text: z.string().max(limits.intakeText) }))
    .max(100),
  consent: z.literal(true, { message: 'Ohne Ihr Einverständnis können wir die Anfrage nicht senden.' }),
  /** Honeypot: people leave it empty; bots fill it. */
  website: z.string().max(0, 'Bitte lassen Sie dieses Feld leer.').optional(),
  pow: ZPowSolutionSchema,
});
export type TCreateIntakeRequest = z.input<typeof ZCreateIntakeRequestSchema>;
export const ZCreateIntakeResponseSchema = z.object({
  accessCode: z.string(),
  pin: z.string(),
  urgent: z.boolean(),
  team: ZTeamContactSchema,
});

/* ---------- families coming back ---------- */
export const familyAuditActions = [
  'family.login', // a family came back with code and PIN
  'family.login_failed',
  'family.read', // a family looked at its request
] as const;

export const ZFamilyLoginSchema = z.object({
  code: z.string().trim().min(4).max(20),
  pin: z.string().regex(/^\d{6}$/, 'Die PIN hat 6 Ziffern'),
  /** Required after a few failures from one address (answer `proof_required`): a solved challenge
   * from `GET /api/intake/challenge`. */
  pow: ZPowSolutionSchema.optional(),
});
export const ZIntakeStatus = z.enum(['new', 'claimed', 'case_opened', 'closed']);
export type TIntakeStatus = z.infer<typeof ZIntakeStatus>;
export const ZFamilyRequestViewSchema = z.object({
  /** The request's id: the family subscribes to its live channel `conversation:<id>` with it. */
  id: z.uuid(),
  status: ZIntakeStatus,
  createdAt: z.string(),
  team: ZTeamContactSchema,
  urgent: z.boolean(),
  /** Who wrote the request: the app addresses children and young people with "du", others with "Sie". */
  writerRole: ZWriterRole,
});

/* ---------- staff inbox ---------- */
export const intakeAuditActions = [
  'intake.create', // a family sent a request (no actor: the family is not signed in)
  'intake.list',
  'intake.read',
  'intake.claim',
  'intake.assign',
  'intake.open_case', // a case was opened from the request, persons prefilled
] as const;

/** What a staff member may do with a request from the family app (sent with every inbox record). */
export const ZRequestAction = z.enum(['read', 'reply', 'claim', 'assign', 'open_case']);
export type TRequestAction = z.infer<typeof ZRequestAction>;

export const ZInboxItemSchema = z.object({
  id: z.uuid(),
  status: ZIntakeStatus,
  urgent: z.boolean(),
  dangerSignals: z.array(z.string()),
  topic: ZIntakeTopic,
  confidence: z.number(),
  language: z.string(),
  writerRole: ZWriterRole,
  age: z.number().nullable(),
  anonymous: z.boolean(),
  team: z.object({ id: z.uuid(), name: z.string() }),
  socialArea: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  claimedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  caseId: z.uuid().nullable(),
  createdAt: z.string(),
  ageMinutes: z.number().int(),
  /** Messages from the family nobody in the office has read yet. */
  unreadMessages: z.number().int(),
  allowedActions: z.array(ZRequestAction),
});
export type TInboxItem = z.infer<typeof ZInboxItemSchema>;
export const ZInboxDetailSchema = ZInboxItemSchema.extend({
  summary: z.object({
    concern: z.string(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    postcode: z.string().nullable(),
    street: z.string().nullable(),
    houseNumber: z.string().nullable(),
  }),
  transcript: z.array(z.object({ from: z.enum(['assistant', 'family']), text: z.string() })),
});
export type TInboxDetail = z.infer<typeof ZInboxDetailSchema>;

/* ---------- messenger ---------- */
export const messageAuditActions = [
  'message.list',
  'message.send',
  'message.attachment', // a file sent in the messenger was downloaded
] as const;
export const conversationAuditActions = ['conversation.close'] as const;

/** A file sent with a message (type-checked from content, encrypted at rest). */
export const ZMessageAttachmentSchema = z.object({
  id: z.uuid(),
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
});
export type TMessageAttachment = z.infer<typeof ZMessageAttachmentSchema>;
export const ZMessageSchema = z.object({
  id: z.uuid(),
  from: z.enum(['family', 'staff']),
  author: z.string().nullable(),
  /** May be empty when the message is only a file. */
  body: z.string(),
  attachment: ZMessageAttachmentSchema.nullable(),
  createdAt: z.string(),
  readByFamilyAt: z.string().nullable(),
  readByStaffAt: z.string().nullable(),
});
export type TMessage = z.infer<typeof ZMessageSchema>;
export const ZConversationSchema = z.object({
  id: z.uuid(),
  subject: z.string(),
  confidential: z.boolean(),
  status: z.enum(['open', 'closed']),
  team: ZTeamContactSchema,
  /** Whether the team is in the office now; families see when to expect an answer. */
  availability: ZTeamAvailabilitySchema,
  messages: z.array(ZMessageSchema),
});
export type TConversation = z.infer<typeof ZConversationSchema>;
export const ZSendMessageSchema = z.object({
  body: z
    .string()
    .trim()
    .min(1, 'Die Nachricht ist leer')
    .max(limits.messageText, `Höchstens ${limits.messageText} Zeichen`),
});
export const ZOpenCaseFromRequestSchema = z.object({
  title: z.string().trim().min(3).max(limits.title).optional(),
});
export const ZClaimRequestSchema = z.object({ assigneeId: z.uuid().nullish() });

/* ---------- office administration of the intake ---------- */
export const settingsAuditActions = [
  'settings.update', // the office administration changed intake flow, routing, texts or team contacts
] as const;

export const ZRoutingRuleSchema = z.object({
  topic: ZIntakeTopic.nullable(),
  socialAreaId: z.uuid().nullable(),
  teamId: z.uuid(),
});
export type TRoutingRule = z.infer<typeof ZRoutingRuleSchema>;
export const ZRoutingRulesSchema = z.array(ZRoutingRuleSchema).max(500);

/** German names of the danger signals a request carries (intake classifier and safety answer). */
const dangerSignalLabels: Record<string, string> = {
  suicide: 'Suizidgedanken',
  self_harm: 'Selbstverletzung',
  violence: 'Gewalt',
  sexual_abuse: 'Sexualisierte Gewalt',
  neglect: 'Vernachlässigung',
  acute_threat: 'Akute Bedrohung',
  safety_yes: 'Antwort auf die Sicherheitsfrage: in Gefahr',
  safety_unclear: 'Sicherheitsfrage bei einem Kind offen',
};

const POSSIBLE_SIGNAL = 'possible_';

/** The code of evidence the assistant only asked about, without raising the alarm ("possible_violence"). */
export function possibleSignal(signal: string): string {
  return `${POSSIBLE_SIGNAL}${signal}`;
}

/** Evidence the assistant only asked about, without raising the alarm ("possible_violence"). */
export function isPossibleSignal(code: string): boolean {
  return code.startsWith(POSSIBLE_SIGNAL);
}

/**
 * The German name of a danger signal: "Gewalt", "Gewalt (unsicher)" for evidence the assistant only
 * asked about; a code nobody named yet is shown as it is rather than hidden.
 */
export function dangerSignalLabel(code: string): string {
  if (isPossibleSignal(code)) return `${dangerSignalLabel(code.slice(POSSIBLE_SIGNAL.length))} (unsicher)`;
  return dangerSignalLabels[code] ?? code;
}
