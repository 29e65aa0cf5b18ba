import type { TIntakeTopic, TTeamContact } from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';

/**
 * The responsible team for a topic in a social area, by the office's routing rules: a rule for
 * topic and area beats one for the area alone, which beats one for the topic alone, which beats
 * the catch-all rule (both empty).
 */
export async function routeToTeam(
  tx: Tx,
  topic: TIntakeTopic,
  socialAreaId: string | null,
): Promise<string | null> {
  const rule = await tx
    .selectFrom('routing_rules')
    .select('team_id')
    .where((eb) => eb.or([eb('topic', '=', topic), eb('topic', 'is', null)]))
    .where((eb) =>
      socialAreaId
        ? eb.or([eb('social_area_id', '=', socialAreaId), eb('social_area_id', 'is', null)])
        : eb('social_area_id', 'is', null),
    )
    .orderBy(sql`(topic IS NOT NULL AND social_area_id IS NOT NULL)`, 'desc')
    .orderBy(sql`(social_area_id IS NOT NULL)`, 'desc')
    .orderBy(sql`(topic IS NOT NULL)`, 'desc')
    .limit(1)
    .executeTakeFirst();
  if (rule) return rule.team_id;
  // No rules yet: the first general social services team.
  const fallback = await tx
    .selectFrom('teams')
    .select('id')
    .where('kind', '=', 'asd')
    .orderBy('name')
    .limit(1)
    .executeTakeFirst();
  return fallback?.id ?? null;
}

/** What a family may know about a team: how to reach it. */
export async function teamContact(tx: Tx, teamId: string): Promise<TTeamContact> {
  const t = await tx
    .selectFrom('teams')
    .leftJoin('social_areas as sa', (j) =>
      j.onRef('sa.tenant_id', '=', 'teams.tenant_id').onRef('sa.id', '=', 'teams.social_area_id'),
    )
    .select([
      'teams.id',
      'teams.name',
      'sa.name as area',
      'teams.phone',
      'teams.email',
      'teams.address',
      'teams.hours',
    ])
    .where('teams.id', '=', teamId)
    .executeTakeFirstOrThrow();
  return {
    id: t.id,
    name: t.name,
    socialArea: t.area,
    phone: t.phone,
    email: t.email,
    address: t.address,
    hours: t.hours,
  };
}

export async function allTeamContacts(tx: Tx): Promise<TTeamContact[]> {
  const ids = await tx.selectFrom('teams').select('id').orderBy('name').execute();
  return Promise.all(ids.map((t) => teamContact(tx, t.id)));
}
