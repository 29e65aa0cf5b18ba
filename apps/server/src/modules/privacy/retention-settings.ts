import {
  retentionDefaults,
  type TRetentionRecordType,
  type TRetentionSettings,
  ZRetentionRecordType,
  type ZUpdateRetentionSettingsSchema,
} from '@lotse/shared';
import { subMonths } from 'date-fns';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Tx } from '../../db/connection.js';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';

export type RetentionPeriods = Record<TRetentionRecordType, number>;

/** The office's periods (defaults where it set none) and whether erasure runs every night. */
export async function retentionSettings(tx: Tx): Promise<TRetentionSettings> {
  const row = await tx
    .selectFrom('retention_settings as s')
    .leftJoin('directory_users as u', (j) =>
      j.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.id', '=', 's.updated_by'),
    )
    .select(['s.periods', 's.automatic', 's.updated_at', 'u.display_name'])
    .executeTakeFirst();
  const periods = {} as RetentionPeriods;
  for (const type of ZRetentionRecordType.options) {
    const stored = row?.periods[type];
    periods[type] = typeof stored === 'number' ? stored : retentionDefaults[type].months;
  }
  return {
    periods,
    automatic: row?.automatic ?? false,
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
    updatedBy: row?.display_name ?? null,
  };
}

/** When records of each type become due: now minus the period. */
export function cutoffsOf(periods: RetentionPeriods, now = new Date()): Record<TRetentionRecordType, Date> {
  const out = {} as Record<TRetentionRecordType, Date>;
  for (const type of ZRetentionRecordType.options) {
    out[type] = subMonths(now, periods[type]);
  }
  return out;
}

export async function readRetentionSettings(scope: ActorScope): Promise<TRetentionSettings> {
  requireOfficeAction(scope.actor, 'handle_data_subject_rights');
  return retentionSettings(scope.tx);
}

/** Changes periods (within their bounds) and the nightly erasure; audited with old and new values. */
export async function updateRetentionSettings(
  scope: ActorScope,
  input: z.output<typeof ZUpdateRetentionSettingsSchema>,
): Promise<TRetentionSettings> {
  requireOfficeAction(scope.actor, 'handle_data_subject_rights');
  const before = await retentionSettings(scope.tx);
  const periods = { ...before.periods, ...input.periods };
  await scope.tx
    .insertInto('retention_settings')
    .values({
      tenant_id: scope.tenantId,
      periods: JSON.stringify(periods),
      automatic: input.automatic,
      updated_by: scope.actor.userId,
    })
    .onConflict((oc) =>
      oc.column('tenant_id').doUpdateSet({
        periods: JSON.stringify(periods),
        automatic: input.automatic,
        updated_by: scope.actor.userId,
        updated_at: sql<Date>`now()`,
      }),
    )
    .execute();
  await scope.audit({
    action: 'retention.settings_update',
    resourceType: 'retention',
    details: {
      before: { periods: before.periods, automatic: before.automatic },
      after: { periods, automatic: input.automatic },
    },
  });
  return retentionSettings(scope.tx);
}
