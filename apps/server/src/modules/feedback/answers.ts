import { addDays, format } from 'date-fns';
import type { Scope } from '../../platform/scope.js';
import { officeToday } from '../tenancy/index.js';

export const commentContext = (id: string) => `feedback:${id}`;

/** The newest answer per person of the case (its office day), for due dates. */
export async function lastAnswerDays(scope: Scope, caseId: string): Promise<Map<string, string>> {
  const rows = await scope.tx
    .selectFrom('feedback_answers')
    .select(['person_id', (eb) => eb.fn.max('created_at').as('last')])
    .where('case_id', '=', caseId)
    .groupBy('person_id')
    .execute();
  return new Map(rows.map((r) => [r.person_id, officeToday(new Date(r.last))]));
}

/** When a person is asked next: at once if never, else `interval` weeks after their last answer. */
export function nextCheckIn(
  lastDay: string | undefined,
  intervalWeeks: number | null,
  today: string,
): { due: boolean; nextOn: string | null; answeredToday: boolean } {
  const answeredToday = lastDay === today;
  if (intervalWeeks === null) return { due: false, nextOn: null, answeredToday };
  if (lastDay === undefined) return { due: true, nextOn: null, answeredToday };
  const nextOn = format(addDays(new Date(lastDay), intervalWeeks * 7), 'yyyy-MM-dd');
  return nextOn <= today ? { due: true, nextOn: null, answeredToday } : { due: false, nextOn, answeredToday };
}
