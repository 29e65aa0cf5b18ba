import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { openPersonal } from './personal-data.js';

export interface PersonName {
  id: string;
  name: string;
  birthDate: string | null;
}

/** Names and birth dates of persons of the office (unaudited: the caller audits its purpose). */
export async function personNames(
  tx: Tx,
  sealed: SealedText,
  ids: readonly string[],
): Promise<Map<string, PersonName>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('persons')
    .select(['id', 'personal_enc', 'birth_date'])
    .where('id', 'in', [...ids])
    .execute();
  const out = new Map<string, PersonName>();
  for (const row of rows) {
    const personal = await openPersonal(sealed, row.id, row.personal_enc);
    out.set(row.id, {
      id: row.id,
      name: `${personal.firstName} ${personal.lastName}`.trim(),
      birthDate: row.birth_date ? String(row.birth_date).slice(0, 10) : null,
    });
  }
  return out;
}
