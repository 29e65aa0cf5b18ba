import { randomUUID } from 'node:crypto';
import {
  type TCasePerspectives,
  type TPerspective,
  type TPerspectiveCatalogue,
  type TPerspectiveEntryInput,
  type TPerspectiveRound,
  type TPerspectiveRoundInput,
  ZPerspectiveEntryInputSchema,
  ZPerspectiveRoundInputSchema,
} from '@lotse/shared';
import { sql } from 'kysely';
import { badRequest } from '../../platform/errors.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { latestHelpPlanVersions } from '../helpplan/index.js';
import { officeToday } from '../tenancy/index.js';
import { authorizePerspectives } from './case-access.js';
import { perspectiveCatalogue } from './catalogue.js';
import { sealContexts } from './contexts.js';
import { readRounds } from './present.js';

/** The case's rating rounds with the catalogue they are rated on; audited as a read. */
export async function listPerspectives(scope: ActorScope, caseId: string): Promise<TCasePerspectives> {
  const allowedActions = await authorizePerspectives(scope, caseId, 'read');
  const catalogue = perspectiveCatalogue();
  const rounds = await readRounds(scope, catalogue, { caseId });
  await scope.audit({
    action: 'perspectives.read',
    resourceType: 'case',
    resourceId: caseId,
    caseId,
    details: { roundIds: rounds.map((r) => r.id) },
  });
  return { caseId, catalogue, rounds, allowedActions };
}

/** Starts a rating round on the case, with the entries given (often the first one or none). */
export async function createRound(
  scope: ActorScope,
  caseId: string,
  input: TPerspectiveRoundInput,
): Promise<TPerspectiveRound> {
  await authorizePerspectives(scope, caseId, 'rate');
  const round = ZPerspectiveRoundInputSchema.parse(input);
  const catalogue = perspectiveCatalogue();
  if (round.ratedOn > officeToday())
    throw badRequest('Eine Bewertungsrunde kann nicht in der Zukunft liegen.', {
      ratedOn: 'Datum in der Zukunft',
    });
  if (round.helpPlan) await checkHelpPlan(scope, caseId, round.helpPlan);
  const seen = new Set<TPerspective>();
  for (const entry of round.entries) {
    if (seen.has(entry.perspective))
      throw badRequest('Jede Sichtweise nur einmal pro Runde.', { entries: 'doppelte Sichtweise' });
    seen.add(entry.perspective);
    checkEntry(catalogue, entry.perspective, entry);
  }
  const id = randomUUID();
  await scope.tx
    .insertInto('perspective_rounds')
    .values({
      tenant_id: scope.actor.tenantId,
      id,
      case_id: caseId,
      rated_on: round.ratedOn,
      help_plan_id: round.helpPlan?.planId ?? null,
      help_plan_version: round.helpPlan?.version ?? null,
      catalogue_id: catalogue.id,
      catalogue_version: catalogue.version,
      created_by: scope.actor.userId,
    })
    .execute();
  for (const { perspective, ...entry } of round.entries) await writeEntry(scope, id, perspective, entry);
  await scope.audit({
    action: 'perspectives.create_round',
    resourceType: 'perspective_round',
    resourceId: id,
    caseId,
    details: { perspectives: [...seen] },
  });
  return roundDetail(scope, catalogue, caseId, id);
}

/** Enters one perspective's ratings in a round of the case, replacing what it said there before. */
export async function ratePerspective(
  scope: ActorScope,
  caseId: string,
  roundId: string,
  perspective: TPerspective,
  input: TPerspectiveEntryInput,
): Promise<TPerspectiveRound> {
  await authorizePerspectives(scope, caseId, 'rate');
  const round = await scope.tx
    .selectFrom('perspective_rounds')
    .select('id')
    .where('id', '=', roundId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!round) throw new NotVisibleError('perspective_round', roundId, 'Bewertungsrunde');
  const entry = ZPerspectiveEntryInputSchema.parse(input);
  const catalogue = perspectiveCatalogue();
  checkEntry(catalogue, perspective, entry);
  const replaced = await writeEntry(scope, roundId, perspective, entry);
  await scope.audit({
    action: 'perspectives.rate',
    resourceType: 'perspective_round',
    resourceId: roundId,
    caseId,
    details: { perspective, replaced, dimensions: entry.ratings.length },
  });
  return roundDetail(scope, catalogue, caseId, roundId);
}

async function roundDetail(
  scope: ActorScope,
  catalogue: TPerspectiveCatalogue,
  caseId: string,
  roundId: string,
): Promise<TPerspectiveRound> {
  const [round] = await readRounds(scope, catalogue, { caseId, roundId });
  if (!round) throw new Error(`round ${roundId} vanished`);
  return round;
}

type ParsedEntry = ReturnType<typeof ZPerspectiveEntryInputSchema.parse>;

/** What zod cannot know: the catalogue's dimensions, and who says how a view was recorded. */
function checkEntry(catalogue: TPerspectiveCatalogue, perspective: TPerspective, entry: ParsedEntry) {
  const known = new Set(catalogue.dimensions.map((d) => d.id));
  const unknown = entry.ratings.map((r) => r.dimension).filter((d) => !known.has(d));
  if (unknown.length > 0)
    throw badRequest(`Unbekannte Dimension: ${unknown.join(', ')}.`, { ratings: 'unbekannte Dimension' });
  const ownView = perspective === 'caseworker' || perspective === 'provider';
  if (!ownView && entry.recordedAs === null)
    throw badRequest(
      'Bitte angeben, ob die Sichtweise gemeinsam eingegeben oder in eigenen Worten festgehalten wurde.',
      {
        recordedAs: 'fehlt',
      },
    );
  if (ownView && entry.recordedAs !== null)
    throw badRequest('„Gemeinsam eingegeben“ gibt es nur für die Sicht des Kindes oder der Eltern.', {
      recordedAs: 'nur für Kind und Eltern',
    });
}

async function checkHelpPlan(scope: ActorScope, caseId: string, link: { planId: string; version: number }) {
  const plans = await latestHelpPlanVersions(scope, caseId);
  const plan = plans.find((p) => p.planId === link.planId);
  if (!plan || link.version > plan.version.version)
    throw badRequest('Diese Fassung eines Hilfeplans gibt es in diesem Fall nicht.', {
      helpPlan: 'unbekannt',
    });
}

/** Writes (or replaces) one perspective's entry; answers whether there was one before. */
async function writeEntry(
  scope: ActorScope,
  roundId: string,
  perspective: TPerspective,
  entry: ParsedEntry,
): Promise<boolean> {
  const { tx, actor, sealed } = scope;
  const updated = await tx
    .updateTable('perspective_entries')
    .set({ recorded_as: entry.recordedAs, entered_by: actor.userId, entered_at: sql<Date>`now()` })
    .where('round_id', '=', roundId)
    .where('perspective', '=', perspective)
    .executeTakeFirst();
  const replaced = Number(updated.numUpdatedRows) > 0;
  if (replaced)
    await tx
      .deleteFrom('perspective_ratings')
      .where('round_id', '=', roundId)
      .where('perspective', '=', perspective)
      .execute();
  else
    await tx
      .insertInto('perspective_entries')
      .values({
        tenant_id: actor.tenantId,
        round_id: roundId,
        perspective,
        recorded_as: entry.recordedAs,
        entered_by: actor.userId,
      })
      .execute();
  const rows = [];
  for (const r of entry.ratings)
    rows.push({
      tenant_id: actor.tenantId,
      round_id: roundId,
      perspective,
      dimension: r.dimension,
      value: r.value,
      comment_enc: r.comment
        ? await sealed.seal(r.comment, sealContexts.comment(roundId, perspective, r.dimension))
        : null,
    });
  await tx.insertInto('perspective_ratings').values(rows).execute();
  return replaced;
}
