// Perspectives contract (Sichtweisen): child, parents, caseworker and provider rate the same
// dimensions of the child's situation in rating rounds; and the ecomap (Ökokarte) of the family's
// support network. The dimensions are data (data/perspectives/dimensions-default.json).
import { z } from 'zod';
import { ZId, ZIsoDate, ZShortText, ZUserRefSchema } from './common.js';

/** Input limits of this contract. */
export const perspectiveLimits = { comment: 2000, ecomapNodes: 60 } as const;

/* ---------- catalogue ---------- */

/** Pictograms the cockpit draws (apps/web/src/staff/perspectives/pictures.tsx). */
export const ZPerspectivePicture = z.enum([
  'house',
  'apple',
  'backpack',
  'ball',
  'family',
  'heart',
  'hands',
  'speech',
  'sun',
  'star',
]);
export type TPerspectivePicture = z.infer<typeof ZPerspectivePicture>;

export const ZRatingValue = z
  .number({ message: 'Bewertung von 1 bis 5 oder „keine Angabe“' })
  .int('Bewertung von 1 bis 5 oder „keine Angabe“')
  .min(1, 'Bewertung von 1 bis 5 oder „keine Angabe“')
  .max(5, 'Bewertung von 1 bis 5 oder „keine Angabe“');
export type TRatingValue = 1 | 2 | 3 | 4 | 5;

const ZDimensionId = z.string().regex(/^[a-z0-9_]{1,40}$/, 'Ungültige Dimension');

export const ZScalePointSchema = z.object({
  value: ZRatingValue,
  staffLabel: z.string().min(1),
  childLabel: z.string().min(1),
  face: z.enum(['face-1', 'face-2', 'face-3', 'face-4', 'face-5']),
});
export const ZDimensionSchema = z.object({
  id: ZDimensionId,
  staffLabel: z.string().min(1),
  staffHint: z.string(),
  childLabel: z.string().min(1),
  childQuestion: z.string().min(1),
  picture: ZPerspectivePicture,
});
export type TDimension = z.infer<typeof ZDimensionSchema>;

/** The dimensions everyone rates and the five-point scale (format: data/perspectives/README.md). */
export const ZPerspectiveCatalogueSchema = z
  .object({
    id: z.string().min(1),
    version: z.number().int().min(1),
    title: z.string().min(1),
    writtenFor: z.string().optional(),
    writtenOn: z.string().optional(),
    reviewedByPractitioners: z.boolean(),
    scale: z.array(ZScalePointSchema).length(5),
    dimensions: z.array(ZDimensionSchema).min(1).max(20),
  })
  .superRefine((c, ctx) => {
    if (c.scale.some((p, i) => p.value !== i + 1))
      ctx.addIssue({ code: 'custom', path: ['scale'], message: 'Die Skala zählt von 1 bis 5' });
    if (new Set(c.dimensions.map((d) => d.id)).size !== c.dimensions.length)
      ctx.addIssue({
        code: 'custom',
        path: ['dimensions'],
        message: 'Jede Dimension braucht eine eigene ID',
      });
  });
export type TPerspectiveCatalogue = z.infer<typeof ZPerspectiveCatalogueSchema>;

/* ---------- rating rounds ---------- */

/** Whose view a rating is. */
export const perspectives = ['child', 'parent', 'caseworker', 'provider'] as const;
export const ZPerspective = z.enum(perspectives, { message: 'Unbekannte Sichtweise' });
export type TPerspective = z.infer<typeof ZPerspective>;
export const perspectiveLabels: Record<TPerspective, string> = {
  child: 'Kind',
  parent: 'Eltern',
  caseworker: 'Fachkraft ASD',
  provider: 'Träger',
};

/**
 * How a child's or parent's view came into the file: they entered it together with the staff member
 * (tapping the faces themselves), or the staff member wrote down what they said in their own words.
 * Caseworker and provider views are their own (`null`).
 */
export const ZRecordedAs = z.enum(['together', 'their_words']);
export type TRecordedAs = z.infer<typeof ZRecordedAs>;
export const recordedAsLabels: Record<TRecordedAs, string> = {
  together: 'gemeinsam eingegeben',
  their_words: 'in eigenen Worten festgehalten',
};

const ZComment = z.string().trim().max(perspectiveLimits.comment, 'Kommentar zu lang');

export const ZRatingSchema = z.object({
  dimension: ZDimensionId,
  /** 1 (very bad) … 5 (very good); null: "keine Angabe". */
  value: ZRatingValue.nullable(),
  comment: ZComment.default(''),
});
export type TRating = z.infer<typeof ZRatingSchema>;

/** One perspective's ratings in a round (replaces what this perspective said before in the round). */
export const ZPerspectiveEntryInputSchema = z
  .object({
    recordedAs: ZRecordedAs.nullable().default(null),
    ratings: z.array(ZRatingSchema).min(1, 'Mindestens eine Bewertung').max(20),
  })
  .superRefine((entry, ctx) => {
    const ids = entry.ratings.map((r) => r.dimension);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['ratings'], message: 'Jede Dimension nur einmal bewerten' });
  });
export type TPerspectiveEntryInput = z.input<typeof ZPerspectiveEntryInputSchema>;

/** A new rating round: its date, optionally the help plan version it belongs to, and first entries. */
export const ZPerspectiveRoundInputSchema = z.object({
  ratedOn: ZIsoDate,
  helpPlan: z
    .object({ planId: ZId, version: z.number().int().min(1).max(10_000) })
    .nullable()
    .default(null),
  entries: z
    .array(ZPerspectiveEntryInputSchema.and(z.object({ perspective: ZPerspective })))
    .max(perspectives.length)
    .default([]),
});
export type TPerspectiveRoundInput = z.input<typeof ZPerspectiveRoundInputSchema>;

export const ZPerspectiveEntrySchema = z.object({
  perspective: ZPerspective,
  recordedAs: ZRecordedAs.nullable(),
  enteredBy: ZUserRefSchema,
  enteredAt: z.string(),
  ratings: z.array(z.object({ dimension: z.string(), value: ZRatingValue.nullable(), comment: z.string() })),
});
export type TPerspectiveEntry = z.infer<typeof ZPerspectiveEntrySchema>;

export const ZPerspectiveRoundSchema = z.object({
  id: ZId,
  caseId: ZId,
  ratedOn: z.string(),
  helpPlan: z.object({ planId: ZId, version: z.number().int() }).nullable(),
  catalogue: z.object({ id: z.string(), version: z.number().int() }),
  createdBy: ZUserRefSchema,
  createdAt: z.string(),
  /** In the order of `perspectives`; a perspective nobody entered yet is missing. */
  entries: z.array(ZPerspectiveEntrySchema),
});
export type TPerspectiveRound = z.infer<typeof ZPerspectiveRoundSchema>;

/** What the UI may do on a case's perspectives (from the case policy). */
export const ZPerspectivesAction = z.enum(['read', 'rate', 'edit_ecomap']);
export type TPerspectivesAction = z.infer<typeof ZPerspectivesAction>;

export const ZCasePerspectivesSchema = z.object({
  caseId: ZId,
  catalogue: ZPerspectiveCatalogueSchema,
  /** Newest first. */
  rounds: z.array(ZPerspectiveRoundSchema),
  allowedActions: z.array(ZPerspectivesAction),
});
export type TCasePerspectives = z.infer<typeof ZCasePerspectivesSchema>;

/* ---------- ecomap (Ökokarte) ---------- */

export const ecomapKinds = [
  'family',
  'relative',
  'friend',
  'school',
  'day_care',
  'doctor',
  'provider',
  'youth_office',
  'club',
  'other',
] as const;
export const ZEcomapKind = z.enum(ecomapKinds, { message: 'Unbekannte Art' });
export type TEcomapKind = z.infer<typeof ZEcomapKind>;
export const ecomapKindLabels: Record<TEcomapKind, string> = {
  family: 'Familie',
  relative: 'Verwandte',
  friend: 'Freund*innen',
  school: 'Schule',
  day_care: 'Kita',
  doctor: 'Ärztin/Arzt',
  provider: 'Träger',
  youth_office: 'Jugendamt',
  club: 'Verein',
  other: 'Sonstige',
};
/** Services are institutions; the others are people. */
export const ecomapServiceKinds: ReadonlySet<TEcomapKind> = new Set([
  'school',
  'day_care',
  'doctor',
  'provider',
  'youth_office',
  'club',
]);

export const ZEcomapQuality = z.enum(['supportive', 'neutral', 'stressful'], {
  message: 'Unbekannte Art der Beziehung',
});
export type TEcomapQuality = z.infer<typeof ZEcomapQuality>;
export const ecomapQualityLabels: Record<TEcomapQuality, string> = {
  supportive: 'unterstützend',
  neutral: 'neutral',
  stressful: 'belastend',
};
/** 1: very close (inner ring) … 3: distant (outer ring). */
export const ZEcomapCloseness = z.number().int('Nähe 1 bis 3').min(1, 'Nähe 1 bis 3').max(3, 'Nähe 1 bis 3');
export const ecomapClosenessLabels: Record<1 | 2 | 3, string> = { 1: 'sehr nah', 2: 'nah', 3: 'fern' };

export const ZEcomapNodeInputSchema = z.object({
  id: ZId,
  label: ZShortText,
  kind: ZEcomapKind,
  closeness: ZEcomapCloseness,
  quality: ZEcomapQuality,
  note: z.string().trim().max(perspectiveLimits.comment, 'Notiz zu lang').default(''),
});
export type TEcomapNodeInput = z.input<typeof ZEcomapNodeInputSchema>;
export type TEcomapNode = z.infer<typeof ZEcomapNodeInputSchema>;

/** The whole ecomap as the form saves it: it replaces the previous one. */
export const ZEcomapInputSchema = z
  .object({ nodes: z.array(ZEcomapNodeInputSchema).max(perspectiveLimits.ecomapNodes, 'Zu viele Einträge') })
  .superRefine((map, ctx) => {
    if (new Set(map.nodes.map((n) => n.id)).size !== map.nodes.length)
      ctx.addIssue({ code: 'custom', path: ['nodes'], message: 'Jeder Eintrag braucht eine eigene ID' });
  });
export type TEcomapInput = z.input<typeof ZEcomapInputSchema>;

export const ZEcomapSchema = z.object({
  caseId: ZId,
  nodes: z.array(ZEcomapNodeInputSchema),
  updatedBy: ZUserRefSchema.nullable(),
  updatedAt: z.string().nullable(),
  allowedActions: z.array(ZPerspectivesAction),
});
export type TEcomap = z.infer<typeof ZEcomapSchema>;

export const perspectivesAuditActions = [
  'perspectives.read', // a case's rating rounds were shown
  'perspectives.create_round', // a new rating round
  'perspectives.rate', // one perspective's ratings in a round entered or replaced
  'perspectives.ecomap_read',
  'perspectives.ecomap_update',
] as const;
