import type { Tx } from '../../db/connection.js';
import {
  expandSubject,
  type PersonalDataSource,
  resolveSubject,
  type SubjectKeys,
  selectRows,
  subjectKeys,
} from '../../platform/personal-data.js';

/**
 * What erasing these cases (and requests) removes: the cases, their requests and accounts, and the
 * persons who appear in no other case. A person also in a case that stays keeps their record; only
 * their part in the erased case goes.
 */
export async function erasureKeys(
  tx: Tx,
  tenantId: string,
  sources: readonly PersonalDataSource[],
  ids: { cases?: readonly string[]; requests?: readonly string[]; persons?: readonly string[] },
): Promise<SubjectKeys> {
  const cases = new Set(ids.cases);
  const keys = subjectKeys({ case: [...cases], request: ids.requests ?? [] });
  const casePersons = sources.flatMap((s) => s.tables).find((t) => t.table === 'case_persons');
  const candidates = new Set(ids.persons);
  if (casePersons) {
    for (const row of await selectRows(tx, tenantId, casePersons, keys, new Map()))
      candidates.add(String(row.person_id));
  }
  for (const personId of candidates) {
    const theirs = await resolveSubject(tx, tenantId, personId, sources);
    if ([...theirs.case].every((c) => cases.has(c))) keys.person.add(personId);
  }
  return expandSubject(tx, tenantId, keys, sources);
}
