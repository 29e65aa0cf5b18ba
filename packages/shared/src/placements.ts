// Placement search contract (Heimplatzbörse): caseworkers search the offers of the providers that
// serve their office, filtered and ranked by fit; every result says why it ranks where it does.
// Price is not a criterion and never a sort key.
import { z } from 'zod';
import { ZId } from './common.js';
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

export const ZPlacementResultSchema = z.object({
  facilityId: ZId,
  offerId: ZId,
  providerId: ZId,
  providerName: z.string(),
  facilityName: z.string(),
  offerTitle: z.string(),
  city: z.string(),
  postcode: z.string(),
  setting: ZOfferSetting,
  helpTypes: z.array(ZHelpType),
  ageMin: z.number().int(),
  ageMax: z.number().int(),
  specialisations: z.array(ZSpecialisation),
  languages: z.array(ZOfferLanguage),
  capacity: z.number().int(),
  freePlaces: z.number().int(),
  reservedPlaces: z.number().int(),
  confirmedAt: z.iso.datetime({ offset: true }).nullable(),
  freshness: ZFreshness,
  distanceKm: z.number().nullable(),
  /** Each criterion the search asked for, met or not. */
  criteria: z.array(ZCriterionResultSchema),
  /** "5 von 6 Kriterien · 12 km · heute bestätigt" */
  explanation: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
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
