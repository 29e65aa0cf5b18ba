import { randomUUID } from 'node:crypto';
import type { TRole } from '@lotse/shared';
import type { Kysely } from 'kysely';
import type { Db } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { hashPassword } from '../platform/auth/passwords.js';

export const TEST_PASSWORD = 'Richtig-Langes-Passwort-1';
let cachedHash: Promise<string> | undefined;
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

/** Builds an office with fresh ids; everything is written as the schema owner. */
export class OfficeFactory {
  readonly tenantId = randomUUID();
  private constructor(private readonly db: Db) {}

  static async create(db: Db, name = 'Jugendamt Testhausen'): Promise<OfficeFactory> {
    const f = new OfficeFactory(db);
    await f.owner((o) =>
      o
        .insertInto('tenants')
        .values({ id: f.tenantId, slug: `t-${f.tenantId.slice(0, 8)}`, name })
        .execute(),
    );
    return f;
  }

  owner<T>(fn: (o: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.db.withOwner((o) => fn(o));
  }

  async socialArea(code: string, postcodes: string[]): Promise<string> {
    const id = randomUUID();
    await this.owner((o) =>
      o
        .insertInto('social_areas')
        .values({ tenant_id: this.tenantId, id, code, name: `Sozialraum ${code}`, postcodes })
        .execute(),
    );
    return id;
  }

  async team(name: string, socialAreaId: string | null = null): Promise<string> {
    const id = randomUUID();
    await this.owner((o) =>
      o
        .insertInto('teams')
        .values({ tenant_id: this.tenantId, id, name, kind: 'asd', social_area_id: socialAreaId })
        .execute(),
    );
    return id;
  }

  async user(opts: {
    roles: TRole[];
    teams?: string[];
    leads?: string[];
    username?: string;
  }): Promise<{ id: string; username: string }> {
    const id = randomUUID();
    const username = opts.username ?? `u-${id.slice(0, 8)}`;
    const hash = await passwordHash();
    await this.owner(async (o) => {
      await o
        .insertInto('users')
        .values({
          tenant_id: this.tenantId,
          id,
          username,
          display_name: `Person ${username}`,
          password_hash: hash,
          roles: opts.roles,
        })
        .execute();
      for (const teamId of opts.teams ?? []) {
        await o
          .insertInto('team_memberships')
          .values({ tenant_id: this.tenantId, team_id: teamId, user_id: id, lead: false })
          .execute();
      }
      for (const teamId of opts.leads ?? []) {
        await o
          .insertInto('team_memberships')
          .values({ tenant_id: this.tenantId, team_id: teamId, user_id: id, lead: true })
          .onConflict((oc) => oc.columns(['tenant_id', 'team_id', 'user_id']).doUpdateSet({ lead: true }))
          .execute();
      }
    });
    return { id, username };
  }
}
