import { randomUUID } from 'node:crypto';
import type { TIntakeTopic, TRoutingRule } from '@lotse/shared';
import { HttpError } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';

export async function listRoutingRules(scope: ActorScope): Promise<TRoutingRule[]> {
  requireOfficeAction(scope.actor, 'administer');
  const rows = await scope.tx
    .selectFrom('routing_rules')
    .select(['topic', 'social_area_id', 'team_id'])
    .orderBy('topic')
    .orderBy('social_area_id')
    .execute();
  return rows.map((r) => ({
    topic: r.topic as TIntakeTopic | null,
    socialAreaId: r.social_area_id,
    teamId: r.team_id,
  }));
}

/** Replaces the routing table at once, so there is never a half-edited state. */
export async function replaceRoutingRules(scope: ActorScope, rules: TRoutingRule[]): Promise<TRoutingRule[]> {
  requireOfficeAction(scope.actor, 'administer');
  const { tx, actor } = scope;
  const keys = rules.map((r) => `${r.topic ?? '*'}|${r.socialAreaId ?? '*'}`);
  if (new Set(keys).size !== keys.length) {
    throw new HttpError(
      400,
      'bad_request',
      'Jede Kombination aus Thema und Sozialraum darf nur einmal vorkommen.',
    );
  }
  if (!rules.some((r) => r.topic === null && r.socialAreaId === null)) {
    throw new HttpError(
      400,
      'bad_request',
      'Es fehlt eine Regel für alle übrigen Anfragen (Thema und Sozialraum leer).',
    );
  }
  const teams = new Set(
    (await tx.selectFrom('directory_teams as teams').select('id').execute()).map((t) => t.id),
  );
  const areas = new Set(
    (await tx.selectFrom('directory_social_areas as social_areas').select('id').execute()).map((a) => a.id),
  );
  for (const r of rules) {
    if (!teams.has(r.teamId))
      throw new HttpError(400, 'bad_request', 'Ein Team in den Regeln gibt es nicht.');
    if (r.socialAreaId && !areas.has(r.socialAreaId)) {
      throw new HttpError(400, 'bad_request', 'Ein Sozialraum in den Regeln gibt es nicht.');
    }
  }
  await tx.deleteFrom('routing_rules').execute();
  if (rules.length) {
    await tx
      .insertInto('routing_rules')
      .values(
        rules.map((r) => ({
          tenant_id: actor.tenantId,
          id: randomUUID(),
          topic: r.topic,
          social_area_id: r.socialAreaId,
          team_id: r.teamId,
        })),
      )
      .execute();
  }
  return listRoutingRules(scope);
}
