import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../db/connection.js';
import type { KeyRing } from '../platform/crypto.js';
import type { SealedText } from '../platform/sealed-text.js';
import type { DemoRows } from './build.js';
import { LENA_CASE_ID } from './families.js';
import { DEMO_TENANT_ID } from './office.js';
import { DEMO_PROVIDER_ID, demoFacilityId } from './providers.js';

const DAY_MS = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Lena's SPFH runs at Familienhilfe Nord e. V. (emil.traeger's provider): the placement, her mother's
 * consent (given in the family app) to share persons and the help plan, the share on it, and the
 * provider's first entry in the case. Written as the schema owner with the rows' own encryption.
 */
export async function seedLenaPlacement(
  ctx: { tx: Tx; sealed: SealedText; keys: KeyRing },
  rows: Pick<DemoRows, 'persons' | 'casePersons' | 'users'>,
  now: Date,
): Promise<void> {
  const { tx } = ctx;
  const userId = (username: string) => rows.users.find((u) => u.username === username)?.id;
  const anna = userId('anna.asd');
  const emil = userId('emil.traeger');
  const motherIds = new Set(
    rows.casePersons
      .filter((cp) => cp.case_id === LENA_CASE_ID && cp.role === 'parent')
      .map((cp) => cp.person_id),
  );
  const sandra = rows.persons.find((p) => motherIds.has(p.id) && p.legacy_first_name === 'Sandra')?.id;
  if (!anna || !emil || !sandra) return;
  const started = new Date(now.getTime() - 10 * DAY_MS);
  await tx
    .insertInto('placements')
    .values({
      tenant_id: DEMO_TENANT_ID,
      id: randomUUID(),
      case_id: LENA_CASE_ID,
      inquiry_id: null,
      provider_id: DEMO_PROVIDER_ID,
      facility_id: demoFacilityId(1),
      help_type: 'p31_spfh',
      started_on: day(started),
      created_by: anna,
      created_at: started,
    })
    .execute();
  await tx
    .insertInto('consents')
    .values({
      tenant_id: DEMO_TENANT_ID,
      id: randomUUID(),
      case_id: LENA_CASE_ID,
      person_id: sandra,
      provider_id: DEMO_PROVIDER_ID,
      purpose:
        'Sozialpädagogische Familienhilfe für Lena und ihre Mutter: Namen und Hilfeplan an den Träger.',
      sections: ['persons', 'help_plan'],
      valid_from: day(started),
      valid_until: null,
      source: 'app',
      document_id: null,
      recorded_by: anna,
      recorded_at: started,
      given_at: new Date(started.getTime() + 3_600_000),
    })
    .execute();
  await tx
    .insertInto('case_shares')
    .values({
      tenant_id: DEMO_TENANT_ID,
      id: randomUUID(),
      case_id: LENA_CASE_ID,
      provider_id: DEMO_PROVIDER_ID,
      sections: ['persons', 'help_plan'],
      basis: 'consent',
      legal_ground: null,
      created_by: anna,
      created_at: new Date(started.getTime() + 2 * 3_600_000),
    })
    .execute();
  const entryId = randomUUID();
  await tx
    .insertInto('case_entries')
    .values({
      tenant_id: DEMO_TENANT_ID,
      id: entryId,
      case_id: LENA_CASE_ID,
      kind: 'contact',
      occurred_at: new Date(now.getTime() - 7 * DAY_MS),
      author_id: emil,
      title_enc: await ctx.sealed.seal('Erster Hausbesuch der Familienhilfe', `entry-title:${entryId}`),
      body_enc: await ctx.keys.encrypt(
        tx,
        DEMO_TENANT_ID,
        'Kennenlernen mit Frau Schneider und Lena. Wochenplan besprochen; nächster Termin Dienstag.',
        `entry:${entryId}`,
      ),
      entrusted_to: null,
      document_id: null,
      source_provider_id: DEMO_PROVIDER_ID,
    })
    .execute();
}

/**
 * Finn Müller (14, Erziehungsbeistand, family code DEMO-JUGEND) can choose his provider (§ 5): three
 * offers of the region are put before him.
 */
export async function seedFinnChoice(tx: Tx, rows: Pick<DemoRows, 'cases' | 'users'>): Promise<void> {
  const finnCase = rows.cases.find((c) => c.legacy_title === 'Finn Müller – Erziehungsbeistand')?.id;
  const jonas = rows.users.find((u) => u.username === 'jonas.nord')?.id;
  if (!finnCase || !jonas) return;
  const offers = await tx
    .selectFrom('provider_offers')
    .select('id')
    .where(sql<boolean>`help_types @> '{p30_educational_assistant}'`)
    .orderBy('id')
    .limit(3)
    .execute();
  if (offers.length === 0) return;
  await tx
    .insertInto('offer_choices')
    .values(
      offers.map((o) => ({
        tenant_id: DEMO_TENANT_ID,
        id: randomUUID(),
        case_id: finnCase,
        offer_id: o.id,
        released_by: jonas,
      })),
    )
    .execute();
}
