import { type TCaseOrigin, type TCaseStatus, type TCaseSummary, ZCaseOriginSchema } from '@lotse/shared';
import type { z } from 'zod';
import type { Actor } from '../../platform/actor.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { openPersonal } from '../people/index.js';
import { allowedCaseActions } from './policy.js';
import { asHelpType, type CaseSummaryRow, factsOf } from './queries.js';
import { caseTitleContext } from './sealed-fields.js';

export const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

/** What leaves the server about a case in lists and headers (the title decrypted). */
export async function presentCaseSummary(
  row: CaseSummaryRow,
  actor: Actor,
  sealed: SealedText,
): Promise<TCaseSummary> {
  return {
    id: row.id,
    reference: row.reference,
    title: await sealed.open(row.title_enc, caseTitleContext(row.id)),
    status: row.status as TCaseStatus,
    helpType: asHelpType(row.help_type),
    team: { id: row.team_id, name: row.team_name },
    caseworker:
      row.caseworker_id && row.caseworker_name
        ? { id: row.caseworker_id, displayName: row.caseworker_name }
        : null,
    children: await Promise.all(
      row.children.map(async (c) => {
        const personal = await openPersonal(sealed, c.id, c.personal_enc);
        return {
          id: c.id,
          firstName: personal.firstName,
          lastName: personal.lastName,
          birthDate: c.birth_date,
        };
      }),
    ),
    socialArea: row.area_id && row.area_name ? { id: row.area_id, name: row.area_name } : null,
    openedAt: iso(row.opened_at),
    updatedAt: iso(row.updated_at),
    allowedActions: allowedCaseActions(actor, factsOf(row)),
  };
}

/** What the case keeps from the family's request it was opened from (stored at opening). */
export const ZStoredOrigin = ZCaseOriginSchema.omit({ requestId: true, unreadMessages: true });
export type StoredOrigin = z.infer<typeof ZStoredOrigin>;

export function presentOrigin(
  requestId: string | null,
  stored: unknown,
  unread: number | null,
): TCaseOrigin | null {
  if (!requestId || !stored) return null;
  return { ...ZStoredOrigin.parse(stored), requestId, unreadMessages: unread ?? 0 };
}
