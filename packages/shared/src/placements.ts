// Placement search contract (Heimplatzbörse): caseworkers search the offers of the providers that
// serve their office, filtered and ranked by fit; every result says why it ranks where it does.
// Price is not a criterion and never a sort key.
import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';
import { ZHelpType } from './enums.js';
import { ZFreshness, ZOfferGender, ZOfferLanguage, ZOfferSetting, ZSpecialisation } from './providers.js';

const truthy = z
  .enum(['true', 'false', '1', '0'], { message: 'Bitte true oder false angeben.' })
  .transform((v) => v === 'true' || v === '1');

/** Specialisations as a comma-separated list in the query string ("trauma,siblings"). */
const ZSpecialisationList = z
  .string()
  .max(500, { message: 'Zu viele Schwerpunkte.' })
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(ZSpecialisation).max(12, { message: 'Höchstens zwölf Schwerpunkte.' }));

export const ZPlacementSearchQuerySchema = z
  .object({
    helpType: ZHelpType.optional(),
    setting: ZOfferSetting.optional(),
    age: z.coerce
      .number({ message: 'Alter: bitte eine Zahl angeben.' })
      .int({ message: 'Alter: bitte eine ganze Zahl angeben.' })
      .min(0, { message: 'Das Alter kann nicht negativ sein.' })
      .max(27, { message: 'Jugendhilfe gibt es bis 27 Jahre.' })
      .optional(),
    gender: ZOfferGender.optional(),
    specialisations: ZSpecialisationList.optional(),
    language: ZOfferLanguage.optional(),
    /** Distances are measured from this postcode (the family's or the school's). */
    postcode: z
      .string()
      .regex(/^[0-9]{5}$/, { message: 'Die Postleitzahl hat fünf Ziffern.' })
      .optional(),
    /** Within this distance the "nearby" criterion is met. */
    maxKm: z.coerce
      .number({ message: 'Entfernung: bitte eine Zahl angeben.' })
      .min(1, { message: 'Entfernung: mindestens 1 km.' })
      .max(1000, { message: 'Entfernung: höchstens 1000 km.' })
      .default(25),
    /** Emergency custody (§ 42): only places free right now. */
    emergency: truthy.default(false),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();
export type TPlacementSearchQuery = z.infer<typeof ZPlacementSearchQuerySchema>;

export const placementCriteria = [
  'helpType',
  'age',
  'gender',
  'specialisations',
  'language',
  'distance',
  'free',
  'fresh',
] as const;
export const ZPlacementCriterion = z.enum(placementCriteria);
export type TPlacementCriterion = z.infer<typeof ZPlacementCriterion>;

export const ZCriterionResultSchema = z.object({
  key: ZPlacementCriterion,
  label: z.string(),
  met: z.boolean(),
});

/** What every listing of an offer names: who, where, for whom, in which languages, how to reach them. */
const ZOfferFacts = z.object({
  providerName: z.string(),
  facilityName: z.string(),
  city: z.string(),
  postcode: z.string(),
  setting: ZOfferSetting,
  helpTypes: z.array(ZHelpType),
  ageMin: z.number().int(),
  ageMax: z.number().int(),
  specialisations: z.array(ZSpecialisation),
  languages: z.array(ZOfferLanguage),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

export const ZPlacementResultSchema = ZOfferFacts.extend({
  facilityId: ZId,
  offerId: ZId,
  providerId: ZId,
  offerTitle: z.string(),
  capacity: z.number().int(),
  freePlaces: z.number().int(),
  reservedPlaces: z.number().int(),
  confirmedAt: z.iso.datetime({ offset: true }).nullable(),
  freshness: ZFreshness,
  distanceKm: z.number().nullable(),
  /** Each criterion the search asked for, met or not. */
  criteria: z.array(ZCriterionResultSchema),
  /** "5 von 6 Kriterien · 12 km · 2 freie Plätze · heute bestätigt" */
  explanation: z.string(),
});
export type TPlacementResult = z.infer<typeof ZPlacementResultSchema>;

export const ZPlacementSearchResponseSchema = z.object({
  items: z.array(ZPlacementResultSchema),
  /** Offers that passed the filters (the list shows the best `limit` of them). */
  total: z.number().int(),
  emergency: z.boolean(),
  /** The place the distances were measured from, if a postcode was given. */
  origin: z.object({ postcode: z.string(), place: z.string() }).nullable(),
});
export type TPlacementSearchResponse = z.infer<typeof ZPlacementSearchResponseSchema>;

/** The realtime channel of an office's placement search: `{type:'availability', facilityId}`. */
export const placementChannelPrefix = 'placements:';
export const ZAvailabilityEventSchema = z.object({ type: z.literal('availability'), facilityId: ZId });

/* ---------- inquiries: instead of phone calls ---------- */

export const placementAuditActions = [
  'placement.inquiry_create',
  'placement.inquiry_list',
  'placement.inquiry_answer',
  'placement.inquiry_confirm',
  'placement.inquiry_cancel',
  'placement.provider_inquiries',
  'placement.end',
] as const;

/** An inquiry's profile: what a provider needs to decide, and nothing that names the family. */
export const ZInquiryProfileSchema = z.object({
  age: z.number().int().min(0).max(27),
  gender: z.enum(['female', 'male', 'diverse', 'unspecified']),
  helpType: ZHelpType,
  specialisations: z.array(ZSpecialisation),
  languages: z.array(ZOfferLanguage),
  /** Needs in a few words; the form asks for no names and no address. */
  needs: z.string(),
  /** When the help should start (YYYY-MM-DD), if known. */
  startBy: z.string().nullable(),
});
export type TInquiryProfile = z.infer<typeof ZInquiryProfileSchema>;

const noIdentifyingText = z
  .string()
  .trim()
  .max(1000, { message: 'Höchstens 1000 Zeichen.' })
  .refine((text) => !/\b\d{5}\b/.test(text) && !/@/.test(text) && !/\+?\d[\d /-]{6,}/.test(text), {
    message:
      'Bitte keine Adresse, Postleitzahl, Telefonnummer oder E-Mail-Adresse: Die Anfrage geht anonym hinaus.',
  });

/** A caseworker asks one or several providers at once, with an anonymised profile of the child. */
export const ZInquiryInputSchema = z
  .object({
    /** The child or young person the place is for (a person of the case): age and gender come from the file. */
    personId: ZId,
    helpType: ZHelpType,
    /** One inquiry per facility; up to ten at once. */
    facilityIds: z
      .array(ZId)
      .min(1, { message: 'Bitte mindestens eine Einrichtung wählen.' })
      .max(10, { message: 'Höchstens zehn Einrichtungen auf einmal.' }),
    specialisations: z.array(ZSpecialisation).max(12).default([]),
    languages: z.array(ZOfferLanguage).max(6).default([]),
    needs: noIdentifyingText.default(''),
    startBy: ZIsoDate.nullable().default(null),
    /** Providers answer by this day (at most 14 days ahead). */
    answerBy: ZIsoDate,
  })
  .strict();
export type TInquiryInput = z.infer<typeof ZInquiryInputSchema>;

export const inquiryRecipientStatuses = [
  'sent',
  'accepted',
  'declined',
  'withdrawn',
  'placed',
  'expired',
] as const;
export const ZInquiryRecipientStatus = z.enum(inquiryRecipientStatuses);
export type TInquiryRecipientStatus = z.infer<typeof ZInquiryRecipientStatus>;
export const inquiryRecipientStatusLabels: Record<TInquiryRecipientStatus, string> = {
  sent: 'Angefragt',
  accepted: 'Platz angeboten',
  declined: 'Abgelehnt',
  withdrawn: 'Zurückgezogen',
  placed: 'Belegt',
  expired: 'Keine Antwort bis zur Frist',
};

export const inquiryStatuses = ['open', 'placed', 'cancelled'] as const;
export const ZInquiryStatus = z.enum(inquiryStatuses);
export const inquiryStatusLabels: Record<z.infer<typeof ZInquiryStatus>, string> = {
  open: 'Offen',
  placed: 'Platz belegt',
  cancelled: 'Zurückgezogen',
};

export const ZInquiryRecipientSchema = z.object({
  id: ZId,
  providerName: z.string(),
  facilityId: ZId,
  facilityName: z.string(),
  city: z.string(),
  status: ZInquiryRecipientStatus,
  reason: z.string().nullable(),
  answeredAt: z.iso.datetime({ offset: true }).nullable(),
  allowedActions: z.array(z.enum(['confirm'])),
});

/** An inquiry as the caseworker sees it in the case. */
export const ZInquirySchema = z.object({
  id: ZId,
  caseId: ZId,
  status: ZInquiryStatus,
  profile: ZInquiryProfileSchema,
  answerBy: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string(),
  recipients: z.array(ZInquiryRecipientSchema),
  allowedActions: z.array(z.enum(['cancel'])),
});
export type TInquiry = z.infer<typeof ZInquirySchema>;

/** An inquiry as the provider sees it: the profile, the deadline, its own answer — never the case. */
export const ZProviderInquirySchema = z.object({
  id: ZId,
  facilityId: ZId,
  facilityName: z.string(),
  officeName: z.string(),
  profile: ZInquiryProfileSchema,
  answerBy: z.string(),
  receivedAt: z.iso.datetime({ offset: true }),
  status: ZInquiryRecipientStatus,
  reason: z.string().nullable(),
  allowedActions: z.array(z.enum(['accept', 'decline'])),
});
export type TProviderInquiry = z.infer<typeof ZProviderInquirySchema>;

export const ZInquiryAnswerSchema = z.discriminatedUnion(
  'answer',
  [
    z.object({
      answer: z.literal('accept'),
      /** A place is held for this inquiry until the office confirms or withdraws. */
      reason: z.string().trim().max(500).default(''),
    }),
    z.object({
      answer: z.literal('decline'),
      reason: z
        .string({ message: 'Bitte einen Grund angeben.' })
        .trim()
        .min(3, { message: 'Bitte einen Grund angeben.' })
        .max(500, { message: 'Höchstens 500 Zeichen.' }),
    }),
  ],
  { message: 'Bitte „accept“ oder „decline“ angeben.' },
);
export type TInquiryAnswer = z.infer<typeof ZInquiryAnswerSchema>;

export const ZInquiryConfirmSchema = z.object({ recipientId: ZId }).strict();

/** A placement: the case's help delivered by a provider's facility, from the day it starts. */
export const ZPlacementSchema = z.object({
  id: ZId,
  caseId: ZId,
  providerId: ZId,
  providerName: z.string(),
  facilityId: ZId,
  facilityName: z.string(),
  helpType: ZHelpType,
  startedOn: z.string(),
  endedAt: z.iso.datetime({ offset: true }).nullable(),
  allowedActions: z.array(z.enum(['end'])),
});
export type TPlacement = z.infer<typeof ZPlacementSchema>;

export const ZCasePlacementsSchema = z.object({
  inquiries: z.array(ZInquirySchema),
  placements: z.array(ZPlacementSchema),
});
export type TCasePlacements = z.infer<typeof ZCasePlacementsSchema>;

/* ---------- the family's choice (§ 5 SGB VIII) and the public directory ---------- */

export const choiceAuditActions = [
  'choice.release',
  'choice.list',
  'choice.family_list',
  'choice.wish',
] as const;

export const ZOfferChoiceInputSchema = z
  .object({
    offerIds: z
      .array(ZId)
      .min(1, { message: 'Bitte mindestens ein Angebot wählen.' })
      .max(8, { message: 'Höchstens acht Angebote auf einmal.' }),
  })
  .strict();

/** An offer as families and the public directory show it: no free places, no fee agreement. */
export const ZPublicOfferSchema = ZOfferFacts.extend({
  id: ZId,
  title: z.string(),
  description: z.string(),
  website: z.string().nullable(),
});
export type TPublicOffer = z.infer<typeof ZPublicOfferSchema>;

export const ZOfferWishSchema = z.object({
  personName: z.string(),
  offerId: ZId.nullable(),
  offerTitle: z.string().nullable(),
  note: z.string(),
  at: z.iso.datetime({ offset: true }),
});

/** The offers released to the family in a case, and what each person wished. */
export const ZCaseOfferChoicesSchema = z.object({
  offers: z.array(ZPublicOfferSchema.extend({ releasedAt: z.iso.datetime({ offset: true }) })),
  wishes: z.array(ZOfferWishSchema),
});
export type TCaseOfferChoices = z.infer<typeof ZCaseOfferChoicesSchema>;

export const ZFamilyOffersSchema = z.object({
  offers: z.array(ZPublicOfferSchema),
  myWish: z
    .object({ offerId: ZId.nullable(), note: z.string(), at: z.iso.datetime({ offset: true }) })
    .nullable(),
});
export type TFamilyOffers = z.infer<typeof ZFamilyOffersSchema>;

export const ZFamilyWishInputSchema = z
  .object({
    /** null: none of them fits / no preference. */
    offerId: ZId.nullable(),
    note: z.string().trim().max(1000, { message: 'Höchstens 1000 Zeichen.' }).default(''),
  })
  .strict();
export type TFamilyWishInput = z.infer<typeof ZFamilyWishInputSchema>;

export const ZPublicOfferQuerySchema = z
  .object({
    setting: ZOfferSetting.optional(),
    helpType: ZHelpType.optional(),
    page: z.coerce.number().int().min(1).max(1000).default(1),
  })
  .strict();
export const ZPublicOffersSchema = z.object({ items: z.array(ZPublicOfferSchema), total: z.number().int() });
