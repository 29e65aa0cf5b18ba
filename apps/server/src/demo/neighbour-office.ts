import { randomUUID } from 'node:crypto';
import type { TRole } from '@lotse/shared';
import { type Kysely, sql } from 'kysely';
import { type Db, type Tx, withTenant } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { contentHash } from '../modules/cooperation/index.js';
import { ensureStarterKnowledge } from '../modules/knowledge/index.js';
import { hashPassword } from '../platform/auth/passwords.js';
import { demoDirectory, demoSharedTemplates } from './neighbour-cooperation.js';
import { DEMO_PASSWORD, DEMO_TENANT_ID } from './office.js';

// The second demo office on the same installation, "Jugendamt Nachbarstadt": a few staff and no
// families, so the two offices can share templates and the region's directory (module cooperation).

export const NEIGHBOUR_TENANT_ID = '6d75e57e-0000-4000-8000-000000000002';
export const NEIGHBOUR_TENANT_SLUG = 'nachbarstadt';
export const NEIGHBOUR_OFFICE = 'Jugendamt Nachbarstadt';

interface NeighbourStaff {
  username: string;
  displayName: string;
  roles: TRole[];
  lead?: boolean;
  login: string;
}

const neighbourStaff: NeighbourStaff[] = [
  {
    username: 'lea.nachbar',
    displayName: 'Lea Lindner',
    roles: ['caseworker'],
    login: 'Fachkraft ASD, Jugendamt Nachbarstadt (zweites Amt: Vorlagen übernehmen)',
  },
  {
    username: 'tim.nachbar',
    displayName: 'Tim Thomsen',
    roles: ['team_lead', 'caseworker'],
    lead: true,
    login: 'Teamleitung ASD, Jugendamt Nachbarstadt (veröffentlichen, Vorlagenpakete)',
  },
  {
    username: 'admin.nachbar',
    displayName: 'Admin Nachbarstadt',
    roles: ['admin'],
    login: 'Administration, Jugendamt Nachbarstadt',
  },
];

/** The neighbour office's accounts for the start-up list (password: `DEMO_PASSWORD`). */
export const neighbourLogins = neighbourStaff.map((s) => ({ username: s.username, description: s.login }));

async function inOwnerTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.withOwner((owner: Kysely<Database>) =>
    owner.isTransaction ? fn(owner as Tx) : owner.transaction().execute(fn),
  );
}

/** The office, one ASD team and its staff; false if it exists already. */
async function createNeighbourOffice(db: Db): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return inOwnerTransaction(db, async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('lotse:demo-neighbour'))`.execute(tx);
    const exists = await tx
      .selectFrom('tenants')
      .select('id')
      .where('id', '=', NEIGHBOUR_TENANT_ID)
      .executeTakeFirst();
    if (exists) return false;
    await tx
      .insertInto('tenants')
      .values({
        id: NEIGHBOUR_TENANT_ID,
        slug: NEIGHBOUR_TENANT_SLUG,
        name: NEIGHBOUR_OFFICE,
        crisis_phone: '0800 765 43 21',
      })
      .execute();
    const teamId = randomUUID();
    await tx
      .insertInto('teams')
      .values({
        tenant_id: NEIGHBOUR_TENANT_ID,
        id: teamId,
        name: 'ASD Nachbarstadt',
        kind: 'asd',
        social_area_id: null,
      })
      .execute();
    for (const s of neighbourStaff) {
      const id = randomUUID();
      await tx
        .insertInto('users')
        .values({
          tenant_id: NEIGHBOUR_TENANT_ID,
          id,
          username: s.username,
          display_name: s.displayName,
          email: `${s.username}@jugendamt-nachbarstadt.example`,
          password_hash: passwordHash,
          totp_secret_enc: null,
          mfa_enabled: false,
          roles: s.roles,
        })
        .execute();
      if (s.roles.includes('caseworker'))
        await tx
          .insertInto('team_memberships')
          .values({ tenant_id: NEIGHBOUR_TENANT_ID, team_id: teamId, user_id: id, lead: s.lead ?? false })
          .execute();
    }
    return true;
  });
}

/** Musterstadt's two shared templates: articles of its knowledge base, published to the space. */
async function publishMusterstadtTemplates(db: Db, now: Date): Promise<void> {
  // As the owner: the publication dates lie in the past, which the app role cannot write.
  await inOwnerTransaction(db, async (tx) => {
    const office = await tx
      .selectFrom('tenants')
      .select('name')
      .where('id', '=', DEMO_TENANT_ID)
      .executeTakeFirst();
    const clara = await tx
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('tenant_id', '=', DEMO_TENANT_ID)
      .where('username', '=', 'clara.leitung')
      .executeTakeFirst();
    if (!office || !clara) return;
    const reviewOn = `${now.getUTCFullYear() + 1}${now.toISOString().slice(4, 10)}`.replace(
      '-02-29',
      '-02-28',
    );
    for (const [i, t] of demoSharedTemplates.entries()) {
      const articleId = randomUUID();
      const base = { tenant_id: DEMO_TENANT_ID, title: t.title, body: t.body, tags: t.tags };
      await tx
        .insertInto('knowledge_articles')
        .values({
          ...base,
          id: articleId,
          kind: t.kind,
          owner_id: clara.id,
          edited_by: clara.id,
          review_on: reviewOn,
          archived_at: null,
          origin_office: null,
          question_id: null,
        })
        .execute();
      await tx
        .insertInto('knowledge_article_versions')
        .values({ ...base, article_id: articleId, version: 1, edited_by: clara.id, note: '' })
        .execute();
      const content = { title: t.title, kind: t.kind, body: t.body, tags: t.tags };
      await tx
        .insertInto('cooperation_publications')
        .values({
          id: randomUUID(),
          publisher_tenant: DEMO_TENANT_ID,
          publisher_office: office.name,
          kind: t.kind,
          title: t.title,
          summary: t.summary,
          tags: t.tags,
          content: JSON.stringify(content),
          content_hash: contentHash(content),
          source_ref: `article:${articleId}`,
          published_by_name: clara.display_name,
          published_by: clara.id,
          // a few days apart, the checklist first
          published_at: new Date(now.getTime() - (6 - i * 3) * 86_400_000),
        })
        .execute();
    }
  });
}

/** The region's experts and services, most added by Musterstadt, some by Nachbarstadt. */
async function seedDirectory(db: Db): Promise<void> {
  for (const [tenantId, office, neighbour] of [
    [DEMO_TENANT_ID, 'Jugendamt Musterstadt', false],
    [NEIGHBOUR_TENANT_ID, NEIGHBOUR_OFFICE, true],
  ] as const) {
    const entries = demoDirectory.filter((e) => (e.neighbour ?? false) === neighbour);
    await withTenant(db, tenantId, (tx) =>
      tx
        .insertInto('cooperation_directory')
        .values(
          entries.map(({ neighbour: _, postcodes, ...e }) => ({
            ...e,
            id: randomUUID(),
            added_by_tenant: tenantId,
            added_by_office: office,
            postcodes: postcodes ?? [],
          })),
        )
        .execute(),
    );
  }
}

/**
 * Creates "Jugendamt Nachbarstadt" next to Musterstadt, unless it exists: its staff, the starter
 * knowledge of both offices, Musterstadt's two published templates and the region's directory.
 */
export async function seedNeighbourOffice(ctx: { db: Db }, now = new Date()): Promise<{ seeded: boolean }> {
  if (!(await createNeighbourOffice(ctx.db))) return { seeded: false };
  // Starter knowledge first: an office that has any article gets none (knowledge/starter.ts).
  for (const id of [DEMO_TENANT_ID, NEIGHBOUR_TENANT_ID])
    await withTenant(ctx.db, id, (tx) => ensureStarterKnowledge(tx, id));
  await publishMusterstadtTemplates(ctx.db, now);
  await seedDirectory(ctx.db);
  return { seeded: true };
}
