import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import { HttpError } from '../../platform/errors.js';

/** The office behind the public family pages: OFFICE_SLUG, or the only office of this installation. */
export async function resolvePublicOffice(
  ctx: AppContext,
): Promise<{ id: string; name: string; crisisPhone: string | null }> {
  const row = (
    await sql<{ id: string; name: string; crisis_phone: string | null }>`
      SELECT * FROM lotse_public_office(${ctx.config.officeSlug ?? null})`.execute(ctx.db.app)
  ).rows[0];
  if (!row) {
    throw new HttpError(
      503,
      'no_office',
      'Dieses Angebot ist noch nicht eingerichtet. Bitte wenden Sie sich telefonisch an Ihr Jugendamt.',
    );
  }
  return { id: row.id, name: row.name, crisisPhone: row.crisis_phone };
}
