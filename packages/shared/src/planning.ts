// Planning contract (module `planning`): anonymised figures per social area, help type, age group,
// sex and period, built by a job from the case data; every figure passes disclosure control.
import { z } from 'zod';

/** The groupings a figure can be broken down by (the query parameter `by`). */
export const planningDimensions = [
  'socialArea',
  'helpType',
  'ageGroup',
  'sex',
  'team',
  'month',
  'quarter',
  'year',
] as const;
export const ZPlanningDimension = z.enum(planningDimensions);
export type TPlanningDimension = z.infer<typeof ZPlanningDimension>;
export const planningDimensionLabels: Record<TPlanningDimension, string> = {
  socialArea: 'Sozialraum',
  helpType: 'Hilfeart',
  ageGroup: 'Altersgruppe',
  sex: 'Geschlecht',
  team: 'Team',
  month: 'Monat',
  quarter: 'Quartal',
  year: 'Jahr',
};
export const timeDimensions: readonly TPlanningDimension[] = ['month', 'quarter', 'year'];

/** Age groups of the aggregates (the official § 42 groups, extended to young adults). */
export const ageGroups = [
  '0-3',
  '3-6',
  '6-9',
  '9-12',
  '12-14',
  '14-16',
  '16-18',
  '18-21',
  '21+',
  'unknown',
] as const;
export const ZAgeGroup = z.enum(ageGroups);
export type TAgeGroup = z.infer<typeof ZAgeGroup>;
export const ageGroupLabels: Record<TAgeGroup, string> = {
  '0-3': 'unter 3 Jahre',
  '3-6': '3 bis unter 6',
  '6-9': '6 bis unter 9',
  '9-12': '9 bis unter 12',
  '12-14': '12 bis unter 14',
  '14-16': '14 bis unter 16',
  '16-18': '16 bis unter 18',
  '18-21': '18 bis unter 21',
  '21+': '21 und älter',
  unknown: 'Alter unbekannt',
};

export const planningIndicatorIds = [
  'hze_take_up',
  'out_of_home',
  'p8a_procedures',
  'endangerment',
  'emergency_custody',
  'help_duration',
  'ended_as_planned',
  'age_at_start',
  'open_cases',
  'caseload',
  'first_contact_days',
  'placement_wait_days',
  'overdue_reviews',
  'overdue_8a',
  'feedback',
  'goals_reached',
  'ended_early',
] as const;
export const ZPlanningIndicatorId = z.enum(planningIndicatorIds);
export type TPlanningIndicatorId = z.infer<typeof ZPlanningIndicatorId>;

export const ZIndicatorGroup = z.enum(['help', 'protection', 'workload', 'outcome']);
export const indicatorGroupLabels: Record<z.infer<typeof ZIndicatorGroup>, string> = {
  help: 'Hilfen zur Erziehung',
  protection: 'Kinderschutz',
  workload: 'Arbeitslast und Engpässe',
  outcome: 'Wirkung',
};

/** How `value` reads: a rate per 10 000 or per 100, a share in %, a mean, or the count itself. */
export const ZIndicatorUnit = z.enum([
  'per10000',
  'per100',
  'percent',
  'months',
  'years',
  'days',
  'score',
  'count',
]);
export type TIndicatorUnit = z.infer<typeof ZIndicatorUnit>;
export const indicatorUnitLabels: Record<TIndicatorUnit, string> = {
  per10000: 'je 10 000',
  per100: 'je 100',
  percent: '%',
  months: 'Monate',
  years: 'Jahre',
  days: 'Tage',
  score: 'Punkte (1–5)',
  count: 'Anzahl',
};

export const ZPlanningIndicatorSchema = z.object({
  id: ZPlanningIndicatorId,
  label: z.string(),
  group: ZIndicatorGroup,
  unit: ZIndicatorUnit,
  /** What the count counts (e.g. "Hilfen", "Verfahren"), for table headers. */
  countLabel: z.string(),
  /** How it is computed, in a sentence a planner understands. */
  definition: z.string(),
  /** Groupings it can be broken down by. */
  dimensions: z.array(ZPlanningDimension),
  /** A snapshot of today (workload): no time grouping, no period. */
  snapshot: z.boolean(),
  /** The national value where the project ships one (statistics reference §4). */
  reference: z.object({ value: z.number(), year: z.number().int(), source: z.string() }).nullable(),
});
export type TPlanningIndicator = z.infer<typeof ZPlanningIndicatorSchema>;

/** GET /api/planning/indicators */
export const ZPlanningIndicatorsResponseSchema = z.object({
  items: z.array(ZPlanningIndicatorSchema),
  /** When the aggregates were last built (null: never). */
  builtAt: z.string().nullable(),
  /** The months the aggregates cover ('YYYY-MM'), for the period picker. */
  firstMonth: z.string().nullable(),
  lastMonth: z.string().nullable(),
  socialAreas: z.array(z.object({ code: z.string(), name: z.string() })),
  helpTypes: z.array(z.object({ code: z.string(), label: z.string() })),
  /** Whether the office has imported population figures (rates need them). */
  hasPopulation: z.boolean(),
});
export type TPlanningIndicatorsResponse = z.infer<typeof ZPlanningIndicatorsResponseSchema>;

/** A suppressed figure, as official tables print it. */
export const SUPPRESSED = '.';
const ZSuppressible = z.union([z.number(), z.literal(SUPPRESSED)]);

const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Monat im Format JJJJ-MM erwartet');

/** GET /api/planning/figures: query. */
export const ZPlanningFiguresQuerySchema = z.object({
  indicator: ZPlanningIndicatorId,
  by: ZPlanningDimension,
  from: ZMonth.optional(),
  to: ZMonth.optional(),
  /** Filters: one social area (code) and/or one help type. */
  socialArea: z.string().max(40).optional(),
  helpType: z.string().max(40).optional(),
});
export type TPlanningFiguresQuery = z.infer<typeof ZPlanningFiguresQuerySchema>;

export const ZPlanningRowSchema = z.object({
  /** The group's key: a social area code, a help type, an age group, 'YYYY-MM', 'YYYY-Q1', 'YYYY', a team name. */
  key: z.string(),
  label: z.string(),
  /** What the figure counts: 0, a count ≥ 3 (rounded to 5 below office level) or "." (suppressed). */
  count: ZSuppressible,
  /** The indicator's value in its unit; "." when suppressed; null when it cannot be computed (no population). */
  value: ZSuppressible.nullable(),
  /** Population the rate refers to (register figures, not case data); null where not used. */
  population: z.number().nullable(),
});
export type TPlanningRow = z.infer<typeof ZPlanningRowSchema>;

/** GET /api/planning/figures */
export const ZPlanningFiguresSchema = z.object({
  indicator: ZPlanningIndicatorId,
  by: ZPlanningDimension,
  from: z.string().nullable(),
  to: z.string().nullable(),
  socialArea: z.string().nullable(),
  helpType: z.string().nullable(),
  unit: ZIndicatorUnit,
  rows: z.array(ZPlanningRowSchema),
  /** The whole selection (the office, or the filtered part of it) — the comparison line. */
  total: ZPlanningRowSchema,
  reference: z.object({ value: z.number(), year: z.number().int(), source: z.string() }).nullable(),
  builtAt: z.string().nullable(),
  /** Remarks a reader needs (e.g. "Zahlen unter 3 sind unterdrückt (.)"). */
  notes: z.array(z.string()),
});
export type TPlanningFigures = z.infer<typeof ZPlanningFiguresSchema>;

/** GET /api/planning/map: social areas as GeoJSON features (properties.code, properties.name). */
export const ZPlanningMapSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ code: z.string(), name: z.string() }),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.any()) }),
    }),
  ),
});
export type TPlanningMap = z.infer<typeof ZPlanningMapSchema>;

/** POST /api/planning/rebuild: the rebuild is queued (the job runs within a minute). */
export const ZPlanningRebuildSchema = z.object({ queued: z.boolean(), builtAt: z.string().nullable() });

export const planningAuditActions = [
  'planning.figures_export',
  'planning.rebuild',
  'planning.population_import',
] as const;

/* ---------- official statistics (KJH-Statistik) ---------- */

export const statisticsSurveys = ['8a', 'hze', '42'] as const;
export const ZStatisticsSurvey = z.enum(statisticsSurveys);
export type TStatisticsSurvey = z.infer<typeof ZStatisticsSurvey>;
export const statisticsSurveyLabels: Record<TStatisticsSurvey, string> = {
  '8a': 'Gefährdungseinschätzungen nach § 8a Abs. 1 SGB VIII',
  hze: 'Erzieherische Hilfen, Eingliederungshilfe, Hilfe für junge Volljährige',
  '42': 'Vorläufige Schutzmaßnahmen (§§ 42, 42a SGB VIII)',
};

export const ZStatisticsIssueSchema = z.object({
  item: z.string(),
  label: z.string(),
  kind: z.enum(['missing', 'implausible']),
  message: z.string(),
});

/** GET /api/statistics/:survey/:year/validation */
export const ZStatisticsValidationSchema = z.object({
  survey: ZStatisticsSurvey,
  year: z.number().int(),
  records: z.number().int(),
  complete: z.number().int(),
  /** One entry per record with problems. `caseId` only for staff who may open the case. */
  problems: z.array(
    z.object({
      recordNo: z.number().int(),
      caseReference: z.string(),
      caseId: z.string().nullable(),
      issues: z.array(ZStatisticsIssueSchema),
    }),
  ),
  /** Whether the official record layout is confirmed (else the export is CSV with the code numbers). */
  layoutConfirmed: z.boolean(),
  notes: z.array(z.string()),
});
export type TStatisticsValidation = z.infer<typeof ZStatisticsValidationSchema>;

export const statisticsAuditActions = ['statistics.validate', 'statistics.export'] as const;
