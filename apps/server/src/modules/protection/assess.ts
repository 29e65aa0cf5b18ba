import { randomUUID } from 'node:crypto';
import { type TAssessmentInput, type TProtectionProcedure, ZAssessmentInputSchema } from '@lotse/shared';
import { badRequest } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { countRatings, factorKinds } from './assessment-rows.js';
import { authorizeProcedure } from './authorize.js';
import { findCatalogue } from './catalogues.js';
import { DateChecks, dayOf } from './dates.js';
import { procedureDetail } from './present.js';
import { type SealedAssessment, sealPart } from './sealed.js';

/**
 * Records an assessment with a factor catalogue: a rating 0–3 (and a note) per factor key of that
 * catalogue. Each assessment is kept, so risk and protective factors can be followed over time.
 */
export async function addAssessment(
  scope: ActorScope,
  procedureId: string,
  raw: TAssessmentInput,
): Promise<TProtectionProcedure> {
  const p = await authorizeProcedure(scope, procedureId, 'edit');
  const input = ZAssessmentInputSchema.parse(raw);
  const catalogue = await findCatalogue(scope.tx, input.catalogueId, input.catalogueVersion);
  if (!catalogue)
    throw badRequest(
      `Den Katalog „${input.catalogueId}“ in Version ${input.catalogueVersion} gibt es in diesem Amt nicht.`,
      { catalogueId: 'Unbekannter Katalog' },
    );
  const kinds = factorKinds(catalogue);
  const unknown = input.ratings.filter((r) => !kinds.has(r.factorKey)).map((r) => r.factorKey);
  if (unknown.length > 0)
    throw badRequest(`Diese Faktoren gibt es im Katalog nicht: ${unknown.slice(0, 5).join(', ')}.`, {
      ratings: 'Unbekannter Faktor',
    });
  const checks = new DateChecks();
  checks.past('assessedOn', input.assessedOn, dayOf(p.receivedAt), 'Der Tag der Einschätzung');
  checks.throwIfAny();
  const id = randomUUID();
  const counts = countRatings(input.ratings, kinds);
  await scope.tx
    .insertInto('protection_assessments')
    .values({
      tenant_id: scope.actor.tenantId,
      id,
      procedure_id: procedureId,
      catalogue_id: catalogue.id,
      catalogue_version: catalogue.version,
      assessed_on: input.assessedOn,
      ratings_enc: await sealPart(scope.sealed, 'assessment', id, {
        ratings: input.ratings,
        summary: input.summary,
      } satisfies SealedAssessment),
      risk_rated: counts.risk.rated,
      protective_rated: counts.protective.rated,
      created_by: scope.actor.userId,
    })
    .execute();
  await scope.audit({
    action: 'protection.assess',
    resourceType: 'protection_procedure',
    resourceId: procedureId,
    caseId: p.case_id,
    details: { assessmentId: id, catalogue: `${catalogue.id}@${catalogue.version}` },
  });
  return procedureDetail(scope, procedureId, p.resource.caseAccess as 'update');
}
