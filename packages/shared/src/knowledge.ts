// Knowledge base, onboarding and staff Q&A (issue "Knowledge at hand"): the office's own knowledge,
// searchable together with the law.
import { z } from 'zod';
import { ZUserRefSchema } from './common.js';
import { ZLawHitSchema } from './law.js';

const ZUuid = z.uuid({ message: 'Ungültige ID' });
const ZDay = z.iso.date({ message: 'Datum im Format JJJJ-MM-TT erwartet' });

export const ZKnowledgeTag = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'Ein Schlagwort hat mindestens zwei Zeichen.')
  .max(40, 'Ein Schlagwort hat höchstens 40 Zeichen.')
  .regex(
    /^[\p{L}\p{N}][\p{L}\p{N} §.-]*$/u,
    'Schlagwörter bestehen aus Buchstaben, Ziffern, Leerzeichen und -.',
  );

/** An article, or a template the office works from (letters, checklists, help plan goal catalogues). */
export const ZArticleKind = z.enum(['article', 'letter', 'checklist', 'goal_catalogue']);
export type TArticleKind = z.infer<typeof ZArticleKind>;
export const articleKindLabels: Record<TArticleKind, string> = {
  article: 'Artikel',
  letter: 'Briefvorlage',
  checklist: 'Checkliste',
  goal_catalogue: 'Zielkatalog für Hilfepläne',
};

export const ZArticleAction = z.enum(['edit', 'archive']);
export type TArticleAction = z.infer<typeof ZArticleAction>;

/** Where an article comes from: written in this office, or imported from another office's shared copy. */
export const ZArticleOriginSchema = z.object({
  kind: z.enum(['own', 'imported']),
  /** The publishing office's name for an imported article. */
  office: z.string().nullable(),
});

export const ZArticleSummarySchema = z.object({
  id: ZUuid,
  title: z.string(),
  kind: ZArticleKind,
  /** The first lines without Markdown, for lists. */
  excerpt: z.string(),
  tags: z.array(z.string()),
  owner: ZUserRefSchema,
  version: z.number().int(),
  updatedAt: z.string(),
  /** Due for review on this day (the owner checks it is still right). */
  reviewOn: z.string(),
  reviewDue: z.boolean(),
  archived: z.boolean(),
  origin: ZArticleOriginSchema,
});
export type TArticleSummary = z.infer<typeof ZArticleSummarySchema>;

export const ZArticleSchema = ZArticleSummarySchema.extend({
  /** Markdown. */
  body: z.string(),
  editedBy: ZUserRefSchema,
  /** Set when the article was made from an answered question. */
  questionId: ZUuid.nullable(),
  allowedActions: z.array(ZArticleAction),
});
export type TArticle = z.infer<typeof ZArticleSchema>;

export const ZArticleVersionSchema = z.object({
  version: z.number().int(),
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  editedBy: ZUserRefSchema,
  editedAt: z.string(),
  /** What changed, in the editor's words. */
  note: z.string(),
});
export type TArticleVersion = z.infer<typeof ZArticleVersionSchema>;

const ZTitle = z
  .string()
  .trim()
  .min(3, 'Der Titel hat mindestens 3 Zeichen.')
  .max(160, 'Der Titel ist zu lang (höchstens 160 Zeichen).');
const ZMarkdown = z
  .string()
  .trim()
  .min(1, 'Der Text fehlt.')
  .max(100_000, 'Der Text ist zu lang (höchstens 100 000 Zeichen).');

export const ZArticleInputSchema = z.object({
  title: ZTitle,
  kind: ZArticleKind.default('article'),
  body: ZMarkdown,
  tags: z.array(ZKnowledgeTag).max(12, 'Höchstens 12 Schlagwörter.').default([]),
  /** Defaults to one year from today. */
  reviewOn: ZDay.optional(),
});
export type TArticleInput = z.input<typeof ZArticleInputSchema>;

export const ZArticleUpdateSchema = ZArticleInputSchema.extend({
  /** The version the editor started from: a newer one in between is a conflict (409). */
  baseVersion: z.number().int().min(1),
  note: z.string().trim().max(300, 'Die Änderungsnotiz ist zu lang (höchstens 300 Zeichen).').default(''),
});
export type TArticleUpdate = z.input<typeof ZArticleUpdateSchema>;

export const ZArticleListQuery = z.object({
  tag: ZKnowledgeTag.optional(),
  kind: ZArticleKind.optional(),
  /** Only articles whose review day has come. */
  reviewDue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  archived: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
});

export const ZKnowledgeSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2, 'Bitte geben Sie mindestens zwei Zeichen ein.')
    .max(200, 'Die Suche ist zu lang (höchstens 200 Zeichen).'),
  /** Search the law too (default) or only the office's knowledge. */
  law: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(true),
});

export const ZKnowledgeSearchResultSchema = z.object({
  articles: z.array(
    ZArticleSummarySchema.pick({ id: true, title: true, kind: true, tags: true, updatedAt: true }).extend({
      /** A passage with the matched words between «» marks. */
      highlighted: z.string(),
      rank: z.number(),
    }),
  ),
  questions: z.array(
    z.object({
      id: ZUuid,
      title: z.string(),
      highlighted: z.string(),
      answered: z.boolean(),
      rank: z.number(),
    }),
  ),
  law: z.array(ZLawHitSchema),
});
export type TKnowledgeSearchResult = z.infer<typeof ZKnowledgeSearchResultSchema>;

export const ZTagCountSchema = z.object({ tag: z.string(), count: z.number().int() });

// ── Staff Q&A ────────────────────────────────────────────────────────────────

export const ZQuestionAction = z.enum(['answer', 'accept', 'make_article']);
export type TQuestionAction = z.infer<typeof ZQuestionAction>;

export const ZAnswerSchema = z.object({
  id: ZUuid,
  body: z.string(),
  by: ZUserRefSchema,
  at: z.string(),
  accepted: z.boolean(),
});
export type TAnswer = z.infer<typeof ZAnswerSchema>;

export const ZQuestionSummarySchema = z.object({
  id: ZUuid,
  title: z.string(),
  askedBy: ZUserRefSchema,
  askedAt: z.string(),
  answers: z.number().int(),
  accepted: z.boolean(),
  /** The article made from the accepted answer, if any. */
  articleId: ZUuid.nullable(),
});
export type TQuestionSummary = z.infer<typeof ZQuestionSummarySchema>;

export const ZQuestionSchema = ZQuestionSummarySchema.extend({
  body: z.string(),
  answerList: z.array(ZAnswerSchema),
  allowedActions: z.array(ZQuestionAction),
});
export type TQuestion = z.infer<typeof ZQuestionSchema>;

export const ZQuestionInputSchema = z.object({
  title: ZTitle,
  body: z.string().trim().max(10_000, 'Die Frage ist zu lang (höchstens 10 000 Zeichen).').default(''),
});
export const ZAnswerInputSchema = z.object({
  body: z
    .string()
    .trim()
    .min(2, 'Die Antwort fehlt.')
    .max(20_000, 'Die Antwort ist zu lang (höchstens 20 000 Zeichen).'),
});
export const ZQuestionListQuery = z.object({
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

// ── Onboarding ───────────────────────────────────────────────────────────────

export const ZOnboardingStepKind = z.enum(['article', 'law', 'task', 'meeting']);
export type TOnboardingStepKind = z.infer<typeof ZOnboardingStepKind>;

export const ZOnboardingStepSchema = z.object({
  id: ZUuid,
  position: z.number().int(),
  /** The week of the path it belongs to (1 = first week). */
  week: z.number().int(),
  kind: ZOnboardingStepKind,
  title: z.string(),
  description: z.string(),
  /** For kind "article". */
  articleId: ZUuid.nullable(),
  /** For kind "law": a citation such as "§ 8a SGB VIII". */
  lawRef: z.string().nullable(),
});
export type TOnboardingStep = z.infer<typeof ZOnboardingStepSchema>;

export const ZOnboardingPathSchema = z.object({
  id: ZUuid,
  title: z.string(),
  description: z.string(),
  /** Who the path is for, e.g. "new ASD caseworker". */
  audience: z.string(),
  weeks: z.number().int(),
  steps: z.array(ZOnboardingStepSchema),
});
export type TOnboardingPath = z.infer<typeof ZOnboardingPathSchema>;

export const ZOnboardingAssignmentAction = z.enum(['tick', 'view']);

/** One staff member on one path: their mentor and which steps they have done. */
export const ZOnboardingAssignmentSchema = z.object({
  id: ZUuid,
  path: ZOnboardingPathSchema,
  person: ZUserRefSchema,
  mentor: ZUserRefSchema.nullable(),
  startedOn: z.string(),
  done: z.array(z.object({ stepId: ZUuid, at: z.string() })),
  /** Done steps / all steps, 0–100. */
  percent: z.number().int(),
  /** The week of the path by the calendar (1 in the first week, capped at the path's length). */
  currentWeek: z.number().int(),
  /** Steps of past weeks not done yet. */
  behind: z.number().int(),
  allowedActions: z.array(ZOnboardingAssignmentAction),
});
export type TOnboardingAssignment = z.infer<typeof ZOnboardingAssignmentSchema>;

export const ZOnboardingOverviewSchema = z.object({
  /** The caller's own onboarding, if they are on a path. */
  mine: z.array(ZOnboardingAssignmentSchema),
  /** Those the caller mentors or whose team they lead. */
  others: z.array(ZOnboardingAssignmentSchema),
  paths: z.array(ZOnboardingPathSchema.omit({ steps: true }).extend({ stepCount: z.number().int() })),
  /** Whether the caller may put someone on a path. */
  mayAssign: z.boolean(),
});
export type TOnboardingOverview = z.infer<typeof ZOnboardingOverviewSchema>;

const ZStepText = z
  .string()
  .trim()
  .max(1000, 'Die Beschreibung ist zu lang (höchstens 1000 Zeichen).')
  .default('');

/** A path as a team lead writes it: steps in order; a step with an id keeps its ticks. */
export const ZOnboardingPathInputSchema = z
  .object({
    title: ZTitle,
    audience: z.string().trim().min(3, 'Für wen ist der Plan? (mindestens 3 Zeichen)').max(160),
    description: z
      .string()
      .trim()
      .max(2000, 'Die Beschreibung ist zu lang (höchstens 2000 Zeichen).')
      .default(''),
    weeks: z.number().int().min(1, 'Mindestens eine Woche.').max(52, 'Höchstens 52 Wochen.'),
    steps: z
      .array(
        z.object({
          id: ZUuid.optional(),
          week: z.number().int().min(1, 'Die Woche beginnt bei 1.'),
          kind: ZOnboardingStepKind,
          title: ZTitle,
          description: ZStepText,
          articleId: ZUuid.nullable().default(null),
          lawRef: z.string().trim().max(80).nullable().default(null),
        }),
      )
      .min(1, 'Ein Plan braucht mindestens einen Schritt.')
      .max(80, 'Höchstens 80 Schritte.'),
  })
  .superRefine((path, ctx) => {
    path.steps.forEach((step, i) => {
      if (step.week > path.weeks)
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'week'],
          message: `Der Plan hat nur ${path.weeks} Wochen.`,
        });
      if (step.kind === 'article' && !step.articleId)
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'articleId'],
          message: 'Bitte einen Artikel wählen.',
        });
      if (step.kind === 'law' && !step.lawRef)
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'lawRef'],
          message: 'Bitte die Vorschrift angeben, z. B. „§ 8a SGB VIII“.',
        });
    });
  });
export type TOnboardingPathInput = z.input<typeof ZOnboardingPathInputSchema>;

export const ZOnboardingAssignInputSchema = z.object({
  pathId: ZUuid,
  userId: ZUuid,
  mentorId: ZUuid.nullable().default(null),
  startedOn: ZDay.optional(),
});

export const ZOnboardingTickInputSchema = z.object({ done: z.boolean() });

export const knowledgeAuditActions = [
  'knowledge.article_create',
  'knowledge.article_update',
  'knowledge.article_archive',
  'knowledge.question_ask',
  'knowledge.question_answer',
  'knowledge.answer_accept',
  'knowledge.question_to_article',
  'onboarding.assign',
  'onboarding.path_save', // a path was written or changed
  'onboarding.step_tick',
  'onboarding.progress_read', // a lead or mentor looked at someone's progress
] as const;

/** Colleagues of the office who may be put on a path or be a mentor (for the assign form). */
export const ZOnboardingPeopleSchema = z.array(
  ZUserRefSchema.extend({ teams: z.array(z.string()), onPath: z.boolean() }),
);
