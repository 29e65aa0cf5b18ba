import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/connection.js';
import { hashPassword } from '../platform/auth/passwords.js';
import type { DemoRows } from './build.js';
import { LENA_CASE_ID, LENA_RELEASED_ENTRY_TITLE } from './families.js';
import { DEMO_TENANT_ID } from './office.js';

/** The PIN of both demo family accounts (README, acceptance checks). */
export const DEMO_FAMILY_PIN = '240615';

/**
 * Two family accounts with fixed codes: Lena Schneider's mother (`DEMO-SCHNEIDER`) and Finn Müller,
 * 14 (`DEMO-JUGEND`); and the entry of Lena's case released to the family.
 */
export async function seedDemoFamilyAccounts(
  tx: Tx,
  rows: Pick<DemoRows, 'cases' | 'persons' | 'casePersons' | 'users' | 'entries'>,
): Promise<void> {
  const userId = (username: string) => rows.users.find((u) => u.username === username)?.id;
  const personOf = (caseId: string | undefined, role: string, firstName: string) => {
    const ids = new Set(
      rows.casePersons.filter((cp) => cp.case_id === caseId && cp.role === role).map((cp) => cp.person_id),
    );
    return rows.persons.find((p) => ids.has(p.id) && p.legacy_first_name === firstName)?.id;
  };
  const finnCase = rows.cases.find((c) => c.legacy_title === 'Finn Müller – Erziehungsbeistand')?.id;
  const anna = userId('anna.asd');
  const jonas = userId('jonas.nord');
  const sandra = personOf(LENA_CASE_ID, 'parent', 'Sandra');
  const finn = personOf(finnCase, 'child', 'Finn');
  if (!anna || !jonas || !sandra || !finn || !finnCase) return;
  const pinHash = await hashPassword(DEMO_FAMILY_PIN);
  const account = (caseId: string, personId: string, code: string, invitedBy: string) => ({
    tenant_id: DEMO_TENANT_ID,
    id: randomUUID(),
    case_id: caseId,
    person_id: personId,
    access_code: code,
    pin_hash: pinHash,
    status: 'active' as const,
    invited_by: invitedBy,
    activated_at: new Date(),
  });
  await tx
    .insertInto('family_accounts')
    .values([
      account(LENA_CASE_ID, sandra, 'DEMOSCHNEIDER', anna),
      account(finnCase, finn, 'DEMOJUGEND', jonas),
    ])
    .execute();
  const released = rows.entries.find(
    (e) => e.case_id === LENA_CASE_ID && e.legacy_title === LENA_RELEASED_ENTRY_TITLE,
  );
  if (released) {
    await tx
      .insertInto('case_releases')
      .values({
        tenant_id: DEMO_TENANT_ID,
        case_id: LENA_CASE_ID,
        item_kind: 'entry',
        item_id: released.id,
        person_ids: null,
        released_by: anna,
      })
      .execute();
  }
}
