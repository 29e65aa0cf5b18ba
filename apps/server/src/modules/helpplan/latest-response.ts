import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';

/** Sealing context of a response's comment. */
export const commentContext = (id: string) => `help-plan-response:${id}`;

/** A person's newest response to one version, for the family's own view. */
export async function latestResponseOf(
  scope: { tx: Tx; sealed: SealedText },
  planId: string,
  version: number,
  personId: string,
) {
  const row = await scope.tx
    .selectFrom('help_plan_responses')
    .select(['id', 'agreed', 'comment_enc', 'created_at'])
    .where('plan_id', '=', planId)
    .where('version', '=', version)
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    agreed: row.agreed,
    comment: row.comment_enc ? await scope.sealed.open(row.comment_enc, commentContext(row.id)) : null,
    at: new Date(row.created_at).toISOString(),
  };
}
