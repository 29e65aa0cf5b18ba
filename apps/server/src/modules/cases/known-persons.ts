import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { searchWords } from '../../platform/search-tokens.js';
import { openPersonal } from '../people/index.js';

/** Shorter words are prefixes of too many names to be told apart ("Li", "Al"). */
const MIN_NAME = 3;

/**
 * Which of `words` are the first or last name of a person in one of the office's cases — for
 * checking that text leaving the office (a publication, a template package) names no one. Names
 * are sealed, so the cases' blind search tokens (platform/search-tokens.ts) first narrow the words
 * and cases down; the persons of the remaining cases are then opened and compared word for word,
 * as the tokens also hold title words and prefixes. Returns the matching words as written, once
 * each. Nothing is audited: no name leaves the function that the caller did not pass in.
 */
export async function mentionsKnownPersons(
  { tx, sealed }: { tx: Tx; sealed: SealedText },
  words: readonly string[],
): Promise<string[]> {
  const byNormal = new Map<string, string>();
  for (const word of words) {
    const [normal, ...rest] = searchWords(word);
    if (normal && rest.length === 0 && normal.length >= MIN_NAME && !byNormal.has(normal))
      byNormal.set(normal, word);
  }
  if (byNormal.size === 0) return [];
  const indexOf = new Map([...byNormal.keys()].map((normal) => [sealed.indexOf(normal), normal]));
  const wanted = [...indexOf.keys()];
  const present = await sql<{ token: string }>`
    SELECT DISTINCT t AS token FROM cases, unnest(search_tokens) AS t
     WHERE search_tokens && ${wanted}::text[] AND t = ANY(${wanted}::text[])`.execute(tx);
  const candidates = present.rows.map((r) => r.token);
  if (candidates.length === 0) return [];
  const persons = await tx
    .selectFrom('case_persons as cp')
    .innerJoin('persons as p', (j) =>
      j.onRef('p.tenant_id', '=', 'cp.tenant_id').onRef('p.id', '=', 'cp.person_id'),
    )
    .innerJoin('cases as c', (j) =>
      j.onRef('c.tenant_id', '=', 'cp.tenant_id').onRef('c.id', '=', 'cp.case_id'),
    )
    .select(['p.id', 'p.personal_enc'])
    .distinct()
    .where(sql<boolean>`c.search_tokens && ${candidates}::text[]`)
    .execute();
  const names = new Set<string>();
  for (const person of persons) {
    const personal = await openPersonal(sealed, person.id, person.personal_enc);
    for (const part of searchWords(`${personal.firstName} ${personal.lastName}`)) names.add(part);
  }
  const found: string[] = [];
  for (const token of candidates) {
    const normal = indexOf.get(token);
    if (normal && names.has(normal)) found.push(byNormal.get(normal) ?? normal);
  }
  return found.sort((a, b) => a.localeCompare(b, 'de'));
}
