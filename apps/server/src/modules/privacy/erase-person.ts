import { germanDate, type TErasureCheck } from '@lotse/shared';
import { addMonths } from 'date-fns';
import type { Tx } from '../../db/connection.js';
import type { AppContext } from '../../platform/context.js';
import type { KeyRing } from '../../platform/crypto.js';
import { eraseSubject } from '../../platform/erase.js';
import { HttpError } from '../../platform/errors.js';
import { enqueueJob, type StandaloneJob } from '../../platform/jobs.js';
import { resolveSubject } from '../../platform/personal-data.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { type ActorScope, inBackgroundScope, NotVisibleError } from '../../platform/scope.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { caseFacts } from '../cases/index.js';
import { personNames } from '../people/index.js';
import { openRequestIds } from '../requests/index.js';
import { officeToday } from '../tenancy/index.js';
import { erasureKeys } from './erasure-keys.js';
import { activeHolds } from './retention-holds.js';
import { cutoffsOf, retentionSettings } from './retention-settings.js';
import { personalDataSources } from './sources.js';

export const PERSON_ERASURE_JOB = 'privacy.erase_person';

/** A moment as the office's calendar day in German ('TT.MM.JJJJ'). */
const officeDay = (at: Date) => germanDate(officeToday(at));

/**
 * Whether everything about the person may be erased now (Art. 17 DSGVO) and if not, why: a case still
 * running, a retention period not over, a legal hold, a request still being answered. Erasure takes
 * the person's cases as a whole (with what they hold about others in them).
 */
export async function erasureCheck(
  tx: Tx,
  sealed: SealedText,
  keys: KeyRing,
  tenantId: string,
  personId: string,
): Promise<TErasureCheck> {
  const subject = await resolveSubject(tx, tenantId, personId, personalDataSources(keys));
  const facts = await caseFacts(tx, [...subject.case]);
  const { periods } = await retentionSettings(tx);
  const months = periods.closed_case;
  const cutoff = cutoffsOf(periods).closed_case;
  const holds = await activeHolds(tx, sealed);
  const reasons: TErasureCheck['reasons'] = [];
  for (const [caseId, c] of facts) {
    const ref = { caseId, reference: c.reference };
    if (c.status !== 'closed' || !c.closedAt) {
      reasons.push({
        ...ref,
        reason: `Der Fall ${c.reference} läuft noch: die Daten werden für die Hilfe gebraucht (§ 64 Abs. 1 SGB VIII, Art. 17 Abs. 3 lit. b DSGVO).`,
      });
    } else if (new Date(c.closedAt) > cutoff) {
      const closed = new Date(c.closedAt);
      reasons.push({
        ...ref,
        reason: `Der Fall ${c.reference} ist seit ${officeDay(closed)} abgeschlossen; die Aufbewahrungsfrist läuft bis ${officeDay(addMonths(closed, months))} (§ 84 Abs. 2 SGB X, Art. 17 Abs. 3 lit. b DSGVO).`,
      });
    }
    const hold = holds.find((h) => h.caseId === caseId);
    if (hold) reasons.push({ ...ref, reason: `Löschsperre für ${c.reference}: ${hold.reason}` });
  }
  for (const id of await openRequestIds(tx, [...subject.request])) {
    reasons.push({
      caseId: null,
      reference: null,
      reason: `Eine Anfrage (${id.slice(0, 8)}) wird noch bearbeitet.`,
    });
  }
  return {
    personId,
    erasable: reasons.length === 0,
    reasons,
    cases: [...facts].map(([id, c]) => ({ id, reference: c.reference, status: c.status })),
  };
}

async function requirePerson(scope: ActorScope, personId: string): Promise<void> {
  requireOfficeAction(scope.actor, 'handle_data_subject_rights');
  if (!(await personNames(scope.tx, scope.sealed, [personId])).has(personId))
    throw new NotVisibleError('person', personId, 'Person');
}

export async function checkErasure(
  scope: ActorScope,
  keys: KeyRing,
  personId: string,
): Promise<TErasureCheck> {
  await requirePerson(scope, personId);
  const check = await erasureCheck(scope.tx, scope.sealed, keys, scope.tenantId, personId);
  await scope.audit({
    action: 'privacy.erasure_check',
    resourceType: 'person',
    resourceId: personId,
    details: { erasable: check.erasable },
  });
  return check;
}

/** Queues the erasure if nothing prevents it; otherwise 409 with the reasons. */
export async function queueErasure(
  scope: ActorScope,
  keys: KeyRing,
  personId: string,
): Promise<TErasureCheck> {
  await requirePerson(scope, personId);
  const check = await erasureCheck(scope.tx, scope.sealed, keys, scope.tenantId, personId);
  if (!check.erasable) {
    throw new HttpError(
      409,
      'conflict',
      `Löschen ist nicht möglich: ${check.reasons.map((r) => r.reason).join(' ')}`,
    );
  }
  await enqueueJob(scope.tx, keys, scope.tenantId, PERSON_ERASURE_JOB, {
    personId,
    requestedBy: scope.actor.userId,
  });
  await scope.audit({
    action: 'privacy.erasure_queue',
    resourceType: 'person',
    resourceId: personId,
    details: { cases: check.cases.length },
  });
  return check;
}

/** The job: checks again, then erases the person, their cases and requests in one owner transaction. */
export function personErasureJob(ctx: AppContext): StandaloneJob {
  return {
    standalone: async (tenantId, payload) => {
      const { personId, requestedBy } = payload as { personId: string; requestedBy: string };
      const sources = personalDataSources(ctx.keys);
      const onBehalfOf = { userId: requestedBy, roles: ['dpo'] };
      const plan = await inBackgroundScope(ctx, tenantId, onBehalfOf, async ({ tx, sealed, audit }) => {
        const check = await erasureCheck(tx, sealed, ctx.keys, tenantId, personId);
        if (!check.erasable) {
          await audit({
            action: 'privacy.erasure',
            resourceType: 'person',
            resourceId: personId,
            outcome: 'failed',
            details: { reasons: check.reasons.map((r) => r.reason) },
          });
          return null;
        }
        const subject = await resolveSubject(tx, tenantId, personId, sources);
        return erasureKeys(tx, tenantId, sources, {
          cases: [...subject.case],
          requests: [...subject.request],
          persons: [personId],
        });
      });
      if (!plan) return;
      const result = await eraseSubject(ctx.db, tenantId, plan, sources);
      for (const key of result.blobKeys) await ctx.blobs.delete(key);
      await inBackgroundScope(ctx, tenantId, onBehalfOf, ({ audit }) =>
        audit({
          action: 'privacy.erasure',
          resourceType: 'person',
          resourceId: personId,
          outcome: 'allowed',
          details: {
            deleted: result.deleted,
            kept: Object.fromEntries(Object.entries(result.kept).map(([t, k]) => [t, k.rows])),
          },
        }),
      );
    },
  };
}
