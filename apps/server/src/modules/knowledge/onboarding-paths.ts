import { randomUUID } from 'node:crypto';
import { parseLawCitation, type TOnboardingPath, type ZOnboardingPathInputSchema } from '@lotse/shared';
import type { z } from 'zod';
import { badRequest } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import { lawPlaceExists } from '../law/index.js';
import { readPath } from './onboarding.js';

type PathInput = z.output<typeof ZOnboardingPathInputSchema>;

/** Every article a step names exists in the office, every law step cites a place that exists. */
async function checkSteps(scope: ActorScope, input: PathInput, existingStepIds: Set<string>): Promise<void> {
  const fields: Record<string, string> = {};
  const articleIds = [
    ...new Set(input.steps.flatMap((s) => (s.kind === 'article' && s.articleId ? [s.articleId] : []))),
  ];
  const articles = articleIds.length
    ? await scope.tx.selectFrom('knowledge_articles').select('id').where('id', 'in', articleIds).execute()
    : [];
  for (const [i, step] of input.steps.entries()) {
    if (step.id && !existingStepIds.has(step.id))
      fields[`steps.${i}.id`] = 'Diesen Schritt gibt es in diesem Plan nicht.';
    if (step.kind === 'article' && step.articleId && !articles.some((a) => a.id === step.articleId))
      fields[`steps.${i}.articleId`] = 'Diesen Artikel gibt es im Amt nicht.';
    if (step.kind === 'law' && step.lawRef) {
      const place = parseLawCitation(step.lawRef);
      if (!place || !(await lawPlaceExists(scope.tx, place)))
        fields[`steps.${i}.lawRef`] =
          `„${step.lawRef}“ ist keine Vorschrift aus SGB VIII, SGB I, SGB X oder KKG.`;
    }
  }
  if (Object.keys(fields).length > 0) {
    throw badRequest(`Der Plan kann so nicht gespeichert werden: ${Object.values(fields)[0]}`, fields);
  }
}

async function writeSteps(
  scope: ActorScope,
  pathId: string,
  input: PathInput,
  keep: Set<string>,
): Promise<void> {
  const existing = await scope.tx
    .selectFrom('onboarding_steps')
    .select('id')
    .where('path_id', '=', pathId)
    .execute();
  const gone = existing.map((s) => s.id).filter((id) => !input.steps.some((s) => s.id === id));
  if (gone.length) {
    await scope.tx.deleteFrom('onboarding_progress').where('step_id', 'in', gone).execute();
    await scope.tx.deleteFrom('onboarding_steps').where('id', 'in', gone).execute();
  }
  // Positions are unique per path: move the kept steps out of the way first.
  await scope.tx
    .updateTable('onboarding_steps')
    .set((eb) => ({ position: eb('position', '+', 100_000) }))
    .where('path_id', '=', pathId)
    .execute();
  for (const [position, step] of input.steps.entries()) {
    const values = {
      position,
      week: step.week,
      kind: step.kind,
      title: step.title,
      description: step.description,
      article_id: step.kind === 'article' ? step.articleId : null,
      law_ref: step.kind === 'law' ? step.lawRef : null,
    };
    if (step.id && keep.has(step.id)) {
      await scope.tx.updateTable('onboarding_steps').set(values).where('id', '=', step.id).execute();
    } else {
      await scope.tx
        .insertInto('onboarding_steps')
        .values({ tenant_id: scope.tenantId, id: randomUUID(), path_id: pathId, ...values })
        .execute();
    }
  }
}

/** A team lead or administrator writes a new onboarding path. */
export async function createPath(scope: ActorScope, input: PathInput): Promise<TOnboardingPath> {
  requireOfficeAction(scope.actor, 'manage_onboarding');
  await checkSteps(scope, input, new Set());
  const id = randomUUID();
  await scope.tx
    .insertInto('onboarding_paths')
    .values({
      tenant_id: scope.tenantId,
      id,
      title: input.title,
      description: input.description,
      audience: input.audience,
      weeks: input.weeks,
    })
    .execute();
  await writeSteps(scope, id, input, new Set());
  await scope.audit({ action: 'onboarding.path_save', resourceType: 'onboarding', resourceId: id });
  return readPath(scope, id);
}

/**
 * Changes a path: steps keep their ids (and everyone's ticks), new steps are added, steps left out
 * are removed with their ticks.
 */
export async function updatePath(scope: ActorScope, id: string, input: PathInput): Promise<TOnboardingPath> {
  requireOfficeAction(scope.actor, 'manage_onboarding');
  const current = await readPath(scope, id);
  const keep = new Set(current.steps.map((s) => s.id));
  await checkSteps(scope, input, keep);
  await scope.tx
    .updateTable('onboarding_paths')
    .set({ title: input.title, description: input.description, audience: input.audience, weeks: input.weeks })
    .where('id', '=', id)
    .execute();
  await writeSteps(scope, id, input, keep);
  await scope.audit({ action: 'onboarding.path_save', resourceType: 'onboarding', resourceId: id });
  return readPath(scope, id);
}
