// Cooperation between offices (issue "Kooperation zwischen Ämtern"): the shared space of templates,
// articles and § 8a catalogues offices publish for each other on one installation, the regional
// directory of experts and services, and signed template packages between installations.
import { z } from 'zod';
import { ZId } from './common.js';
import { ZArticleKind, ZKnowledgeTag } from './knowledge.js';
import { ZOfferLanguage } from './providers.js';

/** What an office can publish: an article or template of its knowledge base, or an imported § 8a catalogue. */
export const ZCooperationKind = z.enum([
  'article',
  'letter',
  'checklist',
  'goal_catalogue',
  'protection_catalogue',
]);
export type TCooperationKind = z.infer<typeof ZCooperationKind>;
export const cooperationKindLabels: Record<TCooperationKind, string> = {
  article: 'Fachartikel (gute Praxis)',
  letter: 'Briefvorlage',
  checklist: 'Checkliste',
  goal_catalogue: 'Zielkatalog für Hilfepläne',
  protection_catalogue: 'Einschätzungskatalog (§ 8a)',
};

export const ZPublicationAction = z.enum(['import', 'withdraw']);
export type TPublicationAction = z.infer<typeof ZPublicationAction>;

const ZTitle = z
  .string()
  .trim()
  .min(3, 'Der Titel hat mindestens 3 Zeichen.')
  .max(160, 'Der Titel ist zu lang (höchstens 160 Zeichen).');
const ZSummary = z.string().trim().max(500, 'Die Kurzbeschreibung ist zu lang (höchstens 500 Zeichen).');

/** An article or template as it travels between offices: no owner, no history, no review day. */
export const ZSharedArticleSchema = z.object({
  title: ZTitle,
  kind: ZArticleKind,
  body: z
    .string()
    .trim()
    .min(1, 'Der Text fehlt.')
    .max(100_000, 'Der Text ist zu lang (höchstens 100 000 Zeichen).'),
  tags: z.array(ZKnowledgeTag).max(12, 'Höchstens 12 Schlagwörter.'),
});
export type TSharedArticle = z.infer<typeof ZSharedArticleSchema>;

/** A publication in the shared space, as lists show it. */
export const ZPublicationSummarySchema = z.object({
  id: ZId,
  kind: ZCooperationKind,
  title: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
  /** The publishing office. */
  office: z.string(),
  /** Published by the caller's own office. */
  own: z.boolean(),
  publishedBy: z.string(),
  publishedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  /** How many offices took a copy. */
  importCount: z.number().int(),
  /** When the caller's office took a copy (null: not yet). */
  importedAt: z.string().nullable(),
  /** SHA-256 of the published content (hex), to tell versions apart. */
  contentHash: z.string(),
  allowedActions: z.array(ZPublicationAction),
});
export type TPublicationSummary = z.infer<typeof ZPublicationSummarySchema>;

/** One publication with its content, for a look before taking a copy. */
export const ZPublicationSchema = ZPublicationSummarySchema.extend({
  /** Articles and templates (kind article, letter, checklist, goal_catalogue), as stored. */
  article: z
    .object({ title: z.string(), kind: ZArticleKind, body: z.string(), tags: z.array(z.string()) })
    .nullable(),
  /** § 8a catalogues: the catalogue in the format of data/protection (validated on import). */
  catalogue: z.record(z.string(), z.unknown()).nullable(),
});
export type TPublication = z.infer<typeof ZPublicationSchema>;

export const ZPublicationListQuery = z.object({
  kind: ZCooperationKind.optional(),
  q: z.string().trim().max(100, 'Der Suchbegriff ist zu lang.').optional(),
  /** Only the own office's publications, withdrawn ones included. */
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
});

/** Publish an article or template of the own knowledge base, or an imported § 8a catalogue. */
export const ZPublishRequestSchema = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('article'),
    articleId: z.uuid({ message: 'Ungültige Artikel-ID' }),
    summary: ZSummary.default(''),
  }),
  z.object({
    source: z.literal('protection_catalogue'),
    catalogueId: z.string().trim().min(1, 'Katalog fehlt.').max(80),
    version: z.string().trim().min(1, 'Fassung fehlt.').max(40),
    summary: ZSummary.default(''),
  }),
]);
export type TPublishRequest = z.input<typeof ZPublishRequestSchema>;

/** What a copy became in the importing office. */
export const ZImportedItemSchema = z.object({
  kind: ZCooperationKind,
  title: z.string(),
  status: z.enum(['imported', 'skipped']),
  /** Why an item of a package was skipped (e.g. the catalogue version exists already). */
  reason: z.string().nullable(),
  /** The new article of the office's knowledge base. */
  articleId: ZId.nullable(),
  /** The imported catalogue (id and version). */
  catalogue: z.object({ id: z.string(), version: z.string() }).nullable(),
});
export type TImportedItem = z.infer<typeof ZImportedItemSchema>;

/** A copy taken from the shared space, and the publication as the office now sees it. */
export const ZPublicationImportResultSchema = z.object({
  item: ZImportedItemSchema,
  publication: ZPublicationSummarySchema,
});
export type TPublicationImportResult = z.infer<typeof ZPublicationImportResultSchema>;

/* ---------- directory of experts and services in the region ---------- */

export const ZDirectoryKind = z.enum([
  'child_psychiatry',
  'interpreting',
  'experienced_professional',
  'family_court',
  'counselling_centre',
  'addiction_counselling',
  'women_shelter',
  'health_service',
  'police',
  'school',
  'early_help',
  'other',
]);
export type TDirectoryKind = z.infer<typeof ZDirectoryKind>;
export const directoryKindLabels: Record<TDirectoryKind, string> = {
  child_psychiatry: 'Kinder- und Jugendpsychiatrie',
  interpreting: 'Dolmetsch- und Sprachmittlungsdienst',
  experienced_professional: 'Insoweit erfahrene Fachkraft (§ 8a, § 8b)',
  family_court: 'Familiengericht',
  counselling_centre: 'Beratungsstelle',
  addiction_counselling: 'Suchtberatung',
  women_shelter: 'Frauenhaus und Gewaltschutz',
  health_service: 'Gesundheitsdienst und Frühe Hilfen im Gesundheitswesen',
  police: 'Polizei (Opferschutz, Jugendsachbearbeitung)',
  school: 'Schule und Schulsozialarbeit',
  early_help: 'Frühe Hilfen',
  other: 'Sonstiges',
};

export const ZDirectoryEntryAction = z.enum(['edit']);
export type TDirectoryEntryAction = z.infer<typeof ZDirectoryEntryAction>;

export const ZDirectoryEntrySchema = z.object({
  id: ZId,
  name: z.string(),
  kind: ZDirectoryKind,
  topics: z.array(z.string()),
  languages: z.array(ZOfferLanguage),
  region: z.string(),
  postcodes: z.array(z.string()),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  website: z.string().nullable(),
  notes: z.string(),
  /** The office that added the entry (and keeps it current). */
  office: z.string(),
  own: z.boolean(),
  updatedAt: z.string(),
  allowedActions: z.array(ZDirectoryEntryAction),
});
export type TDirectoryEntry = z.infer<typeof ZDirectoryEntrySchema>;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null);

export const ZDirectoryInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(3, 'Der Name hat mindestens 3 Zeichen.')
    .max(200, 'Der Name ist zu lang (höchstens 200 Zeichen).'),
  kind: ZDirectoryKind,
  topics: z.array(ZKnowledgeTag).max(15, 'Höchstens 15 Themen.').default([]),
  languages: z.array(ZOfferLanguage).max(25).default([]),
  region: z.string().trim().max(200, 'Die Region ist zu lang (höchstens 200 Zeichen).').default(''),
  postcodes: z
    .array(z.string().regex(/^\d{5}$/, 'Postleitzahlen haben fünf Ziffern.'))
    .max(100, 'Höchstens 100 Postleitzahlen.')
    .default([]),
  phone: optionalText(60, 'Die Telefonnummer ist zu lang.').refine(
    (v) => v === null || /^[+\d][\d /()-]{4,}$/.test(v),
    'Telefonnummer aus Ziffern, Leerzeichen und + / ( ) -.',
  ),
  email: optionalText(200, 'Die E-Mail-Adresse ist zu lang.').refine(
    (v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
    'Bitte eine gültige E-Mail-Adresse angeben.',
  ),
  address: optionalText(300, 'Die Anschrift ist zu lang.'),
  website: optionalText(300, 'Die Webadresse ist zu lang.').refine(
    (v) => v === null || /^https:\/\/[^\s]+$/.test(v),
    'Webadressen beginnen mit https://.',
  ),
  notes: z.string().trim().max(2000, 'Die Hinweise sind zu lang (höchstens 2000 Zeichen).').default(''),
});
export type TDirectoryInput = z.input<typeof ZDirectoryInputSchema>;

export const ZDirectoryQuery = z.object({
  q: z.string().trim().max(100, 'Der Suchbegriff ist zu lang.').optional(),
  kind: ZDirectoryKind.optional(),
  topic: ZKnowledgeTag.optional(),
  language: ZOfferLanguage.optional(),
  postcode: z
    .string()
    .regex(/^\d{5}$/, 'Postleitzahlen haben fünf Ziffern.')
    .optional(),
});

/** The topics and languages in use, for the filters. */
export const ZDirectoryFacetsSchema = z.object({
  topics: z.array(z.object({ topic: z.string(), count: z.number().int() })),
  languages: z.array(z.object({ language: ZOfferLanguage, count: z.number().int() })),
});
export type TDirectoryFacets = z.infer<typeof ZDirectoryFacetsSchema>;

/* ---------- signed template packages between installations ---------- */

export const TEMPLATE_PACKAGE_FORMAT = 'lotse-template-package';

/** One item of a package: what a publication holds. */
export const ZPackageItemSchema = z.object({
  kind: ZCooperationKind,
  title: ZTitle,
  summary: ZSummary,
  /** An article or template ({title, kind, body, tags}) or a § 8a catalogue. */
  content: z.record(z.string(), z.unknown()),
});
export type TPackageItem = z.infer<typeof ZPackageItemSchema>;

/**
 * A template package: signed with the exporting office's Ed25519 key over the canonical JSON
 * (keys sorted, no spaces) of everything but `signature`.
 */
export const ZTemplatePackageSchema = z.object({
  format: z.literal(TEMPLATE_PACKAGE_FORMAT),
  version: z.literal(1),
  office: z.string().min(1).max(200),
  createdAt: z.string(),
  /** The signer's public key (SPKI, PEM). */
  publicKey: z.string().max(1000),
  items: z.array(ZPackageItemSchema).min(1, 'Das Paket ist leer.').max(50, 'Höchstens 50 Vorlagen je Paket.'),
  /** Ed25519 signature, base64. */
  signature: z.string().max(200),
});
export type TTemplatePackage = z.infer<typeof ZTemplatePackageSchema>;

export const ZPackageExportQuery = z.object({
  /** Knowledge article ids, comma-separated. */
  ids: z
    .string()
    .trim()
    .min(1, 'Bitte mindestens eine Vorlage wählen.')
    .transform((v) => [...new Set(v.split(',').map((id) => id.trim()))])
    .pipe(z.array(z.uuid({ message: 'Ungültige Artikel-ID' })).max(50, 'Höchstens 50 Vorlagen je Paket.')),
});

/** The package exactly as read from the file: the signature covers its original JSON. */
const ZRawPackage = z.record(z.string(), z.unknown());

export const ZPackageInspectRequestSchema = z.object({ package: ZRawPackage });

export const ZPackageInspectionSchema = z.object({
  office: z.string(),
  createdAt: z.string(),
  /** The signer's key fingerprint, to compare with what the other office told (phone, letter). */
  fingerprint: z.string(),
  items: z.array(ZPackageItemSchema.pick({ kind: true, title: true, summary: true })),
});
export type TPackageInspection = z.infer<typeof ZPackageInspectionSchema>;

export const ZPackageImportRequestSchema = z.object({
  package: ZRawPackage,
  /** The fingerprint the importer confirmed; it must be the signer's. */
  trustedFingerprint: z
    .string()
    .trim()
    .min(1, 'Bitte den Fingerabdruck des anderen Amtes eingeben.')
    .max(100),
});

export const ZPackageImportResultSchema = z.object({
  office: z.string(),
  fingerprint: z.string(),
  items: z.array(ZImportedItemSchema),
});
export type TPackageImportResult = z.infer<typeof ZPackageImportResultSchema>;

/** The office's own signing key, to tell partner offices. */
export const ZOfficeKeySchema = z.object({
  office: z.string(),
  fingerprint: z.string(),
  publicKey: z.string(),
  createdAt: z.string(),
});
export type TOfficeKey = z.infer<typeof ZOfficeKeySchema>;

export const cooperationAuditActions = [
  'cooperation.publish',
  'cooperation.withdraw',
  'cooperation.import', // a copy of a publication taken into the office
  'cooperation.package_export',
  'cooperation.package_import',
  'cooperation.directory_create',
  'cooperation.directory_update',
] as const;
