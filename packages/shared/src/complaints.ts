// Complaints contract (§ 9a SGB VIII): a family member — a young person alone, too — complains in the
// family app; the office's complaint office (a role other than the caseworker concerned) takes it,
// answers within a deadline and may share it with the caseworker. The region's independent ombuds
// office is shown with its contact, as the admin configured it.
import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';

export const complaintAuditActions = [
  'complaint.submit',
  'complaint.family_list',
  'complaint.list',
  'complaint.read',
  'complaint.take',
  'complaint.answer',
  'complaint.share',
  'complaint.shared_list', // staff of the case read the complaints shared with them
  'ombuds.update',
] as const;

/** Working days are not counted: the family is promised an answer within four weeks. */
export const COMPLAINT_ANSWER_DAYS = 28;

export const complaintTopics = ['contact', 'decision', 'help', 'provider', 'privacy', 'other'] as const;
export const ZComplaintTopic = z.enum(complaintTopics, { message: 'Bitte ein Thema wählen.' });
export type TComplaintTopic = z.infer<typeof ZComplaintTopic>;
export const complaintTopicLabels: Record<TComplaintTopic, string> = {
  contact: 'Umgang und Erreichbarkeit',
  decision: 'Eine Entscheidung des Jugendamts',
  help: 'Die Hilfe selbst',
  provider: 'Der Träger der Hilfe',
  privacy: 'Datenschutz',
  other: 'Etwas anderes',
};

export const complaintStatuses = ['received', 'in_progress', 'answered'] as const;
export const ZComplaintStatus = z.enum(complaintStatuses);
export type TComplaintStatus = z.infer<typeof ZComplaintStatus>;
export const complaintStatusLabels: Record<TComplaintStatus, string> = {
  received: 'Eingegangen',
  in_progress: 'In Bearbeitung',
  answered: 'Beantwortet',
};

const ZComplaintText = z
  .string({ message: 'Bitte schreiben Sie, worüber Sie sich beschweren.' })
  .trim()
  .min(10, { message: 'Bitte schreiben Sie mindestens einen Satz (10 Zeichen).' })
  .max(5000, { message: 'Höchstens 5000 Zeichen.' });

/** A complaint from the family app. */
export const ZComplaintInputSchema = z.object({ topic: ZComplaintTopic, text: ZComplaintText });
export type TComplaintInput = z.infer<typeof ZComplaintInputSchema>;

/** The independent ombuds office of the region (§ 9a), as the admin entered it; shown to families. */
export const ZOmbudsOfficeSchema = z.object({
  name: z.string().trim().min(3, { message: 'Bitte den Namen der Ombudsstelle angeben.' }).max(200),
  phone: z.string().trim().max(40).nullable(),
  email: z.email({ message: 'Bitte eine gültige E-Mail-Adresse angeben.' }).max(200).nullable(),
  website: z
    .url({ protocol: /^https$/, message: 'Bitte eine Webadresse mit https:// angeben.' })
    .max(300)
    .nullable(),
  address: z.string().trim().max(300).nullable(),
  hours: z.string().trim().max(300).nullable(),
});
export type TOmbudsOffice = z.infer<typeof ZOmbudsOfficeSchema>;

/** What the family sees of its complaint. */
export const ZFamilyComplaintSchema = z.object({
  id: ZId,
  topic: ZComplaintTopic,
  text: z.string(),
  status: ZComplaintStatus,
  receivedAt: z.string(),
  /** the answer is promised by this day */
  dueOn: ZIsoDate,
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export type TFamilyComplaint = z.infer<typeof ZFamilyComplaintSchema>;

export const ZFamilyComplaintsSchema = z.object({
  complaints: z.array(ZFamilyComplaintSchema),
  ombudsOffice: ZOmbudsOfficeSchema.nullable(),
});
export type TFamilyComplaints = z.infer<typeof ZFamilyComplaintsSchema>;

export const ZComplaintAction = z.enum(['take', 'answer', 'share']);
export type TComplaintAction = z.infer<typeof ZComplaintAction>;

/** A complaint in the complaint office's list (no text: that is read, audited, on its page). */
export const ZComplaintSummarySchema = z.object({
  id: ZId,
  reference: z.string(),
  topic: ZComplaintTopic,
  status: ZComplaintStatus,
  receivedAt: z.string(),
  dueOn: ZIsoDate,
  overdue: z.boolean(),
  /** who complains, in plain terms: "Elternteil", "Junger Mensch (15)", "Familie (Anfrage)" */
  from: z.string(),
  handler: z.string().nullable(),
  /** the case's team, if the complaint concerns a case */
  team: z.string().nullable(),
});
export type TComplaintSummary = z.infer<typeof ZComplaintSummarySchema>;

export const ZComplaintDetailSchema = ZComplaintSummarySchema.extend({
  text: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  caseReference: z.string().nullable(),
  /** the caseworker the complaint is about (the case's caseworker when it came in) */
  concerns: z.string().nullable(),
  sharedAt: z.string().nullable(),
  allowedActions: z.array(ZComplaintAction),
});
export type TComplaintDetail = z.infer<typeof ZComplaintDetailSchema>;

export const ZComplaintListQuerySchema = z.object({ status: ZComplaintStatus.optional() });

export const ZComplaintAnswerSchema = z.object({
  answer: z
    .string()
    .trim()
    .min(10, { message: 'Bitte eine Antwort schreiben (mindestens 10 Zeichen).' })
    .max(5000, { message: 'Höchstens 5000 Zeichen.' }),
});

/** A complaint the complaint office shared with the staff of the case. */
export const ZSharedComplaintSchema = z.object({
  id: ZId,
  reference: z.string(),
  topic: ZComplaintTopic,
  status: ZComplaintStatus,
  receivedAt: z.string(),
  text: z.string(),
  answer: z.string().nullable(),
  sharedAt: z.string(),
});
export type TSharedComplaint = z.infer<typeof ZSharedComplaintSchema>;
