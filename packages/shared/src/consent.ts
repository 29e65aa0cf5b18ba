// Consent contract (ARCHITECTURE §4, SGB VIII §§ 61 ff., SGB X § 67b): a person's consent to share
// chosen sections of a case with one provider for a purpose and a time; recorded by staff (with the
// signed form) or given by the family in the app; revocable. A share opens sections of a case to a
// provider on a consent or a recorded legal ground and is checked at every access.
import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';

export const consentAuditActions = [
  'consent.record',
  'consent.request',
  'consent.give',
  'consent.decline',
  'consent.revoke',
  'consent.list',
  'share.create',
  'share.end',
  'share.provider_list',
  'share.provider_read',
  'share.provider_entry',
] as const;

export const shareSections = ['persons', 'contact', 'help_plan', 'documents'] as const;
export const ZShareSection = z.enum(shareSections, { message: 'Unbekannter Bereich der Akte.' });
export type TShareSection = z.infer<typeof ZShareSection>;
export const shareSectionLabels: Record<TShareSection, string> = {
  persons: 'Personen (Namen, Geburtsdaten, Rollen)',
  contact: 'Kontaktdaten (Adresse, Telefon)',
  help_plan: 'Hilfeplan (Ziele und Absprachen)',
  documents: 'Ausgewählte Dokumente',
};

export const consentStatuses = ['requested', 'given', 'revoked', 'expired', 'declined'] as const;
export const ZConsentStatus = z.enum(consentStatuses);
export type TConsentStatus = z.infer<typeof ZConsentStatus>;
export const consentStatusLabels: Record<TConsentStatus, string> = {
  requested: 'Erbeten',
  given: 'Erteilt',
  revoked: 'Widerrufen',
  expired: 'Abgelaufen',
  declined: 'Abgelehnt',
};

export const ZConsentInputSchema = z
  .object({
    /** Whose consent (a person of the case). */
    personId: ZId,
    /** To whom the data may go. */
    providerId: ZId,
    purpose: z
      .string({ message: 'Bitte den Zweck angeben.' })
      .trim()
      .min(5, { message: 'Bitte den Zweck in einem Satz angeben.' })
      .max(500, { message: 'Höchstens 500 Zeichen.' }),
    sections: z.array(ZShareSection).min(1, { message: 'Bitte mindestens einen Bereich wählen.' }).max(4),
    validFrom: ZIsoDate,
    validUntil: ZIsoDate.nullable(),
    /**
     * "form": staff record a consent the person signed (the signed form is a document of the case);
     * "app": the person is asked in the family app and gives it there.
     */
    source: z.enum(['form', 'app'], { message: 'Bitte „form“ oder „app“ angeben.' }),
    documentId: ZId.nullable().default(null),
  })
  .strict();
export type TConsentInput = z.infer<typeof ZConsentInputSchema>;

export const ZConsentSchema = z.object({
  id: ZId,
  caseId: ZId,
  person: z.object({ id: ZId, name: z.string() }),
  provider: z.object({ id: ZId, name: z.string() }),
  purpose: z.string(),
  sections: z.array(ZShareSection),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  source: z.enum(['form', 'app']),
  documentId: ZId.nullable(),
  status: ZConsentStatus,
  givenAt: z.iso.datetime({ offset: true }).nullable(),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
  allowedActions: z.array(z.enum(['revoke'])),
});
export type TConsent = z.infer<typeof ZConsentSchema>;

export const ZShareInputSchema = z
  .object({
    providerId: ZId,
    sections: z.array(ZShareSection).min(1, { message: 'Bitte mindestens einen Bereich wählen.' }).max(4),
    basis: z.enum(['consent', 'legal_ground'], { message: 'Bitte „consent“ oder „legal_ground“ angeben.' }),
    /** With basis "legal_ground": the norm and why (e.g. "§ 8a Abs. 4 SGB VIII – Schutzkonzept"). */
    legalGround: z.string().trim().max(300).nullable().default(null),
    /** With section "documents": which documents of the case. */
    documentIds: z.array(ZId).max(20).default([]),
  })
  .strict();
export type TShareInput = z.infer<typeof ZShareInputSchema>;

export const ZShareSchema = z.object({
  id: ZId,
  caseId: ZId,
  provider: z.object({ id: ZId, name: z.string() }),
  sections: z.array(ZShareSection),
  /** The sections the provider may see right now (consents checked at this moment). */
  openSections: z.array(ZShareSection),
  basis: z.enum(['consent', 'legal_ground']),
  legalGround: z.string().nullable(),
  documentIds: z.array(ZId),
  createdAt: z.iso.datetime({ offset: true }),
  endedAt: z.iso.datetime({ offset: true }).nullable(),
  allowedActions: z.array(z.enum(['end'])),
});
export type TShare = z.infer<typeof ZShareSchema>;

export const ZCaseSharingSchema = z.object({
  consents: z.array(ZConsentSchema),
  shares: z.array(ZShareSchema),
});
export type TCaseSharing = z.infer<typeof ZCaseSharingSchema>;

/** A case as a provider sees it in its list: only what the open sections allow. */
export const ZProviderCaseSummarySchema = z.object({
  caseId: ZId,
  reference: z.string(),
  /** First name and age of the child, when "persons" is open; else null. */
  child: z.string().nullable(),
  openSections: z.array(ZShareSection),
  since: z.iso.datetime({ offset: true }),
});

export const providerEntryKinds = ['contact', 'report', 'goal_progress'] as const;
export const ZProviderEntryKind = z.enum(providerEntryKinds, {
  message: 'Bitte eine Art des Eintrags wählen.',
});
export const providerEntryKindLabels: Record<z.infer<typeof ZProviderEntryKind>, string> = {
  contact: 'Kontakt mit der Familie',
  report: 'Bericht',
  goal_progress: 'Stand der Ziele',
};

export const ZProviderEntryInputSchema = z
  .object({
    kind: ZProviderEntryKind,
    title: z.string().trim().min(1, { message: 'Bitte einen Titel angeben.' }).max(200),
    body: z.string().trim().min(1, { message: 'Bitte etwas schreiben.' }).max(20000),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type TProviderEntryInput = z.infer<typeof ZProviderEntryInputSchema>;

export const ZProviderEntrySchema = z.object({
  id: ZId,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  occurredAt: z.string(),
  author: z.string(),
});

/** A shared case as the provider sees it: each section only while it is open. */
export const ZProviderCaseSchema = z.object({
  caseId: ZId,
  reference: z.string(),
  openSections: z.array(ZShareSection),
  persons: z
    .array(
      z.object({
        id: ZId,
        role: z.string(),
        firstName: z.string(),
        lastName: z.string(),
        birthDate: z.string().nullable(),
      }),
    )
    .nullable(),
  contact: z
    .array(
      z.object({
        name: z.string(),
        street: z.string().nullable(),
        postcode: z.string().nullable(),
        city: z.string().nullable(),
        phone: z.string().nullable(),
      }),
    )
    .nullable(),
  helpPlan: z
    .object({
      finalizedAt: z.string().nullable(),
      nextReviewOn: z.string().nullable(),
      goals: z.array(z.object({ text: z.string(), progress: z.number().nullable() })),
      agreements: z.array(
        z.object({
          text: z.string(),
          ownerName: z.string(),
          status: z.string(),
          dueOn: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
  documents: z
    .array(z.object({ id: ZId, filename: z.string(), mediaType: z.string(), sizeBytes: z.number() }))
    .nullable(),
  /** What this provider documented in the case. */
  entries: z.array(ZProviderEntrySchema),
});
export type TProviderCase = z.infer<typeof ZProviderCaseSchema>;

/** A consent as the person it belongs to sees it in the family app. */
export const ZFamilyConsentSchema = z.object({
  id: ZId,
  providerName: z.string(),
  purpose: z.string(),
  sections: z.array(ZShareSection),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  status: ZConsentStatus,
  allowedActions: z.array(z.enum(['give', 'decline', 'revoke'])),
});
export type TFamilyConsent = z.infer<typeof ZFamilyConsentSchema>;
export const ZFamilyConsentsSchema = z.object({ items: z.array(ZFamilyConsentSchema) });
export const ZFamilyConsentDecisionSchema = z
  .object({
    decision: z.enum(['give', 'decline', 'revoke'], {
      message: 'Bitte „give“, „decline“ oder „revoke“ angeben.',
    }),
  })
  .strict();
