import {
  defaultHelpPlanSettings,
  type THelpPlanContent,
  type THelpPlanContentInput,
  type THelpPlanVersion,
  ZHelpPlanContentSchema,
} from '@lotse/shared';
import { addMonths, format } from 'date-fns';
import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';

export const contentContext = (planId: string, version: number) => `help-plan:${planId}:${version}`;

/**
 * The review date a plan gets when none is given: the office's number of months after the help
 * starts (the last day of a shorter month where the day does not exist, e.g. 31 Aug + 6 → 28/29 Feb).
 */
export function defaultReviewOn(startsOn: string, months: number): string {
  const [year, month, day] = startsOn.split('-').map(Number) as [number, number, number];
  return format(addMonths(new Date(year, month - 1, day), months), 'yyyy-MM-dd');
}

/** Parses and completes content as the server stores it (review date filled in). */
export function completeContent(input: THelpPlanContentInput, reviewMonths: number): THelpPlanContent {
  const content = ZHelpPlanContentSchema.parse(input);
  return { ...content, reviewOn: content.reviewOn ?? defaultReviewOn(content.help.startsOn, reviewMonths) };
}

/** The columns of a version row that carry its content: sealed JSON plus the dates queries need. */
export async function contentColumns(
  sealed: SealedText,
  planId: string,
  version: number,
  content: THelpPlanContent,
) {
  return {
    content_enc: await sealed.seal(JSON.stringify(content), contentContext(planId, version)),
    help_type: content.help.type,
    starts_on: content.help.startsOn,
    ends_on: content.help.endsOn,
    review_on: content.reviewOn,
  };
}

/** Every version of the plans given, newest first per plan, content opened. */
export async function readVersions(
  { tx, sealed }: { tx: Tx; sealed: SealedText },
  planIds: string[],
): Promise<Map<string, THelpPlanVersion[]>> {
  const byPlan = new Map<string, THelpPlanVersion[]>();
  if (planIds.length === 0) return byPlan;
  const rows = await tx
    .selectFrom('help_plan_versions as v')
    .innerJoin('directory_users as c', (j) =>
      j.onRef('c.tenant_id', '=', 'v.tenant_id').onRef('c.id', '=', 'v.created_by'),
    )
    .leftJoin('directory_users as f', (j) =>
      j.onRef('f.tenant_id', '=', 'v.tenant_id').onRef('f.id', '=', 'v.finalized_by'),
    )
    .select([
      'v.plan_id',
      'v.version',
      'v.status',
      'v.content_enc',
      'v.created_by',
      'c.display_name as created_name',
      'v.created_at',
      'v.finalized_by',
      'f.display_name as finalized_name',
      'v.finalized_at',
    ])
    .where('v.plan_id', 'in', planIds)
    .orderBy('v.plan_id')
    .orderBy('v.version', 'desc')
    .execute();
  for (const row of rows) {
    const content = ZHelpPlanContentSchema.parse(
      JSON.parse(await sealed.open(row.content_enc, contentContext(row.plan_id, row.version))),
    );
    const list = byPlan.get(row.plan_id) ?? [];
    list.push({
      version: row.version,
      status: row.status as THelpPlanVersion['status'],
      content,
      createdBy: { id: row.created_by, displayName: row.created_name },
      createdAt: new Date(row.created_at).toISOString(),
      finalizedBy:
        row.finalized_by && row.finalized_name
          ? { id: row.finalized_by, displayName: row.finalized_name }
          : null,
      finalizedAt: row.finalized_at ? new Date(row.finalized_at).toISOString() : null,
    });
    byPlan.set(row.plan_id, list);
  }
  return byPlan;
}

/** The content columns of a version from what a form (or the demo) gives: parsed, completed, sealed. */
export function versionColumns(
  sealed: SealedText,
  planId: string,
  version: number,
  input: THelpPlanContentInput,
) {
  return contentColumns(
    sealed,
    planId,
    version,
    completeContent(input, defaultHelpPlanSettings.reviewMonths),
  );
}
