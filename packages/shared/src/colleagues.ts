// Messages between staff of different offices (module cooperation, "Kolleg*innen anderer Ämter"):
// the cross-office directory, conversations, and case links with a recorded legal ground or consent.
import { z } from 'zod';

const ZUuid = z.uuid({ message: 'Ungültige ID' });

/** Limits of this contract; a handover note may be longer than a message to a family. */
export const colleagueLimits = {
  subject: 200,
  messageText: 20_000,
  ground: 500,
  search: 100,
} as const;

/** A colleague in another office, as the directory shows them: no more than a message needs. */
export const ZColleagueSchema = z.object({
  userId: ZUuid,
  officeId: ZUuid,
  displayName: z.string(),
  officeName: z.string(),
  teams: z.array(z.string()),
});
export type TColleague = z.infer<typeof ZColleagueSchema>;

export const ZColleagueSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2, 'Bitte geben Sie mindestens zwei Zeichen ein (Name, Amt oder Team).')
    .max(colleagueLimits.search, `Höchstens ${colleagueLimits.search} Zeichen`),
});

/** On what a case may be shared with another office: a provision of law, or the consent of those concerned. */
export const ZCaseShareBasis = z.enum(['legal_ground', 'consent']);
export type TCaseShareBasis = z.infer<typeof ZCaseShareBasis>;
export const caseShareBasisLabels: Record<TCaseShareBasis, string> = {
  legal_ground: 'Rechtsgrundlage',
  consent: 'Einwilligung',
};
/** Grounds the form offers; any other provision may be written in. */
export const commonCaseShareGrounds = [
  '§ 86c Abs. 2 SGB VIII – Fallübergabe bei Zuständigkeitswechsel',
  '§ 8a Abs. 6 SGB VIII – Mitteilung an das zuständige Jugendamt bei Kindeswohlgefährdung',
  '§ 69 Abs. 1 Nr. 1 SGB X – Übermittlung zur Erfüllung der eigenen Aufgaben',
] as const;

/** Links a case of the sender's office: only with a ground (German messages, shown at the field). */
export const ZColleagueCaseLinkInputSchema = z
  .object({
    caseId: z.uuid({ message: 'Bitte wählen Sie den Fall aus.' }),
    basis: ZCaseShareBasis,
    ground: z
      .string()
      .trim()
      .min(10, 'Bitte nennen Sie die Rechtsgrundlage oder die Einwilligung (mindestens 10 Zeichen).')
      .max(colleagueLimits.ground, `Höchstens ${colleagueLimits.ground} Zeichen`),
  })
  .superRefine((input, ctx) => {
    if (input.basis === 'legal_ground' && !input.ground.includes('§')) {
      ctx.addIssue({
        code: 'custom',
        path: ['ground'],
        message: 'Bitte nennen Sie die Vorschrift mit Paragraf, z. B. „§ 86c Abs. 2 SGB VIII“.',
      });
    }
  });
export type TColleagueCaseLinkInput = z.infer<typeof ZColleagueCaseLinkInputSchema>;

const ZMessageBody = z
  .string()
  .trim()
  .min(1, 'Die Nachricht ist leer.')
  .max(colleagueLimits.messageText, `Höchstens ${colleagueLimits.messageText} Zeichen`);

export const ZStartColleagueConversationSchema = z.object({
  recipient: z.object({
    userId: z.uuid({ message: 'Bitte wählen Sie eine Kollegin oder einen Kollegen aus.' }),
    officeId: ZUuid,
  }),
  subject: z
    .string()
    .trim()
    .min(3, 'Bitte geben Sie einen Betreff an (mindestens 3 Zeichen).')
    .max(colleagueLimits.subject, `Höchstens ${colleagueLimits.subject} Zeichen`),
  body: ZMessageBody,
  /** A case of the sender's office, shared on a recorded ground from the first message on. */
  caseLink: ZColleagueCaseLinkInputSchema.optional(),
});
export type TStartColleagueConversation = z.infer<typeof ZStartColleagueConversationSchema>;

export const ZSendColleagueMessageSchema = z.object({ body: ZMessageBody });

export const ZColleagueConversationAction = z.enum(['send', 'link_case']);
export type TColleagueConversationAction = z.infer<typeof ZColleagueConversationAction>;

/** A case linked to the conversation by one office, with its ground; both sides see it. */
export const ZColleagueCaseLinkSchema = z.object({
  officeId: ZUuid,
  officeName: z.string(),
  /** Only for the office the case belongs to (the other office cannot open it). */
  caseId: ZUuid.nullable(),
  caseReference: z.string(),
  basis: ZCaseShareBasis,
  ground: z.string(),
  linkedBy: z.string(),
  linkedAt: z.string(),
});
export type TColleagueCaseLink = z.infer<typeof ZColleagueCaseLinkSchema>;

export const ZColleagueMessageSchema = z.object({
  id: ZUuid,
  author: z.string(),
  officeName: z.string(),
  /** Written by the signed-in user. */
  mine: z.boolean(),
  body: z.string(),
  sentAt: z.string(),
  /** For the user's own messages: read by everyone else taking part. */
  read: z.boolean(),
});
export type TColleagueMessage = z.infer<typeof ZColleagueMessageSchema>;

export const ZColleagueConversationSummarySchema = z.object({
  id: ZUuid,
  subject: z.string(),
  /** Everyone taking part except the signed-in user. */
  others: z.array(ZColleagueSchema),
  lastMessageAt: z.string(),
  unread: z.number().int(),
  caseLinked: z.boolean(),
});
export type TColleagueConversationSummary = z.infer<typeof ZColleagueConversationSummarySchema>;

export const ZColleagueConversationSchema = z.object({
  id: ZUuid,
  subject: z.string(),
  createdAt: z.string(),
  participants: z.array(ZColleagueSchema),
  caseLinks: z.array(ZColleagueCaseLinkSchema),
  messages: z.array(ZColleagueMessageSchema),
  allowedActions: z.array(ZColleagueConversationAction),
});
export type TColleagueConversation = z.infer<typeof ZColleagueConversationSchema>;

/**
 * Realtime channels: `colleague-conversation:<id>` (the conversation changed) and
 * `colleague-inbox:<officeId>:<userId>` (one person's list changed). Events only say `changed`.
 */
export const colleagueConversationChannel = (id: string) => `colleague-conversation:${id}`;
export const colleagueInboxChannel = (officeId: string, userId: string) =>
  `colleague-inbox:${officeId}:${userId}`;

export const colleagueAuditActions = [
  'colleague.conversation_start',
  'colleague.conversation_list',
  'colleague.conversation_read',
  'colleague.message_send',
  'colleague.case_link',
] as const;
