import type { TPrivacyPersonHit } from '@lotse/shared';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import { casesByWords } from '../cases/index.js';
import { personNames } from '../people/index.js';

/**
 * Finds the persons a data-subject request may concern, by name or file number, across all teams of
 * the office. Only the data protection officer; the search is audited without the words searched for.
 */
export async function searchPersons(scope: ActorScope, q: string): Promise<{ items: TPrivacyPersonHit[] }> {
  requireOfficeAction(scope.actor, 'handle_data_subject_rights');
  const cases = await casesByWords(scope.tx, scope.sealed, q, 30);
  const names = await personNames(scope.tx, scope.sealed, [...new Set(cases.flatMap((c) => c.personIds))]);
  const words = q.toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  const byReference = (ref: string) => words.some((w) => ref.toLowerCase().includes(w));
  const items: TPrivacyPersonHit[] = [];
  for (const person of names.values()) {
    const theirCases = cases.filter((c) => c.personIds.includes(person.id));
    const nameWords = person.name.toLocaleLowerCase('de').split(/\s+/);
    const named = words.every((w) => nameWords.some((n) => n.startsWith(w)));
    if (!named && !theirCases.some((c) => byReference(c.reference))) continue;
    items.push({
      id: person.id,
      name: person.name,
      birthDate: person.birthDate,
      cases: theirCases.map((c) => ({ id: c.id, reference: c.reference, status: c.status })),
    });
  }
  items.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  await scope.audit({
    action: 'privacy.person_search',
    resourceType: 'person',
    details: { hits: items.length },
  });
  return { items };
}
