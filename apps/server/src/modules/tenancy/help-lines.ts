import {
  defaultHelpLines,
  helpLineKeys,
  type THelpLine,
  type THelpLineEdit,
  type THelpLineKey,
} from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import type { ActorScope } from '../../platform/scope.js';

/**
 * The office's help lines: the shipped nationwide numbers, as changed or switched off by the office.
 * Always all keys, in a fixed order.
 */
export async function listHelpLines(tx: Tx): Promise<THelpLine[]> {
  const rows = await tx.selectFrom('help_lines').select(['key', 'phone', 'enabled']).execute();
  const own = new Map(rows.map((r) => [r.key as THelpLineKey, r]));
  return helpLineKeys.map((key) => {
    const row = own.get(key);
    const phone = row?.phone ?? defaultHelpLines[key];
    return { key, phone, enabled: row?.enabled ?? true, isDefault: phone === defaultHelpLines[key] };
  });
}

/** What the family app shows: the enabled lines with their numbers. */
export async function publicHelpLines(tx: Tx): Promise<{ key: THelpLineKey; phone: string }[]> {
  return (await listHelpLines(tx)).filter((l) => l.enabled).map(({ key, phone }) => ({ key, phone }));
}

/** The administration changes numbers or switches lines off; lines not named stay as they are. */
export async function updateHelpLines(scope: ActorScope, input: THelpLineEdit): Promise<THelpLine[]> {
  const { tx, actor, audit } = scope;
  for (const line of input.lines) {
    await tx
      .insertInto('help_lines')
      .values({
        tenant_id: actor.tenantId,
        key: line.key,
        phone: line.phone,
        enabled: line.enabled,
        updated_by: actor.userId,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'key']).doUpdateSet({
          phone: line.phone,
          enabled: line.enabled,
          updated_by: actor.userId,
          updated_at: sql<Date>`now()`,
        }),
      )
      .execute();
  }
  await audit({
    action: 'settings.update',
    resourceType: 'settings',
    resourceId: 'help-lines',
    details: { keys: input.lines.map((l) => l.key) },
  });
  return listHelpLines(tx);
}
