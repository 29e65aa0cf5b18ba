import type { THint } from '@lotse/shared';
import type { ActorScope } from '../../platform/scope.js';

export const dismissalReasonContext = (id: string) => `hint-dismissal:${id}`;

/** The standing dismissals of a case by rule, reasons opened. */
export async function standingDismissals({ tx, sealed }: Pick<ActorScope, 'tx' | 'sealed'>, caseId: string) {
  const rows = await tx
    .selectFrom('hint_dismissals as d')
    .innerJoin('directory_users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'd.tenant_id').onRef('u.id', '=', 'd.dismissed_by'),
    )
    .select(['d.id', 'd.rule', 'd.reason_enc', 'd.dismissed_by', 'u.display_name', 'd.dismissed_at'])
    .where('d.case_id', '=', caseId)
    .where('d.withdrawn_at', 'is', null)
    .execute();
  const byRule = new Map<string, NonNullable<THint['dismissal']>>();
  for (const row of rows)
    byRule.set(row.rule, {
      reason: await sealed.open(row.reason_enc, dismissalReasonContext(row.id)),
      by: { id: row.dismissed_by, displayName: row.display_name },
      at: new Date(row.dismissed_at).toISOString(),
    });
  return byRule;
}
