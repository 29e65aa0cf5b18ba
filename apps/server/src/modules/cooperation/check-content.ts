import { badRequest } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import { mentionsKnownPersons } from '../cases/index.js';
import {
  candidateNames,
  describeFinding,
  type Finding,
  findPersonalData,
  type TextPart,
} from './personal-data-check.js';

const LISTED = 20;

/**
 * Everything in `parts` that may point to a person: contact data, dates, references, addresses
 * (personal-data-check.ts) and the names of persons in the office's own cases.
 */
export async function personalDataIn(
  scope: Pick<Scope, 'tx' | 'sealed'>,
  parts: readonly TextPart[],
): Promise<Finding[]> {
  const findings = findPersonalData(parts);
  const candidates = candidateNames(parts);
  const known = new Set(await mentionsKnownPersons(scope, [...candidates.keys()]));
  for (const [name, where] of candidates)
    if (known.has(name)) findings.push({ where, kind: 'known_person', text: name });
  // In the order of the text (a stable sort keeps the order within a part).
  const order = new Map(parts.map((p, i) => [p.where, i]));
  return findings.sort((a, b) => (order.get(a.where) ?? 0) - (order.get(b.where) ?? 0));
}

/**
 * Refuses (400) content with personal data, listing each finding in German so the person can
 * remove it or put a placeholder in its place. `what` names the content ("Die Vorlage „…“").
 */
export async function requireNoPersonalData(
  scope: Scope,
  parts: readonly TextPart[],
  what: string,
): Promise<void> {
  const findings = await personalDataIn(scope, parts);
  if (findings.length === 0) return;
  const lines = findings.map(describeFinding);
  const more = lines.length > LISTED ? ` (und ${lines.length - LISTED} weitere)` : '';
  throw badRequest(
    `${what} enthält Angaben, die auf Personen hinweisen können, und verlässt das Amt so nicht. Bitte entfernen Sie sie oder setzen Sie Platzhalter ein (z. B. [Name], [Datum]): ${lines.slice(0, LISTED).join('; ')}${more}.`,
    Object.fromEntries(lines.map((line, i) => [`findings.${i}`, line])),
  );
}
