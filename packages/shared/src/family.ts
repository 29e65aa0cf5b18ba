// Family accounts contract: staff invite a person of a case to the family app; the person signs in
// with code and PIN and sees the released parts of the case and who read its data.
import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';
import { ZCasePersonRole, ZHelpType } from './enums.js';
import { ZTeamContactSchema } from './intake.js';

export const familyAccountAuditActions = [
  'family_account.list',
  'family_account.invite',
  'family_account.activate', // the invited person set a PIN
  'family_account.from_request', // a request's code became an account of the case
  'family_account.end',
  'family_account.preview', // staff looked at what a person of the case sees
  'family_account.passkey_added',
  'family_account.passkey_removed',
  'family.file_read',
  'family.access_log_read',
  'family.document_read',
  'family.help_plan_response',
  'release.set',
  'release.withdraw',
] as const;

export const ZFamilyAccountStatus = z.enum(['invited', 'active', 'ended']);
export type TFamilyAccountStatus = z.infer<typeof ZFamilyAccountStatus>;
export const familyAccountStatusLabels: Record<TFamilyAccountStatus, string> = {
  invited: 'Eingeladen',
  active: 'Aktiv',
  ended: 'Beendet',
};

export const ZFamilyAccountAction = z.enum(['end']);
export type TFamilyAccountAction = z.infer<typeof ZFamilyAccountAction>;

/** A family account as staff see it on the case. */
export const ZFamilyAccountSchema = z.object({
  id: ZId,
  personId: ZId,
  personName: z.string(),
  role: ZCasePersonRole,
  status: ZFamilyAccountStatus,
  /** The access code the person signs in with (useless without their PIN). */
  code: z.string(),
  invitedAt: z.string(),
  inviteExpiresAt: z.string().nullable(),
  activatedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  fromRequest: z.boolean(),
  allowedActions: z.array(ZFamilyAccountAction),
});
export type TFamilyAccount = z.infer<typeof ZFamilyAccountSchema>;

/** Persons of the case who may get an account, and why others may not (shown beside them). */
export const ZFamilyAccountListSchema = z.object({
  accounts: z.array(ZFamilyAccountSchema),
  candidates: z.array(
    z.object({
      personId: ZId,
      personName: z.string(),
      role: ZCasePersonRole,
      /** null: may be invited; otherwise the reason in German */
      notPossible: z.string().nullable(),
      /** this person wrote the request the case was opened from: their code can become the account */
      hasRequestCode: z.boolean(),
    }),
  ),
});
export type TFamilyAccountList = z.infer<typeof ZFamilyAccountListSchema>;

export const ZInviteFamilyMemberSchema = z.object({ personId: ZId });
export const ZAccountFromRequestSchema = z.object({ personId: ZId });

/** The one-time invitation: shown once to staff, who hand it over (link or code on paper). */
export const ZFamilyInvitationSchema = z.object({
  account: ZFamilyAccountSchema,
  /** path of the family app with the one-time token, e.g. `/einladung#…` */
  invitePath: z.string(),
  expiresAt: z.string(),
});
export type TFamilyInvitation = z.infer<typeof ZFamilyInvitationSchema>;

const ZPin = z
  .string()
  .regex(/^\d{6}$/, 'Die PIN hat 6 Ziffern')
  .refine((pin) => !/^(\d)\1{5}$/.test(pin) && !'0123456789'.includes(pin) && !'9876543210'.includes(pin), {
    message: 'Diese PIN ist zu leicht zu erraten. Bitte wählen Sie eine andere.',
  });

export const ZRedeemInvitationSchema = z.object({
  token: z.string().trim().min(20).max(100),
  pin: ZPin,
});
export const ZRedeemedInvitationSchema = z.object({ code: z.string() });

export const ZFamilyLoginAnswerSchema = z.object({
  ok: z.boolean(),
  /** what the code belongs to: a request (its view) or an account of a case (its file) */
  kind: z.enum(['request', 'account']),
});

/* ---------- the family's file ---------- */

export const ZFamilyFileSchema = z.object({
  me: z.object({ personId: ZId, firstName: z.string(), role: ZCasePersonRole }),
  team: ZTeamContactSchema.nullable(),
  /** the family members of the case (no third parties), names and roles only */
  persons: z.array(z.object({ firstName: z.string(), lastName: z.string(), role: ZCasePersonRole })),
  /** the newest agreed (final) help plan in plain words; drafts are not shown */
  helpPlan: z
    .object({
      planId: ZId,
      version: z.number().int(),
      finalizedAt: z.string().nullable(),
      helpType: ZHelpType,
      provider: z.string().nullable(),
      startsOn: ZIsoDate,
      nextReviewOn: ZIsoDate.nullable(),
      goals: z.array(z.object({ text: z.string(), progress: z.number().int().nullable() })),
      agreements: z.array(
        z.object({
          text: z.string(),
          owner: z.enum(['family', 'provider', 'staff']),
          ownerName: z.string(),
          status: z.enum(['open', 'in_progress', 'done']),
          dueOn: ZIsoDate.nullable(),
        }),
      ),
      /** what this person last said to this version: agreed or not yet, and a comment */
      myResponse: z
        .object({ agreed: z.boolean(), comment: z.string().nullable(), at: z.string() })
        .nullable(),
    })
    .nullable(),
  entries: z.array(
    z.object({
      id: ZId,
      occurredAt: z.string(),
      title: z.string(),
      body: z.string(),
      releasedAt: z.string(),
    }),
  ),
  documents: z.array(
    z.object({
      id: ZId,
      filename: z.string(),
      mediaType: z.string(),
      sizeBytes: z.number().int(),
      releasedAt: z.string(),
    }),
  ),
});
export type TFamilyFile = z.infer<typeof ZFamilyFileSchema>;

/** The family says whether it agrees to the plan it sees (that version), with an optional comment. */
export const ZFamilyPlanResponseSchema = z.object({
  planId: ZId,
  version: z.number().int().min(1),
  agreed: z.boolean(),
  comment: z.string().trim().max(2000, 'Höchstens 2000 Zeichen').nullable().default(null),
});

/* ---------- who read my data ---------- */

export const ZAccessLogWho = z.enum([
  'self',
  'family',
  'staff',
  'team_lead',
  'data_protection',
  'provider',
  'office',
]);
export const ZAccessLogWhat = z.enum(['viewed', 'changed', 'shared', 'exported', 'signed_in']);
export const ZFamilyAccessLogSchema = z.object({
  items: z.array(
    z.object({
      /** the audit event's id */
      id: z.string(),
      at: z.string(),
      who: ZAccessLogWho,
      /** the team or provider ("ASD Nord"), or the office's name; null for the family itself */
      unit: z.string().nullable(),
      what: ZAccessLogWhat,
    }),
  ),
  /** pass as `before` for the next, older page */
  nextBefore: z.string().nullable(),
  /** how many events the whole log holds */
  total: z.number().int(),
});
export type TFamilyAccessLog = z.infer<typeof ZFamilyAccessLogSchema>;
export const ZFamilyAccessLogQuerySchema = z.object({
  before: z
    .string()
    .regex(/^\d{1,19}$/, 'before ist eine Zahl')
    .optional(),
});

/* ---------- releases (staff) ---------- */

/** Release an entry or document to the family: every person with an account, or only these persons. */
export const ZReleaseSchema = z.object({ personIds: z.array(ZId).min(1).max(20).nullable() });
export const ZReleaseStateSchema = z.object({
  released: z.boolean(),
  personIds: z.array(ZId).nullable(),
  releasedAt: z.string().nullable(),
});
export type TReleaseState = z.infer<typeof ZReleaseStateSchema>;

/* ---------- passkeys ---------- */

/** A passkey of the signed-in person (the key itself stays on the device and the server). */
export const ZFamilyPasskeySchema = z.object({
  id: ZId,
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type TFamilyPasskey = z.infer<typeof ZFamilyPasskeySchema>;

/**
 * A WebAuthn response as the browser library sends it (checked in depth by @simplewebauthn/server);
 * here only its outer shape and size.
 */
export const ZWebAuthnResponseSchema = z
  .object({
    id: z.string().min(1).max(1024),
    rawId: z.string().min(1).max(1024),
    type: z.literal('public-key'),
    response: z.record(z.string(), z.unknown()),
    clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
    authenticatorAttachment: z.string().max(40).optional(),
  })
  .passthrough();
