import { defaultHelpPlanSettings, type THelpPlanSettings } from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';

/** The office's help plan defaults (the transaction's office); the defaults where none are stored. */
export async function helpPlanSettings(tx: Tx): Promise<THelpPlanSettings> {
  const row = await tx
    .selectFrom('help_plan_settings')
    .select(['review_months', 'reminder_lead_days'])
    .executeTakeFirst();
  return row
    ? { reviewMonths: row.review_months, reminderLeadDays: row.reminder_lead_days }
    : defaultHelpPlanSettings;
}

/** Administration changes the defaults; plans already written keep their dates. */
export async function updateHelpPlanSettings(
  scope: ActorScope,
  input: THelpPlanSettings,
): Promise<THelpPlanSettings> {
  const { tx, actor, audit } = scope;
  requireOfficeAction(actor, 'administer');
  const values = {
    review_months: input.reviewMonths,
    reminder_lead_days: input.reminderLeadDays,
    updated_by: actor.userId,
    updated_at: sql<Date>`now()`,
  };
  await tx
    .insertInto('help_plan_settings')
    .values({ tenant_id: actor.tenantId, ...values })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
    .execute();
  await audit({
    action: 'settings.update',
    resourceType: 'settings',
    resourceId: 'help-plans',
    details: { reviewMonths: input.reviewMonths, reminderLeadDays: input.reminderLeadDays },
  });
  return helpPlanSettings(tx);
}
