import { TZDate } from '@date-fns/tz';
import { germanDate } from '@lotse/shared';
import { subDays } from 'date-fns';
import { z } from 'zod';
import type { Tx } from '../../db/connection.js';
import type { AppContext } from '../../platform/context.js';
import type { KeyRing } from '../../platform/crypto.js';
import { enqueueJob, type JobHandler } from '../../platform/jobs.js';
import { sealedTextFor } from '../../platform/sealed-text.js';
import { addReminderTask } from '../cases/index.js';
import { OFFICE_TIME_ZONE } from '../tenancy/index.js';
import { helpPlanSettings } from './settings.js';

export const REVIEW_REMINDER_JOB = 'helpplan.review_reminder';

const ZReminderPayload = z.object({
  planId: z.uuid(),
  version: z.number().int(),
  reviewOn: z.iso.date(),
  finalizedBy: z.uuid(),
});
type ReminderPayload = z.infer<typeof ZReminderPayload>;

/**
 * When the reminder for a review on `reviewOn` runs: 07:00 office time, `leadDays` before (the
 * office's setting, so there is time to invite everyone), or now if that has passed.
 */
export function reminderRunAt(reviewOn: string, leadDays: number, now = new Date()): Date {
  const [year, month, day] = reviewOn.split('-').map(Number) as [number, number, number];
  const at = subDays(new TZDate(year, month - 1, day, 7, 0, 0, OFFICE_TIME_ZONE), leadDays);
  return at.getTime() > now.getTime() ? new Date(at.getTime()) : now;
}

/** Queues the reminder for a version that just became final (in the finalising transaction). */
export async function scheduleReviewReminder(
  tx: Tx,
  keys: KeyRing,
  tenantId: string,
  payload: ReminderPayload,
) {
  const { reminderLeadDays } = await helpPlanSettings(tx);
  await enqueueJob(
    tx,
    keys,
    tenantId,
    REVIEW_REMINDER_JOB,
    payload,
    reminderRunAt(payload.reviewOn, reminderLeadDays),
  );
}

/**
 * The job: if the version is still the plan's newest and final with the same review date (no review
 * started since), the case gets a task "prepare the review", due on the review date.
 */
export function reviewReminderHandler(ctx: Pick<AppContext, 'keys'>): JobHandler {
  return async (tx, tenantId, raw) => {
    const payload = ZReminderPayload.parse(raw);
    const newest = await tx
      .selectFrom('help_plan_versions as v')
      .innerJoin('help_plans as p', (j) =>
        j.onRef('p.tenant_id', '=', 'v.tenant_id').onRef('p.id', '=', 'v.plan_id'),
      )
      .select(['p.case_id', 'v.version', 'v.status', 'v.review_on'])
      .where('v.plan_id', '=', payload.planId)
      .orderBy('v.version', 'desc')
      .executeTakeFirst();
    if (
      !newest ||
      newest.version !== payload.version ||
      newest.status !== 'final' ||
      newest.review_on !== payload.reviewOn
    )
      return;
    await addReminderTask(tx, sealedTextFor(ctx.keys, tx, tenantId), tenantId, {
      caseId: newest.case_id,
      title: `Hilfeplan fortschreiben: Überprüfung am ${germanDate(payload.reviewOn)} vorbereiten`,
      dueOn: payload.reviewOn,
      createdBy: payload.finalizedBy,
    });
  };
}
