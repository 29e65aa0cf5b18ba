import type { TIntakeTopic } from '@lotse/shared';
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
