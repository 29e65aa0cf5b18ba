import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';

/** Keeps the denormalised search text (reference, title, names of the persons) in step. */
export async function refreshCaseSearchText(tx: Tx, caseId: string): Promise<void> {
  await sql`
    UPDATE cases c SET search_text = lower(concat_ws(' ', c.reference, c.title,
      (SELECT string_agg(p.first_name || ' ' || p.last_name, ' ')
         FROM case_persons cp JOIN persons p ON p.tenant_id = cp.tenant_id AND p.id = cp.person_id
        WHERE cp.tenant_id = c.tenant_id AND cp.case_id = c.id)))
    WHERE c.id = ${caseId}`.execute(tx);
}
