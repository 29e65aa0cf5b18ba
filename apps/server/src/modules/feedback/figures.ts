import { randomUUID } from 'node:crypto';
import type { TFeedbackQuestion, TFeedbackVersion } from '@lotse/shared';
import { sql } from 'kysely';
import type { Scope } from '../../platform/scope.js';
import { officeToday } from '../tenancy/index.js';

/** Writes the anonymous copy of an answer: month, help type, social area, kind of respondent, scores. */
export async function recordFigure(
  scope: Scope,
  input: {
    helpType: string | null;
    socialAreaId: string | null;
    respondent: 'young_person' | 'parent';
    version: TFeedbackVersion;
    scores: Record<TFeedbackQuestion, number>;
  },
): Promise<void> {
  await scope.tx
    .insertInto('feedback_figures')
    .values({
      tenant_id: scope.tenantId,
      id: randomUUID(),
      month: `${officeToday().slice(0, 7)}-01`,
      help_type: input.helpType,
      social_area_id: input.socialAreaId,
      respondent: input.respondent,
      version: input.version,
      wellbeing: input.scores.wellbeing,
      helpfulness: input.scores.helpfulness,
      heard: input.scores.heard,
    })
    .execute();
}

export interface FeedbackFigure {
  month: string;
  helpType: string | null;
  socialAreaId: string | null;
  respondent: 'young_person' | 'parent';
  answers: number;
  wellbeing: number;
  helpfulness: number;
  heard: number;
}

/**
 * The anonymous feedback per month, help type, social area and kind of respondent: the number of
 * answers and the mean of each question. Nothing in it names a person or a case; the planning
 * figures that show it suppress small groups.
 */
export async function feedbackFigures(
  scope: Pick<Scope, 'tx'>,
  range: { fromMonth: string; toMonth: string },
): Promise<FeedbackFigure[]> {
  const rows = await scope.tx
    .selectFrom('feedback_figures')
    .select([
      sql<string>`to_char(month, 'YYYY-MM')`.as('month'),
      'help_type',
      'social_area_id',
      'respondent',
      (eb) => eb.fn.countAll<string>().as('answers'),
      sql<string>`round(avg(wellbeing), 2)`.as('wellbeing'),
      sql<string>`round(avg(helpfulness), 2)`.as('helpfulness'),
      sql<string>`round(avg(heard), 2)`.as('heard'),
    ])
    .where('month', '>=', `${range.fromMonth}-01`)
    .where('month', '<=', `${range.toMonth}-01`)
    .groupBy(['month', 'help_type', 'social_area_id', 'respondent'])
    .orderBy('month')
    .execute();
  return rows.map((r) => ({
    month: r.month,
    helpType: r.help_type,
    socialAreaId: r.social_area_id,
    respondent: r.respondent,
    answers: Number(r.answers),
    wellbeing: Number(r.wellbeing),
    helpfulness: Number(r.helpfulness),
    heard: Number(r.heard),
  }));
}
