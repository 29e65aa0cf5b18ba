import { randomBytes } from 'node:crypto';
import { caseStatuses } from '@lotse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, withTenant } from '../db/connection.js';
import { openPersonal } from '../modules/people/index.js';
import { resolveSocialArea } from '../modules/tenancy/index.js';
import { KeyRing } from '../platform/crypto.js';
import { sealedTextFor } from '../platform/sealed-text.js';
import { freshDatabase } from '../test-support/database.js';
import { buildDemoRows } from './build.js';
import { DEMO_PROVIDER_ID } from './providers.js';
import { DEMO_TENANT_ID, demoLogins, LENA_CASE_ID, seedDemoData } from './seed.js';

let db: Db;
let drop: () => Promise<void>;
const keys = new KeyRing(randomBytes(32));
let firstSeed: { seeded: boolean };

beforeAll(async () => {
  ({ db, drop } = await freshDatabase());
  firstSeed = await seedDemoData({ db, keys });
});
afterAll(() => drop());

const inOffice = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(db, DEMO_TENANT_ID, fn);

describe('demo rows', () => {
  const rows = buildDemoRows(new Date(), 'hash');

  it('gives every case two to six entries (Lena, the showcase, seven) and a unique reference', () => {
    for (const c of rows.cases) {
      const n = rows.entries.filter((e) => e.case_id === c.id).length;
      expect(n, c.reference).toBeGreaterThanOrEqual(2);
      expect(n, c.reference).toBeLessThanOrEqual(c.id === LENA_CASE_ID ? 7 : 6);
      expect(c.reference).toMatch(/^\d{4}-[A-Z]+-\d{4}$/);
    }
    expect(new Set(rows.cases.map((c) => c.reference)).size).toBe(rows.cases.length);
  });

  it('never dates anything in the future', () => {
    const now = Date.now() + 1000;
    for (const e of rows.entries) expect(new Date(e.occurred_at).getTime()).toBeLessThan(now);
    for (const c of rows.cases) expect(new Date(c.opened_at ?? 0).getTime()).toBeLessThan(now);
  });
});

describe('seedDemoData', () => {
  it('creates the office once', async () => {
    expect(firstSeed).toEqual({ seeded: true });
    expect(await seedDemoData({ db, keys })).toEqual({ seeded: false });
  });

  it('fills at least 30 cases in every status', async () => {
    const cases = await inOffice((tx) =>
      tx.selectFrom('cases').select(['status', 'search_tokens', 'legacy_title', 'title_enc']).execute(),
    );
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const status of caseStatuses)
      expect(
        cases.some((c) => c.status === status),
        status,
      ).toBe(true);
    // Seeding leaves no title in plaintext, and every case searchable.
    for (const c of cases) {
      expect(c.legacy_title).toBeNull();
      expect(c.title_enc).not.toBeNull();
      expect(c.search_tokens?.length).toBeGreaterThan(0);
    }
    // Nor a household label.
    const households = await inOffice((tx) =>
      tx.selectFrom('households').select(['legacy_label', 'label_enc']).execute(),
    );
    expect(households.length).toBeGreaterThan(0);
    for (const h of households) {
      expect(h.legacy_label).toBeNull();
      expect(h.label_enc).not.toBeNull();
    }
  });

  it("has Lena's case with Anna as caseworker", async () => {
    const lena = await inOffice((tx) =>
      tx
        .selectFrom('cases')
        .innerJoin('users', (j) => j.onRef('users.id', '=', 'cases.caseworker_id'))
        .select(['cases.status', 'cases.help_type', 'cases.search_tokens', 'users.username'])
        .where('cases.id', '=', LENA_CASE_ID)
        .executeTakeFirstOrThrow(),
    );
    expect(lena).toMatchObject({ status: 'planning', help_type: 'p31_spfh', username: 'anna.asd' });
    expect(lena.search_tokens).toContain(keys.blindIndex(DEMO_TENANT_ID, 'schneider'));
    expect(lena.search_tokens).toContain(keys.blindIndex(DEMO_TENANT_ID, 'le'));
    const child = await inOffice(async (tx) => {
      const persons = await tx
        .selectFrom('case_persons')
        .innerJoin('persons', (j) => j.onRef('persons.id', '=', 'case_persons.person_id'))
        .select(['persons.id', 'persons.personal_enc', 'persons.birth_date'])
        .where('case_persons.case_id', '=', LENA_CASE_ID)
        .execute();
      const sealed = sealedTextFor(keys, tx, DEMO_TENANT_ID);
      for (const p of persons) {
        if ((await openPersonal(sealed, p.id, p.personal_enc)).firstName === 'Lena') return p;
      }
      throw new Error('Lena fehlt');
    });
    const today = new Date();
    const born = new Date(`${child.birth_date}T12:00:00`);
    expect(today.getFullYear() - born.getFullYear()).toBe(8);
  });

  it("gives Lena's case a help plan, agreed and reviewed (two final versions, three goals rated)", async () => {
    const versions = await inOffice(async (tx) => {
      const rows = await tx
        .selectFrom('help_plans as p')
        .innerJoin('help_plan_versions as v', (j) => j.onRef('v.plan_id', '=', 'p.id'))
        .select(['p.id', 'v.version', 'v.status', 'v.content_enc'])
        .where('p.case_id', '=', LENA_CASE_ID)
        .orderBy('v.version')
        .execute();
      const sealed = sealedTextFor(keys, tx, DEMO_TENANT_ID);
      return Promise.all(
        rows.map(async (r) => ({
          version: r.version,
          status: r.status,
          content: JSON.parse(await sealed.open(r.content_enc, `help-plan:${r.id}:${r.version}`)),
        })),
      );
    });
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'final'],
      [2, 'final'],
    ]);
    expect(versions[1]?.content.goals.map((g: { progress: number }) => g.progress)).toEqual([7, 6, 4]);
  });

  it("has a completed § 8a procedure in another case than Lena's: latent, assessed, signed off by a second person", async () => {
    const procedures = await inOffice((tx) =>
      tx
        .selectFrom('protection_procedures')
        .select([
          'id',
          'case_id',
          'status',
          'result',
          'proposed_by',
          'signed_off_by',
          'participant_ids',
          'follow_up_on',
        ])
        .execute(),
    );
    // Anna's: the demo history adds many closed procedures of other staff.
    const anna = await inOffice((tx) =>
      tx.selectFrom('users').select('id').where('username', '=', 'anna.asd').executeTakeFirstOrThrow(),
    );
    const done = procedures.find((p) => p.status === 'closed' && p.proposed_by === anna.id);
    expect(done).toMatchObject({ result: 'latent' });
    expect(done?.case_id).not.toBe(LENA_CASE_ID);
    expect(done?.follow_up_on).not.toBeNull();
    expect(done?.participant_ids).toHaveLength(2);
    expect(done?.signed_off_by).not.toBe(done?.proposed_by);
    const assessments = await inOffice((tx) =>
      tx
        .selectFrom('protection_assessments')
        .select(['risk_rated', 'protective_rated'])
        .where('procedure_id', '=', done?.id ?? '')
        .execute(),
    );
    expect(assessments.length).toBeGreaterThanOrEqual(1);
    expect(assessments.every((a) => a.risk_rated > 0 && a.protective_rated > 0)).toBe(true);
    // A second procedure waits for its second sign-off (process map, team overview, four-eyes demo).
    const waiting = procedures.filter((p) => p.status === 'awaiting_sign_off');
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ result: 'latent', signed_off_by: null });
    expect(waiting[0]?.participant_ids).toHaveLength(2);
  });

  it('stores entry bodies encrypted, readable with the key ring', async () => {
    const bodies = await inOffice(async (tx) => {
      const entries = await tx.selectFrom('case_entries').select(['id', 'body_enc']).execute();
      return Promise.all(
        entries.map((e) => keys.decryptText(tx, DEMO_TENANT_ID, e.body_enc, `entry:${e.id}`)),
      );
    });
    expect(bodies.length).toBeGreaterThan(60);
    for (const body of bodies) {
      expect(body).toMatch(/[a-zäöüß]{4,}/);
      expect(body).not.toMatch(/\{\w+\}/);
    }
  });

  it('marks entrusted entries as entrusted to their author (§ 65)', async () => {
    const entrusted = await inOffice((tx) =>
      tx
        .selectFrom('case_entries')
        .select(['author_id', 'entrusted_to'])
        .where('entrusted_to', 'is not', null)
        .execute(),
    );
    expect(entrusted.length).toBeGreaterThanOrEqual(1);
    for (const e of entrusted) expect(e.entrusted_to).toBe(e.author_id);
  });

  it("gives Anna overdue, today's and upcoming tasks", async () => {
    const tasks = await inOffice((tx) =>
      tx
        .selectFrom('tasks')
        .innerJoin('users', (j) => j.onRef('users.id', '=', 'tasks.assignee_id'))
        .select(['tasks.due_on'])
        .where('users.username', '=', 'anna.asd')
        .where('tasks.done_at', 'is', null)
        .execute(),
    );
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(tasks.some((t) => t.due_on < today)).toBe(true);
    expect(tasks.some((t) => t.due_on === today)).toBe(true);
    expect(tasks.some((t) => t.due_on > today)).toBe(true);
  });

  it("places every address in the social area the server's rule finds", async () => {
    const mismatches = await inOffice(async (tx) => {
      const persons = await tx
        .selectFrom('persons')
        .select(['id', 'personal_enc', 'social_area_id'])
        .execute();
      const sealed = sealedTextFor(keys, tx, DEMO_TENANT_ID);
      const out: string[] = [];
      let withAddress = 0;
      for (const row of persons) {
        const p = await openPersonal(sealed, row.id, row.personal_enc);
        if (!p.postcode) continue;
        withAddress += 1;
        const area = await resolveSocialArea(tx, p);
        if (area !== row.social_area_id) out.push(`${p.firstName}: ${p.street} ${p.houseNumber}`);
      }
      expect(withAddress).toBeGreaterThan(30);
      return out;
    });
    expect(mismatches).toEqual([]);
  });

  it('lets the app role see the office only with the tenant set', async () => {
    const inside = await inOffice((tx) => tx.selectFrom('cases').select('id').execute());
    expect(inside.length).toBeGreaterThanOrEqual(30);
    const outside = await db.app.selectFrom('cases').select('id').execute();
    expect(outside).toHaveLength(0);
  });

  it('lists the demo logins with German descriptions', () => {
    expect(demoLogins.map((l) => l.username)).toEqual(
      expect.arrayContaining(['anna.asd', 'ben.asd', 'clara.leitung', 'dora.datenschutz', 'admin']),
    );
  });
});

describe('the demo region’s providers', () => {
  it('has at least 30 providers with 80 facilities serving the office, emil.traeger at one of them', async () => {
    const counts = await inOffice(async (tx) => ({
      providers: (await tx.selectFrom('provider_offices').select('provider_id').execute()).length,
      facilities: (
        await tx
          .selectFrom('provider_facilities as f')
          .innerJoin('provider_offices as po', 'po.provider_id', 'f.provider_id')
          .select('f.id')
          .execute()
      ).length,
      emil: await tx
        .selectFrom('provider_staff as s')
        .innerJoin('users as u', (j) => j.onRef('u.id', '=', 's.user_id'))
        .select(['s.provider_role', 's.provider_id'])
        .where('u.username', '=', 'emil.traeger')
        .executeTakeFirst(),
    }));
    expect(counts.providers).toBeGreaterThanOrEqual(30);
    expect(counts.facilities).toBeGreaterThanOrEqual(80);
    expect(counts.emil).toMatchObject({ provider_role: 'admin', provider_id: DEMO_PROVIDER_ID });
  });

  it("places Lena's case with emil's SPFH provider under her mother's consent", async () => {
    const lena = await inOffice(async (tx) => ({
      placements: await tx
        .selectFrom('placements')
        .select(['provider_id', 'ended_at'])
        .where('case_id', '=', LENA_CASE_ID)
        .execute(),
      consents: await tx
        .selectFrom('consents')
        .select(['provider_id', 'given_at', 'sections'])
        .where('case_id', '=', LENA_CASE_ID)
        .execute(),
      shares: await tx
        .selectFrom('case_shares')
        .select(['provider_id', 'basis'])
        .where('case_id', '=', LENA_CASE_ID)
        .execute(),
    }));
    expect(lena.placements).toEqual([{ provider_id: DEMO_PROVIDER_ID, ended_at: null }]);
    expect(lena.consents[0]).toMatchObject({
      provider_id: DEMO_PROVIDER_ID,
      sections: ['persons', 'help_plan'],
    });
    expect(lena.consents[0]?.given_at).not.toBeNull();
    expect(lena.shares).toEqual([{ provider_id: DEMO_PROVIDER_ID, basis: 'consent' }]);
  });

  it('puts three offers before Finn (§ 5)', async () => {
    const choices = await inOffice((tx) => tx.selectFrom('offer_choices').select('offer_id').execute());
    expect(choices).toHaveLength(3);
  });
});
