import type { TFamilyConsent } from '@lotse/shared';
import { conflict } from '../../platform/errors.js';
import { type FamilyScope, NotVisibleError } from '../../platform/scope.js';
import { familyAccountOf } from '../family/index.js';
import { providerNames } from '../providers/index.js';
import { officeToday } from '../tenancy/index.js';
import { toConsentFacts } from './facts.js';
import { consentStatus } from './rules.js';

type Decision = 'give' | 'decline' | 'revoke';

async function myConsents(scope: FamilyScope) {
  const account = await familyAccountOf(scope);
  const rows = await scope.tx
    .selectFrom('consents')
    .selectAll()
    .where('case_id', '=', account.caseId)
    .where('person_id', '=', account.personId)
    .orderBy('recorded_at', 'desc')
    .execute();
  return { account, rows };
}

function allowed(status: TFamilyConsent['status']): Decision[] {
  if (status === 'requested') return ['give', 'decline'];
  if (status === 'given') return ['revoke'];
  return [];
}

async function present(scope: FamilyScope, rows: Awaited<ReturnType<typeof myConsents>>['rows']) {
  const names = await providerNames(scope.tx, [...new Set(rows.map((r) => r.provider_id))]);
  const today = officeToday();
  return rows.map((r): TFamilyConsent => {
    const status = consentStatus(toConsentFacts(r), today);
    return {
      id: r.id,
      providerName: names.get(r.provider_id) ?? '',
      purpose: r.purpose,
      sections: r.sections as TFamilyConsent['sections'],
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      status,
      allowedActions: allowed(status),
    };
  });
}

/** The signed-in person's consents: asked for, given, revoked. */
export async function familyConsents(scope: FamilyScope) {
  const { account, rows } = await myConsents(scope);
  const items = await present(scope, rows);
  await scope.audit({
    action: 'consent.list',
    resourceType: 'case',
    resourceId: account.caseId,
    caseId: account.caseId,
    details: { accountId: account.id },
  });
  return { items };
}

/**
 * The person gives or declines a consent they were asked for, or revokes one they gave. A revocation
 * ends the provider's access to what it covered at once (every access checks consents).
 */
export async function decideConsent(scope: FamilyScope, consentId: string, decision: Decision) {
  const { account, rows } = await myConsents(scope);
  const row = rows.find((r) => r.id === consentId);
  if (!row) throw new NotVisibleError('consent', consentId, 'Einwilligung');
  const status = consentStatus(toConsentFacts(row), officeToday());
  if (!allowed(status).includes(decision)) throw conflict('Das geht bei dieser Einwilligung nicht (mehr).');
  const now = new Date();
  const change =
    decision === 'give'
      ? { given_at: now }
      : decision === 'decline'
        ? { declined_at: now }
        : { revoked_at: now, revoked_by_kind: 'family' as const };
  await scope.tx.updateTable('consents').set(change).where('id', '=', consentId).execute();
  await scope.audit({
    action:
      decision === 'revoke' ? 'consent.revoke' : decision === 'give' ? 'consent.give' : 'consent.decline',
    resourceType: 'consent',
    resourceId: consentId,
    caseId: account.caseId,
    details: { accountId: account.id, decision },
  });
  const { rows: after } = await myConsents(scope);
  return { items: await present(scope, after) };
}
