// Providers contract (freie Träger): organisations, facilities, offers and free places. Provider staff
// keep their facilities' free places current in the provider portal (/traeger); caseworkers search
// them (placements.ts). Offer data is shared by every office a provider serves and holds no persons.
import { z } from 'zod';
import { ZId } from './common.js';
import { ZHelpType } from './enums.js';

export const providerAuditActions = ['provider.availability_update', 'provider.offer_update'] as const;

export const offerSettings = ['ambulant', 'teilstationaer', 'stationaer'] as const;
export const ZOfferSetting = z.enum(offerSettings);
export type TOfferSetting = z.infer<typeof ZOfferSetting>;
export const offerSettingLabels: Record<TOfferSetting, string> = {
  ambulant: 'ambulant',
  teilstationaer: 'teilstationär',
  stationaer: 'stationär',
};

/** The controlled vocabulary of specialisations a search can ask for. */
export const specialisations = [
  'trauma',
  'disability',
  'addiction',
  'unaccompanied_minors',
  'mother_child',
  'emergency_custody',
  'psychiatric',
  'girls_only',
  'boys_only',
  'lgbtiq',
  'intensive',
  'siblings',
] as const;
export const ZSpecialisation = z.enum(specialisations, { message: 'Unbekannter Schwerpunkt.' });
export type TSpecialisation = z.infer<typeof ZSpecialisation>;
export const specialisationLabels: Record<TSpecialisation, string> = {
  trauma: 'Traumapädagogik',
  disability: 'Behinderung / Eingliederungshilfe',
  addiction: 'Sucht',
  unaccompanied_minors: 'Unbegleitete Minderjährige',
  mother_child: 'Mutter/Vater-Kind',
  emergency_custody: 'Inobhutnahme / Krisenplätze',
  psychiatric: 'Kinder- und Jugendpsychiatrie',
  girls_only: 'Mädchenangebot',
  boys_only: 'Jungenangebot',
  lgbtiq: 'Queere junge Menschen',
  intensive: 'Intensivbetreuung',
  siblings: 'Geschwisteraufnahme',
};

/** Languages a provider's team speaks (ISO 639-1), with German names for the UI. */
export const offerLanguageLabels = {
  de: 'Deutsch',
  en: 'Englisch',
  ar: 'Arabisch',
  tr: 'Türkisch',
  uk: 'Ukrainisch',
  ru: 'Russisch',
  fa: 'Persisch (Farsi/Dari)',
  ps: 'Paschtu',
  ku: 'Kurdisch',
  pl: 'Polnisch',
  ro: 'Rumänisch',
  bg: 'Bulgarisch',
  so: 'Somali',
  ti: 'Tigrinya',
  fr: 'Französisch',
  es: 'Spanisch',
  sq: 'Albanisch',
  sr: 'Serbisch/Kroatisch/Bosnisch',
  vi: 'Vietnamesisch',
  dgs: 'Deutsche Gebärdensprache',
} as const;
export type TOfferLanguage = keyof typeof offerLanguageLabels;
export const offerLanguages = Object.keys(offerLanguageLabels) as [TOfferLanguage, ...TOfferLanguage[]];
export const ZOfferLanguage = z.enum(offerLanguages, { message: 'Unbekannte Sprache.' });

export const offerGenders = ['female', 'male', 'diverse'] as const;
export const ZOfferGender = z.enum(offerGenders, { message: 'Unbekanntes Geschlecht.' });
export type TOfferGender = z.infer<typeof ZOfferGender>;

/** How current a facility's numbers are: confirmed today, within seven days, earlier, or never. */
export const ZFreshness = z.enum(['today', 'week', 'stale', 'never']);
export type TFreshness = z.infer<typeof ZFreshness>;
export const freshnessLabels: Record<TFreshness, string> = {
  today: 'heute bestätigt',
  week: 'diese Woche bestätigt',
  stale: 'veraltet',
  never: 'nie bestätigt',
};
/** Numbers older than this many days are "stale" and their provider is reminded. */
export const FRESHNESS_WEEK_DAYS = 7;

export const ZOfferSchema = z.object({
  id: ZId,
  title: z.string(),
  description: z.string(),
  helpTypes: z.array(ZHelpType),
  setting: ZOfferSetting,
  ageMin: z.number().int(),
  ageMax: z.number().int(),
  /** Empty: every gender. */
  genders: z.array(ZOfferGender),
  specialisations: z.array(ZSpecialisation),
  languages: z.array(ZOfferLanguage),
  feeAgreementRef: z.string().nullable(),
  active: z.boolean(),
});
export type TOffer = z.infer<typeof ZOfferSchema>;

export const ZAvailabilitySchema = z.object({
  capacity: z.number().int(),
  free: z.number().int(),
  reserved: z.number().int(),
  confirmedAt: z.iso.datetime({ offset: true }).nullable(),
  freshness: ZFreshness,
});
export type TAvailability = z.infer<typeof ZAvailabilitySchema>;

/** A facility as its own provider's staff see it in the portal. */
export const ZProviderFacilitySchema = z.object({
  id: ZId,
  name: z.string(),
  street: z.string().nullable(),
  postcode: z.string(),
  city: z.string(),
  serviceArea: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  availability: ZAvailabilitySchema,
  offers: z.array(ZOfferSchema),
  /** What the signed-in provider staff member may do here. */
  allowedActions: z.array(z.enum(['update_availability', 'edit_offers'])),
});
export type TProviderFacility = z.infer<typeof ZProviderFacilitySchema>;

export const ZProviderSummarySchema = z.object({
  id: ZId,
  name: z.string(),
  role: z.enum(['admin', 'staff']),
});

/** The portal's start: the provider, its facilities, and how many wait for a confirmation. */
export const ZProviderFacilitiesSchema = z.object({
  provider: ZProviderSummarySchema,
  items: z.array(ZProviderFacilitySchema),
  /** Facilities whose numbers were not confirmed within a week (or never). */
  staleCount: z.number().int(),
});
export type TProviderFacilities = z.infer<typeof ZProviderFacilitiesSchema>;

const placeCount = (what: string) =>
  z
    .number({ message: `${what}: bitte eine ganze Zahl angeben.` })
    .int({ message: `${what}: bitte eine ganze Zahl angeben.` })
    .min(0, { message: `${what} können nicht negativ sein.` })
    .max(10000, { message: `${what}: höchstens 10 000.` });

/** Free and reserved places of a facility, as provider staff confirm them ("two clicks"). */
export const ZAvailabilityInputSchema = z
  .object({ free: placeCount('Freie Plätze'), reserved: placeCount('Reservierte Plätze') })
  .strict();
export type TAvailabilityInput = z.infer<typeof ZAvailabilityInputSchema>;

/** One point of a facility's availability history (planning: waiting times, bottlenecks). */
export const ZAvailabilityPointSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  free: z.number().int(),
  reserved: z.number().int(),
});
export const ZAvailabilityHistorySchema = z.object({ items: z.array(ZAvailabilityPointSchema) });

/** A provider admin keeps an offer's description current (help types, ages, specialisations …). */
export const ZOfferUpdateSchema = z
  .object({
    title: z.string().trim().min(3, { message: 'Bitte einen Titel angeben.' }).max(200),
    description: z.string().trim().max(2000, { message: 'Höchstens 2000 Zeichen.' }),
    helpTypes: z.array(ZHelpType).min(1, { message: 'Bitte mindestens eine Hilfeart wählen.' }).max(10),
    ageMin: z.number().int().min(0).max(27),
    ageMax: z.number().int().min(0).max(27),
    genders: z.array(ZOfferGender).max(3),
    specialisations: z.array(ZSpecialisation).max(12),
    languages: z.array(ZOfferLanguage).max(20),
    active: z.boolean(),
  })
  .strict()
  .refine((o) => o.ageMin <= o.ageMax, {
    message: 'Das Mindestalter liegt über dem Höchstalter.',
    path: ['ageMin'],
  });
export type TOfferUpdate = z.infer<typeof ZOfferUpdateSchema>;
