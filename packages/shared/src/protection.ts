// Child-protection contract (Kinderschutzverfahren nach § 8a SGB VIII): a case's procedures from the
// report (Meldung) through the checklist of legally required steps, the participants, the assessments
// with a factor catalogue, the result with its second sign-off, to the items of the official § 8a survey.
import { z } from 'zod';
import { ZId, ZIsoDate, ZShortText, ZUserRefSchema } from './common.js';
import { ZGender, type ZHelpType } from './enums.js';

/** Input limits of the procedure's free text (all of it is sealed at rest). */
export const protectionLimits = {
  reportText: 20_000,
  text: 10_000,
  note: 2_000,
  participants: 20,
  tasks: 50,
  ratings: 500,
  catalogueBytes: 512 * 1024,
} as const;

const ZText = z.string().trim().max(protectionLimits.text, 'Zu lang');
const ZNote = z.string().trim().max(protectionLimits.note, 'Zu lang');
/** A point in time with its offset, e.g. `2026-12-07T09:30:00+01:00`. */
const ZDateTime = z.iso.datetime({
  offset: true,
  message: 'Zeitpunkt im Format JJJJ-MM-TTThh:mm mit Zeitzone erwartet',
});

/* ---------- official lists (§ 8a survey, Teil I 8 of the KJH-Statistik) ---------- */

/** Who gave the hint (several possible); keys as in data/protection/catalogue-default.json `hintSources`. */
export const hintSources = [
  'police_court_prosecutor',
  'school',
  'day_care',
  'neighbours_acquaintances',
  'relatives',
  'child_self',
  'parents',
  'health_sector',
  'social_services',
  'anonymous',
  'other',
] as const;
export const ZHintSource = z.enum(hintSources);
export type THintSource = z.infer<typeof ZHintSource>;
export const hintSourceLabels: Record<THintSource, string> = {
  police_court_prosecutor: 'Polizei, Gericht, Staatsanwaltschaft',
  school: 'Schule',
  day_care: 'Kindertageseinrichtung, Kindertagespflege',
  neighbours_acquaintances: 'Bekannte, Nachbarn',
  relatives: 'Verwandte',
  child_self: 'Kind oder Jugendliche(r) selbst',
  parents: 'Eltern, Elternteil, Personensorgeberechtigte',
  health_sector: 'Gesundheitswesen (z. B. Arztpraxis, Klinik, Hebamme, Gesundheitsamt)',
  social_services: 'Soziale Dienste, Jugendamt',
  anonymous: 'anonym',
  other: 'Sonstige',
};

/** The four official result categories. (The catalogue file calls the last one `none`.) */
export const protectionResults = ['acute', 'latent', 'help_needed', 'no_need'] as const;
export const ZProtectionResult = z.enum(protectionResults);
export type TProtectionResult = z.infer<typeof ZProtectionResult>;
export const protectionResultLabels: Record<TProtectionResult, string> = {
  acute: 'Akute Kindeswohlgefährdung',
  latent: 'Latente Kindeswohlgefährdung',
  help_needed: 'Keine Kindeswohlgefährdung, aber Hilfebedarf',
  no_need: 'Keine Kindeswohlgefährdung und kein (weiterer) Hilfebedarf',
};
/** Results for which the survey records the type(s) of endangerment (and only those). */
export const resultsWithEndangermentTypes: readonly TProtectionResult[] = ['acute', 'latent'];

/** The official types of endangerment; several may apply; only for an acute or latent result. */
export const endangermentTypes = [
  'neglect',
  'physical_abuse',
  'psychological_abuse',
  'sexual_violence',
] as const;
export const ZEndangermentType = z.enum(endangermentTypes);
export type TEndangermentType = z.infer<typeof ZEndangermentType>;
export const endangermentTypeLabels: Record<TEndangermentType, string> = {
  neglect: 'Vernachlässigung',
  physical_abuse: 'Körperliche Misshandlung',
  psychological_abuse: 'Psychische Misshandlung',
  sexual_violence: 'Sexuelle Gewalt',
};

/* ---------- report (Meldung) ---------- */

/** How soon the first contact with the child and family must happen. */
export const ZProtectionUrgency = z.enum(['immediate', 'within_24h', 'within_days']);
export type TProtectionUrgency = z.infer<typeof ZProtectionUrgency>;
export const protectionUrgencyLabels: Record<TProtectionUrgency, string> = {
  immediate: 'Sofort (noch heute)',
  within_24h: 'Innerhalb von 24 Stunden',
  within_days: 'Innerhalb weniger Tage',
};
/** Default deadline for the first contact, in hours after the report was received (per urgency). */
export const firstContactOffsetHours: Record<TProtectionUrgency, number> = {
  immediate: 2,
  within_24h: 24,
  within_days: 72,
};

/** A report passed on by a provider's staff after their own assessment (§ 8a Abs. 4 SGB VIII). */
export const ZProviderReportSchema = z.object({
  /** Name of the provider (freier Träger) or facility. */
  providerName: ZShortText,
  /** Whether the provider consulted a child-protection expert (insoweit erfahrene Fachkraft) before. */
  expertConsultedByProvider: z.boolean().nullable().default(null),
});
export type TProviderReport = z.infer<typeof ZProviderReportSchema>;

/** POST /api/cases/:id/protection-procedures: records a report and opens the procedure. */
export const ZProtectionReportInputSchema = z.object({
  hintSources: z
    .array(ZHintSource)
    .min(1, 'Mindestens eine Quelle des Hinweises angeben')
    .max(hintSources.length)
    .refine((s) => new Set(s).size === s.length, 'Jede Quelle nur einmal angeben'),
  /** What was reported, in the reporter's words as far as possible. Sealed at rest. */
  content: z
    .string()
    .trim()
    .min(1, 'Bitte den Inhalt der Meldung erfassen')
    .max(protectionLimits.reportText, 'Zu lang'),
  /** When the report was received; not in the future. */
  receivedAt: ZDateTime,
  urgency: ZProtectionUrgency,
  /** The child of the case the procedure is about (a case person with role child); the survey needs it. */
  childPersonId: ZId.nullable().default(null),
  /** Set when a provider reported under § 8a Abs. 4. */
  providerReport: ZProviderReportSchema.nullable().default(null),
});
export type TProtectionReportInput = z.input<typeof ZProtectionReportInputSchema>;

export const ZProtectionReportSchema = z.object({
  hintSources: z.array(ZHintSource),
  content: z.string(),
  receivedAt: z.string(),
  receivedBy: ZUserRefSchema,
  urgency: ZProtectionUrgency,
  /** receivedAt + firstContactOffsetHours[urgency]. */
  firstContactDueAt: z.string(),
  childPersonId: ZId.nullable(),
  providerReport: ZProviderReportSchema.nullable(),
});
export type TProtectionReport = z.infer<typeof ZProtectionReportSchema>;

/* ---------- checklist of legally required steps ---------- */

export const checklistSteps = [
  'joint_assessment',
  'family_involved',
  'child_seen',
  'expert_consulted',
] as const;
export const ZChecklistStep = z.enum(checklistSteps);
export type TChecklistStep = z.infer<typeof ZChecklistStep>;
export const checklistStepLabels: Record<TChecklistStep, string> = {
  joint_assessment: 'Gefährdungsrisiko im Zusammenwirken mehrerer Fachkräfte eingeschätzt (§ 8a Abs. 1 S. 1)',
  family_involved: 'Erziehungsberechtigte und Kind einbezogen (§ 8a Abs. 1 S. 2)',
  child_seen: 'Unmittelbarer Eindruck vom Kind und seiner persönlichen Umgebung (§ 8a Abs. 1 S. 2)',
  expert_consulted: 'Insoweit erfahrene Fachkraft hinzugezogen (§ 8a Abs. 4, nach Meldung eines Trägers)',
};
/**
 * `open`: not done yet; `done`: done on a date by a person; `skipped`: deliberately not done, with a
 * reason (e.g. involving the family would endanger the child); `not_applicable`: the step does not
 * apply (only `expert_consulted` when no provider reported).
 */
export const ZChecklistState = z.enum(['open', 'done', 'skipped', 'not_applicable']);
export type TChecklistState = z.infer<typeof ZChecklistState>;
export const checklistStateLabels: Record<TChecklistState, string> = {
  open: 'offen',
  done: 'erledigt',
  skipped: 'bewusst nicht erfolgt',
  not_applicable: 'entfällt',
};
/** Steps that may be skipped with a reason; the joint assessment of several professionals never may. */
export const skippableChecklistSteps: readonly TChecklistStep[] = [
  'family_involved',
  'child_seen',
  'expert_consulted',
];

export const ZChecklistItemInputSchema = z.object({
  state: ZChecklistState,
  /** When it was done (state `done`); not before the report, not in the future. */
  doneOn: ZIsoDate.nullable().default(null),
  /** Who did it (staff of the office); defaults to the caller for `done`. */
  doneBy: ZId.nullable().default(null),
  /** Required for `skipped`. Sealed at rest. */
  reason: ZNote.nullable().default(null),
});
/** PUT /api/protection-procedures/:id/checklist: the whole checklist and the time of the first contact. */
export const ZChecklistInputSchema = z.object({
  steps: z.object({
    joint_assessment: ZChecklistItemInputSchema,
    family_involved: ZChecklistItemInputSchema,
    child_seen: ZChecklistItemInputSchema,
    expert_consulted: ZChecklistItemInputSchema,
  }),
  /** When the first contact with the child or family happened (compared with firstContactDueAt). */
  firstContactAt: ZDateTime.nullable().default(null),
});
export type TChecklistInput = z.input<typeof ZChecklistInputSchema>;

export const ZChecklistItemSchema = z.object({
  step: ZChecklistStep,
  state: ZChecklistState,
  doneOn: z.string().nullable(),
  doneBy: ZUserRefSchema.nullable(),
  reason: z.string().nullable(),
  /** Who last changed this step, and when. */
  recordedBy: ZUserRefSchema.nullable(),
  recordedAt: z.string().nullable(),
});
export type TChecklistItem = z.infer<typeof ZChecklistItemSchema>;

/* ---------- participants ---------- */

/** PUT /api/protection-procedures/:id/participants: staff who assess together (at least two). */
export const ZParticipantsInputSchema = z.object({
  userIds: z
    .array(ZId)
    .min(2, 'Mindestens zwei Fachkräfte müssen an der Gefährdungseinschätzung beteiligt sein.')
    .max(protectionLimits.participants)
    .refine((ids) => new Set(ids).size === ids.length, 'Jede Fachkraft nur einmal angeben'),
});
export type TParticipantsInput = z.infer<typeof ZParticipantsInputSchema>;

/* ---------- catalogue (factor sheet) ---------- */

const ZCatalogueKey = z
  .string()
  .regex(/^[a-z][a-z_]*$/, 'Schlüssel aus Kleinbuchstaben und Unterstrichen, z. B. basic_care')
  .max(80);
const ZLabel = z.string().trim().min(1, 'Darf nicht leer sein').max(300, 'Zu lang');
const ZLongLabel = z.string().trim().min(1, 'Darf nicht leer sein').max(4000, 'Zu lang');
export const ZFactorKind = z.enum(['risk', 'protective']);
export type TFactorKind = z.infer<typeof ZFactorKind>;
export const factorKindLabels: Record<TFactorKind, string> = {
  risk: 'Risikofaktor',
  protective: 'Schutzfaktor',
};

export const ZCatalogueFactorSchema = z.strictObject({
  key: ZCatalogueKey,
  kind: ZFactorKind,
  label: ZLabel,
  anchors: z.strictObject({ '0': ZLongLabel, '1': ZLongLabel, '2': ZLongLabel, '3': ZLongLabel }),
});
export const ZCatalogueDomainSchema = z.strictObject({
  key: ZCatalogueKey,
  label: ZLabel,
  description: ZLongLabel,
  ageNote: ZLongLabel.optional(),
  officialTypes: z.array(ZEndangermentType).default([]),
  officialNote: ZLongLabel.optional(),
  factors: z.array(ZCatalogueFactorSchema).min(1, 'Jeder Bereich braucht mindestens einen Faktor').max(100),
});
const ZScalePoint = z.strictObject({
  value: z.number().int().min(0).max(3),
  label: ZLabel,
  description: ZLongLabel,
});

/**
 * A factor catalogue in the format of data/protection/README.md. Required: id, version, language,
 * title, scale, domains; the official lists may be left out of an imported file.
 */
export const ZProtectionCatalogueSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_-]*$/, 'id aus Kleinbuchstaben, Ziffern, „-“ und „_“, z. B. amt-katalog')
      .max(80),
    version: z.string().trim().min(1, 'version fehlt').max(40),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'Sprache als Kürzel, z. B. de'),
    title: ZLabel,
    legalBasis: ZLongLabel.optional(),
    licence: z.string().max(100).optional(),
    writtenOn: ZIsoDate.optional(),
    reviewedByPractitioners: z.boolean().optional(),
    guidance: z.array(ZLongLabel).max(30).optional(),
    scale: z.array(ZScalePoint).length(4, 'Die Skala hat genau vier Stufen (0 bis 3)'),
    endangermentTypes: z.array(z.strictObject({ key: ZEndangermentType, label: ZLabel })).optional(),
    resultCategories: z
      .array(
        z.strictObject({
          key: z.enum(['acute', 'latent', 'help_needed', 'none']),
          label: ZLabel,
          definition: ZLongLabel,
          recordsEndangermentType: z.boolean(),
        }),
      )
      .optional(),
    hintSources: z.array(z.strictObject({ key: ZHintSource, label: ZLabel })).optional(),
    domains: z.array(ZCatalogueDomainSchema).min(1, 'Mindestens ein Bereich').max(50),
  })
  .superRefine((c, ctx) => {
    const values = c.scale.map((s) => s.value).sort();
    if (values.join() !== '0,1,2,3')
      ctx.addIssue({ code: 'custom', path: ['scale'], message: 'Die Skala braucht die Werte 0, 1, 2 und 3' });
    const domainKeys = c.domains.map((d) => d.key);
    if (new Set(domainKeys).size !== domainKeys.length)
      ctx.addIssue({
        code: 'custom',
        path: ['domains'],
        message: 'Bereichs-Schlüssel müssen eindeutig sein',
      });
    const seen = new Set<string>();
    c.domains.forEach((d, i) => {
      d.factors.forEach((f, j) => {
        if (seen.has(f.key))
          ctx.addIssue({
            code: 'custom',
            path: ['domains', i, 'factors', j, 'key'],
            message: `Faktor-Schlüssel „${f.key}“ kommt mehrfach vor; er muss im ganzen Katalog eindeutig sein`,
          });
        seen.add(f.key);
      });
    });
  });
export type TProtectionCatalogue = z.infer<typeof ZProtectionCatalogueSchema>;

export const ZCatalogueSource = z.enum(['default', 'imported']);
/** One line per catalogue (and version) an office can assess with. */
export const ZProtectionCatalogueSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  language: z.string(),
  source: ZCatalogueSource,
  domainCount: z.number().int(),
  riskFactorCount: z.number().int(),
  protectiveFactorCount: z.number().int(),
  importedBy: ZUserRefSchema.nullable(),
  importedAt: z.string().nullable(),
});
export type TProtectionCatalogueSummary = z.infer<typeof ZProtectionCatalogueSummarySchema>;
/** GET /api/protection-catalogues. `mayImport`: whether the caller may import a catalogue. */
export const ZProtectionCatalogueListSchema = z.object({
  catalogues: z.array(ZProtectionCatalogueSummarySchema),
  mayImport: z.boolean(),
});
/** GET /api/protection-catalogues/:id(?version=) and the answer of an import. */
export const ZProtectionCatalogueEntrySchema = z.object({
  summary: ZProtectionCatalogueSummarySchema,
  catalogue: ZProtectionCatalogueSchema,
});
export type TProtectionCatalogueEntry = z.infer<typeof ZProtectionCatalogueEntrySchema>;

/* ---------- assessment ---------- */

export const ZFactorRatingSchema = z.object({
  factorKey: ZCatalogueKey,
  /** 0 = not present … 3 = strongly present (for a protective factor 3 is reassuring). */
  rating: z.number().int('Bewertung 0 bis 3').min(0, 'Bewertung 0 bis 3').max(3, 'Bewertung 0 bis 3'),
  note: ZNote.nullable().default(null),
});
export type TFactorRating = z.infer<typeof ZFactorRatingSchema>;

/** POST /api/protection-procedures/:id/assessments: one assessment (a new one each time: history). */
export const ZAssessmentInputSchema = z.object({
  catalogueId: z.string().min(1).max(80),
  catalogueVersion: z.string().min(1).max(40),
  /** The day the professionals assessed together; not before the report, not in the future. */
  assessedOn: ZIsoDate,
  /** Unrated factors are left out (no information, or not applicable). */
  ratings: z
    .array(ZFactorRatingSchema)
    .max(protectionLimits.ratings)
    .refine(
      (r) => new Set(r.map((x) => x.factorKey)).size === r.length,
      'Jeder Faktor darf nur einmal bewertet werden',
    ),
  /** The professionals' summary of the assessment. Sealed at rest. */
  summary: ZText.default(''),
});
export type TAssessmentInput = z.input<typeof ZAssessmentInputSchema>;

/** How many factors of a kind were rated, and how many at each point 0–3 (descriptive, no verdict). */
export const ZRatingCountsSchema = z.object({
  rated: z.number().int(),
  /** Index = scale value: [count of 0, count of 1, count of 2, count of 3]. */
  byValue: z.array(z.number().int()).length(4),
});
export const ZAssessmentSchema = z.object({
  id: ZId,
  catalogueId: z.string(),
  catalogueVersion: z.string(),
  assessedOn: z.string(),
  ratings: z.array(ZFactorRatingSchema),
  summary: z.string(),
  risk: ZRatingCountsSchema,
  protective: ZRatingCountsSchema,
  createdBy: ZUserRefSchema,
  createdAt: z.string(),
});
export type TAssessment = z.infer<typeof ZAssessmentSchema>;

/* ---------- result, protection plan, sign-off ---------- */

export const ZPlanTaskOwnerKind = z.enum(['staff', 'family', 'provider', 'other']);
export type TPlanTaskOwnerKind = z.infer<typeof ZPlanTaskOwnerKind>;
export const planTaskOwnerKindLabels: Record<TPlanTaskOwnerKind, string> = {
  staff: 'Fachkraft',
  family: 'Familie',
  provider: 'Träger',
  other: 'Andere',
};
/** One task of the protection plan (Schutzplan). */
export const ZProtectionTaskSchema = z.object({
  id: ZId,
  text: ZShortText,
  owner: z.object({
    kind: ZPlanTaskOwnerKind,
    /** For kind `staff`: the staff member (of the office). */
    userId: ZId.nullable().default(null),
    name: ZShortText,
  }),
  /** Not before the report; an open task not in the past. */
  dueOn: ZIsoDate,
  done: z.boolean().default(false),
});
export type TProtectionTask = z.infer<typeof ZProtectionTaskSchema>;

/** § 8a Abs. 2: the family court called. */
export const ZFamilyCourtSchema = z.object({
  notified: z.boolean(),
  notifiedOn: ZIsoDate.nullable().default(null),
  court: ZShortText.nullable().default(null),
  reference: ZShortText.nullable().default(null),
});
/** § 42: the child taken into emergency custody (Inobhutnahme). */
export const ZEmergencyCustodySchema = z.object({
  taken: z.boolean(),
  takenOn: ZIsoDate.nullable().default(null),
  note: ZNote.nullable().default(null),
});

/** PUT /api/protection-procedures/:id/result: the proposal (Vorschlag) that another person signs off. */
export const ZProtectionResultInputSchema = z
  .object({
    result: ZProtectionResult,
    /** Required (at least one) for acute/latent, forbidden otherwise. */
    endangermentTypes: z.array(ZEndangermentType).max(4).default([]),
    /** The decision and its reasons. Sealed at rest. */
    decision: z
      .string()
      .trim()
      .min(1, 'Bitte die Entscheidung begründen')
      .max(protectionLimits.text, 'Zu lang'),
    protectionPlan: z.array(ZProtectionTaskSchema).max(protectionLimits.tasks).default([]),
    /** Wiedervorlage: after the report, not in the past. */
    followUpOn: ZIsoDate.nullable().default(null),
    familyCourt: ZFamilyCourtSchema.default({
      notified: false,
      notifiedOn: null,
      court: null,
      reference: null,
    }),
    emergencyCustody: ZEmergencyCustodySchema.default({ taken: false, takenOn: null, note: null }),
  })
  .superRefine((r, ctx) => {
    const withTypes = resultsWithEndangermentTypes.includes(r.result);
    if (withTypes && r.endangermentTypes.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['endangermentTypes'],
        message: 'Bei akuter oder latenter Gefährdung mindestens eine Art der Gefährdung angeben',
      });
    if (!withTypes && r.endangermentTypes.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['endangermentTypes'],
        message: 'Arten der Gefährdung werden nur bei akuter oder latenter Gefährdung erfasst',
      });
    if (new Set(r.endangermentTypes).size !== r.endangermentTypes.length)
      ctx.addIssue({ code: 'custom', path: ['endangermentTypes'], message: 'Jede Art nur einmal angeben' });
    if (r.familyCourt.notified && !r.familyCourt.notifiedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['familyCourt', 'notifiedOn'],
        message: 'Datum der Anrufung des Familiengerichts angeben',
      });
    if (r.emergencyCustody.taken && !r.emergencyCustody.takenOn)
      ctx.addIssue({
        code: 'custom',
        path: ['emergencyCustody', 'takenOn'],
        message: 'Datum der Inobhutnahme angeben',
      });
    const ids = r.protectionPlan.map((t) => t.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['protectionPlan'], message: 'Aufgaben brauchen eigene IDs' });
    r.protectionPlan.forEach((t, i) => {
      if (t.owner.kind !== 'staff' && t.owner.userId)
        ctx.addIssue({
          code: 'custom',
          path: ['protectionPlan', i, 'owner', 'userId'],
          message: 'Nur eine Fachkraft wird als Person des Jugendamts verknüpft',
        });
    });
  });
export type TProtectionResultInput = z.input<typeof ZProtectionResultInputSchema>;

export const ZProtectionOutcomeSchema = z.object({
  result: ZProtectionResult,
  endangermentTypes: z.array(ZEndangermentType),
  decision: z.string(),
  protectionPlan: z.array(ZProtectionTaskSchema),
  followUpOn: z.string().nullable(),
  familyCourt: ZFamilyCourtSchema,
  emergencyCustody: ZEmergencyCustodySchema,
  proposedBy: ZUserRefSchema,
  proposedAt: z.string(),
  /** The second person's sign-off (Freigabe); set once, then the procedure is closed. */
  signedOffBy: ZUserRefSchema.nullable(),
  signedOffAt: z.string().nullable(),
});
export type TProtectionOutcome = z.infer<typeof ZProtectionOutcomeSchema>;

/* ---------- official survey items (§ 99 Abs. 6 SGB VIII) ---------- */

export const ZAgencyType = z.enum(['youth_office', 'provider', 'other']);
export const agencyTypeLabels: Record<z.infer<typeof ZAgencyType>, string> = {
  youth_office: 'Jugendamt (Sozialer Dienst)',
  provider: 'Einrichtung oder Dienst eines Trägers',
  other: 'Andere Stelle',
};
export const ZEndangeringPerson = z.enum([
  'mother',
  'father',
  'parent_partner',
  'other_relative',
  'other_person',
  'institution',
  'unknown',
]);
export const endangeringPersonLabels: Record<z.infer<typeof ZEndangeringPerson>, string> = {
  mother: 'Mutter',
  father: 'Vater',
  parent_partner: 'Partner*in eines Elternteils',
  other_relative: 'Andere Verwandte',
  other_person: 'Andere Person',
  institution: 'Person in einer Einrichtung',
  unknown: 'Unbekannt',
};
export const ZResidence = z.enum([
  'parents',
  'relatives',
  'non_related_family',
  'own_flat',
  'foster_family',
  'residential',
  'psychiatry',
  'other',
  'no_fixed_abode',
  'unknown',
]);
export const residenceLabels: Record<z.infer<typeof ZResidence>, string> = {
  parents: 'Bei den Eltern / einem Elternteil',
  relatives: 'Bei Verwandten',
  non_related_family: 'Bei einer nicht verwandten Familie',
  own_flat: 'In eigener Wohnung',
  foster_family: 'In einer Pflegefamilie',
  residential: 'In einem Heim / betreuten Wohnen',
  psychiatry: 'In der Psychiatrie',
  other: 'Anderswo',
  no_fixed_abode: 'Ohne festen Aufenthalt',
  unknown: 'Unbekannt',
};
export const ZParentsAgeGroup = z.enum(['under_18', 'from_18_to_26', 'from_27', 'unknown']);
export const parentsAgeGroupLabels: Record<z.infer<typeof ZParentsAgeGroup>, string> = {
  under_18: 'unter 18 Jahre',
  from_18_to_26: '18 bis unter 27 Jahre',
  from_27: '27 Jahre und älter',
  unknown: 'Unbekannt',
};
export const ZYesNoUnknown = z.enum(['yes', 'no', 'unknown']);
export const yesNoUnknownLabels: Record<z.infer<typeof ZYesNoUnknown>, string> = {
  yes: 'Ja',
  no: 'Nein',
  unknown: 'Unbekannt',
};
export const ZLivingSituation = z.enum([
  'both_parents',
  'single_parent',
  'parent_with_partner',
  'elsewhere',
  'unknown',
]);
export const livingSituationLabels: Record<z.infer<typeof ZLivingSituation>, string> = {
  both_parents: 'Bei beiden Eltern',
  single_parent: 'Bei einem alleinerziehenden Elternteil',
  parent_with_partner: 'Bei einem Elternteil mit neuer Partnerin / neuem Partner',
  elsewhere: 'Anderswo (Heim, Verwandte, Pflegefamilie …)',
  unknown: 'Unbekannt',
};
/** Services the survey asks about: §§ 16–19 and 27–35a. */
export const surveyServiceTypes = [
  'p16_family_education',
  'p17_separation_counselling',
  'p18_custody_counselling',
  'p19_parent_child_home',
  'p27_flexible',
  'p28_educational_counselling',
  'p29_social_group_work',
  'p30_educational_assistant',
  'p31_spfh',
  'p32_day_group',
  'p33_foster_care',
  'p34_residential_care',
  'p35_intensive_individual',
  'p35a_integration_help',
] as const satisfies readonly z.infer<typeof ZHelpType>[];
export const ZSurveyServiceType = z.enum(surveyServiceTypes);

/**
 * PUT /api/protection-procedures/:id/survey: the survey items the procedure itself does not hold.
 * `null` = not asked yet (listed as missing); `unknown` = asked, not known.
 */
export const ZSurveyInputSchema = z.object({
  /** The child the procedure is about, where the report did not name one (a child person of the case). */
  childPersonId: ZId.nullable().default(null),
  agencyType: ZAgencyType.nullable().default(null),
  endangeringPersons: z
    .array(ZEndangeringPerson)
    .max(7)
    .refine((p) => new Set(p).size === p.length, 'Jede Angabe nur einmal')
    .nullable()
    .default(null),
  residence: ZResidence.nullable().default(null),
  parentsAgeGroup: ZParentsAgeGroup.nullable().default(null),
  parentForeignOrigin: ZYesNoUnknown.nullable().default(null),
  germanSpokenAtHome: ZYesNoUnknown.nullable().default(null),
  livingSituation: ZLivingSituation.nullable().default(null),
  /** Services in use when the report came in; [] = none. */
  servicesInUse: z
    .array(ZSurveyServiceType)
    .max(surveyServiceTypes.length)
    .refine((s) => new Set(s).size === s.length, 'Jede Hilfe nur einmal')
    .nullable()
    .default(null),
  /** A help newly agreed as a result of the procedure. */
  newHelpAgreed: z.boolean().nullable().default(null),
});
export type TSurveyInput = z.input<typeof ZSurveyInputSchema>;
export type TSurveyAnswers = z.infer<typeof ZSurveyInputSchema>;

export const surveyItems = [
  'hintSources',
  'agencyType',
  'endangeringPersons',
  'repeatReportThisYear',
  'childSex',
  'childBirthMonth',
  'residence',
  'parentsAgeGroup',
  'parentForeignOrigin',
  'germanSpokenAtHome',
  'livingSituation',
  'servicesInUse',
  'emergencyCustody',
  'result',
  'endangermentTypes',
  'newHelpAgreed',
  'familyCourtCalled',
] as const;
export const ZSurveyItem = z.enum(surveyItems);
export type TSurveyItem = z.infer<typeof ZSurveyItem>;
export const surveyItemLabels: Record<TSurveyItem, string> = {
  hintSources: 'Wer hat den Hinweis gegeben',
  agencyType: 'Art der Stelle, der die Gefährdung bekannt wurde',
  endangeringPersons: 'Von wem geht die Gefährdung aus',
  repeatReportThisYear: 'Erneute Meldung zum selben Kind in diesem Jahr',
  childSex: 'Geschlecht des Kindes',
  childBirthMonth: 'Geburtsmonat und -jahr des Kindes',
  residence: 'Aufenthaltsort des Kindes bei der Meldung',
  parentsAgeGroup: 'Alter der Eltern',
  parentForeignOrigin: 'Ausländische Herkunft mindestens eines Elternteils',
  germanSpokenAtHome: 'In der Familie wird vorrangig Deutsch gesprochen',
  livingSituation: 'Lebenssituation des Kindes',
  servicesInUse: 'Laufende Hilfen zum Zeitpunkt der Meldung',
  emergencyCustody: 'Inobhutnahme (§ 42)',
  result: 'Ergebnis der Gefährdungseinschätzung',
  endangermentTypes: 'Art der Kindeswohlgefährdung',
  newHelpAgreed: 'Neu vereinbarte Hilfe',
  familyCourtCalled: 'Anrufung des Familiengerichts',
};

/** GET /api/protection-procedures/:id/survey: the complete record and what is still missing. */
export const ZSurveyRecordSchema = z.object({
  procedureId: ZId,
  /** The survey's reference year: the year the assessment was completed (or the report, while open). */
  year: z.number().int(),
  items: z.object({
    hintSources: z.array(ZHintSource),
    agencyType: ZAgencyType.nullable(),
    endangeringPersons: z.array(ZEndangeringPerson).nullable(),
    repeatReportThisYear: z.boolean(),
    /** From the case person (childPersonId). */
    childPersonId: ZId.nullable(),
    childSex: ZGender.nullable(),
    /** `YYYY-MM` from the child's birth date. */
    childBirthMonth: z.string().nullable(),
    residence: ZResidence.nullable(),
    parentsAgeGroup: ZParentsAgeGroup.nullable(),
    parentForeignOrigin: ZYesNoUnknown.nullable(),
    germanSpokenAtHome: ZYesNoUnknown.nullable(),
    livingSituation: ZLivingSituation.nullable(),
    servicesInUse: z.array(ZSurveyServiceType).nullable(),
    emergencyCustody: z.boolean().nullable(),
    result: ZProtectionResult.nullable(),
    endangermentTypes: z.array(ZEndangermentType).nullable(),
    newHelpAgreed: z.boolean().nullable(),
    familyCourtCalled: z.boolean().nullable(),
  }),
  /** Items not known yet, with where to fill them in (`survey`: PUT …/survey; others: the procedure). */
  missing: z.array(
    z.object({
      item: ZSurveyItem,
      label: z.string(),
      from: z.enum(['survey', 'report', 'result', 'case_person']),
    }),
  ),
  complete: z.boolean(),
});
export type TSurveyRecord = z.infer<typeof ZSurveyRecordSchema>;

/* ---------- procedure ---------- */

export const protectionStatuses = ['open', 'awaiting_sign_off', 'closed'] as const;
export const ZProtectionStatus = z.enum(protectionStatuses);
export type TProtectionStatus = z.infer<typeof ZProtectionStatus>;
export const protectionStatusLabels: Record<TProtectionStatus, string> = {
  open: 'In Bearbeitung',
  awaiting_sign_off: 'Wartet auf zweite Freigabe',
  closed: 'Abgeschlossen',
};

/** What the caller may do with a procedure (the UI asks this, never roles). */
export const ZProtectionAction = z.enum([
  'read',
  'edit', // checklist, participants, assessments, survey
  'propose_result',
  'sign_off',
  'edit_survey', // the survey answers; also after closing (statistics, not the decision)
]);
export type TProtectionAction = z.infer<typeof ZProtectionAction>;

export const ZProtectionProcedureSchema = z.object({
  id: ZId,
  caseId: ZId,
  status: ZProtectionStatus,
  report: ZProtectionReportSchema,
  firstContactAt: z.string().nullable(),
  /** The first contact is late: not made by the deadline (or still missing after it). */
  firstContactOverdue: z.boolean(),
  checklist: z.array(ZChecklistItemSchema),
  participants: z.array(ZUserRefSchema),
  /** Oldest first: risk and protective factors over time. */
  assessments: z.array(ZAssessmentSchema),
  outcome: ZProtectionOutcomeSchema.nullable(),
  survey: ZSurveyInputSchema,
  /** German sentences: what must still happen before a result can be proposed (empty: ready). */
  missingForResult: z.array(z.string()),
  allowedActions: z.array(ZProtectionAction),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type TProtectionProcedure = z.infer<typeof ZProtectionProcedureSchema>;

/** One line per procedure for the case page. */
export const ZProtectionProcedureSummarySchema = z.object({
  id: ZId,
  caseId: ZId,
  status: ZProtectionStatus,
  urgency: ZProtectionUrgency,
  hintSources: z.array(ZHintSource),
  receivedAt: z.string(),
  firstContactDueAt: z.string(),
  firstContactAt: z.string().nullable(),
  firstContactOverdue: z.boolean(),
  result: ZProtectionResult.nullable(),
  followUpOn: z.string().nullable(),
  assessmentCount: z.number().int(),
  allowedActions: z.array(ZProtectionAction),
});
export type TProtectionProcedureSummary = z.infer<typeof ZProtectionProcedureSummarySchema>;

export const protectionAuditActions = [
  'protection.list',
  'protection.read',
  'protection.report', // a report received: the procedure opened
  'protection.checklist', // the checklist (and first contact) changed
  'protection.participants', // the participating staff changed
  'protection.assess', // a new assessment with the catalogue
  'protection.propose', // a result proposed (or the proposal changed)
  'protection.sign_off', // the second person signed off: closed
  'protection.survey_read',
  'protection.survey_update',
  'protection.catalogue_list',
  'protection.catalogue_read',
  'protection.catalogue_import',
] as const;
