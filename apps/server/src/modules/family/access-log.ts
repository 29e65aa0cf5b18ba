import type { TFamilyAccessLog, ZAccessLogWhat, ZAccessLogWho } from '@lotse/shared';
import type { z } from 'zod';
import type { FamilyScope } from '../../platform/scope.js';
import { type CaseEvent, caseEventCount, caseEvents } from '../audit/index.js';
import { providerNames } from '../providers/index.js';
import { currentOffice, teamsOfUser } from '../tenancy/index.js';
import { familyAccountOf } from './family-account.js';

type Who = z.infer<typeof ZAccessLogWho>;
type What = z.infer<typeof ZAccessLogWhat>;
const PAGE = 50;

/** What an audited action did, in the family's plain categories (no detail that could reveal hidden material). */
export function whatHappened(action: string): What {
  const verb = action.slice(action.indexOf('.') + 1);
  if (/login/.test(verb)) return 'signed_in';
  if (/download|pdf|protocol|record|attachment|export/.test(verb)) return 'exported';
  if (action === 'release.set' || action === 'share.create' || /disclose/.test(verb)) return 'shared';
  if (/read|list|preview|diff|process|overview/.test(verb)) return 'viewed';
  return 'changed';
}

/** Who acted, by role only: the family itself, another family member, or a role of the office. */
export function whoActed(event: Pick<CaseEvent, 'actorRoles' | 'details'>, accountId: string): Who {
  const roles = event.actorRoles;
  if (roles.includes('family')) return event.details.accountId === accountId ? 'self' : 'family';
  if (roles.includes('provider_staff')) return 'provider';
  if (roles.includes('dpo')) return 'data_protection';
  if (roles.includes('team_lead')) return 'team_lead';
  if (roles.includes('caseworker')) return 'staff';
  return 'office';
}

/**
 * Who read or changed the data of the signed-in person's case, in plain words: roles and their team
 * (never staff names), from the one audit log. This read itself is audited and shows up next time.
 */
export async function readAccessLog(
  scope: FamilyScope,
  before: string | undefined,
): Promise<TFamilyAccessLog> {
  const account = await familyAccountOf(scope);
  const events = await caseEvents(scope.tx, account.caseId, before, PAGE + 1);
  const page = events.slice(0, PAGE);
  const office = (await currentOffice(scope.tx)).name;
  const units = new Map<string, string>();
  // A provider is named by its organisation (the family chose it; its staff stay unnamed).
  const providerIdOf = (event: CaseEvent) =>
    typeof event.details.providerId === 'string' ? event.details.providerId : null;
  const providers = await providerNames(scope.tx, [
    ...new Set(page.map(providerIdOf).filter((id): id is string => id !== null)),
  ]);
  const items: TFamilyAccessLog['items'] = [];
  for (const event of page) {
    const who = whoActed(event, account.id);
    let unit: string | null = null;
    const providerId = providerIdOf(event);
    if (who === 'provider' && providerId) {
      unit = providers.get(providerId) ?? office;
    } else if (who !== 'self' && who !== 'family') {
      if (event.actorId && !units.has(event.actorId)) {
        const teams = await teamsOfUser(scope.tx, event.actorId);
        units.set(event.actorId, teams[0]?.name ?? office);
      }
      unit = (event.actorId && units.get(event.actorId)) || office;
    }
    items.push({
      id: event.id,
      at: new Date(event.at).toISOString(),
      who,
      unit,
      what: whatHappened(event.action),
    });
  }
  await scope.audit({
    action: 'family.access_log_read',
    resourceType: 'case',
    resourceId: account.caseId,
    caseId: account.caseId,
    details: { accountId: account.id },
  });
  return {
    items,
    nextBefore: events.length > PAGE ? (page.at(-1)?.id ?? null) : null,
    total: await caseEventCount(scope.tx, account.caseId),
  };
}
