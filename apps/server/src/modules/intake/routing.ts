import type { TIntakeTopic, TTeamContact } from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import { HttpError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import { resolveSocialArea, teamContact } from '../tenancy/index.js';

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
    .selectFrom('directory_teams as teams')
    .select('id')
    .where('kind', '=', 'asd')
    .orderBy('name')
    .limit(1)
    .executeTakeFirst();
  return fallback?.id ?? null;
}

/** The team that would answer a request on this topic from this address (shown before sending). */
export async function responsibleTeam(
  { tx }: Scope,
  input: { topic: TIntakeTopic; postcode?: string | null | undefined; street?: string | null | undefined },
): Promise<TTeamContact> {
  const area = await resolveSocialArea(tx, input);
  const teamId = await routeToTeam(tx, input.topic, area);
  if (!teamId) throw new HttpError(503, 'no_team', 'Das Amt hat noch keine Teams eingerichtet.');
  return teamContact(tx, teamId);
}
