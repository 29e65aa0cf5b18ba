import {
  feedbackDrops,
  type TCaseFeedback,
  type TFeedbackAnswer,
  type TFeedbackQuestion,
} from '@lotse/shared';
import type { ActorScope, Scope } from '../../platform/scope.js';
import { authorizeCase, canOnCase, caseMembers } from '../cases/index.js';
import { commentContext } from './answers.js';
import { caseActionFor } from './policy.js';
import { intervalOf } from './settings.js';

/** How many answers per person the trend shows (about two years at the default interval). */
const TREND_LENGTH = 24;

async function answerRows(scope: Scope, caseId: string) {
  return scope.tx
    .selectFrom('feedback_answers')
    .select([
      'id',
      'person_id',
      'version',
      'wellbeing',
      'helpfulness',
      'heard',
      'comment_enc',
      'danger',
      'created_at',
    ])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
}

type Row = Awaited<ReturnType<typeof answerRows>>[number];

function byPerson(rows: Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) map.set(row.person_id, [...(map.get(row.person_id) ?? []), row]);
  for (const [person, list] of map) map.set(person, list.slice(-TREND_LENGTH));
  return map;
}

const dropsOf = (list: Row[]) => feedbackDrops(list.at(-2), list.at(-1));

/** The family's check-in answers per person, oldest first, with their free texts. Unaudited: for writes. */
export async function caseFeedbackUnaudited(scope: ActorScope, caseId: string): Promise<TCaseFeedback> {
  const facts = await authorizeCase(scope.tx, scope.actor, caseId, caseActionFor.read);
  const members = new Map((await caseMembers(scope, caseId)).map((m) => [m.personId, m]));
  const persons: TCaseFeedback['persons'] = [];
  for (const [personId, list] of byPerson(await answerRows(scope, caseId))) {
    const member = members.get(personId);
    const answers: TFeedbackAnswer[] = [];
    for (const r of list) {
      answers.push({
        at: new Date(r.created_at).toISOString(),
        version: r.version,
        wellbeing: r.wellbeing,
        helpfulness: r.helpfulness,
        heard: r.heard,
        comment: r.comment_enc ? await scope.sealed.open(r.comment_enc, commentContext(r.id)) : null,
        danger: r.danger,
      });
    }
    persons.push({
      personId,
      name: member ? `${member.firstName} ${member.lastName}` : 'Person nicht mehr im Fall',
      role: member?.role ?? 'other',
      answers,
      dropped: dropsOf(list),
    });
  }
  return {
    intervalWeeks: await intervalOf(scope, caseId),
    persons,
    allowedActions: canOnCase(scope.actor, caseActionFor.configure, facts) ? ['configure'] : [],
  };
}

/** The same, as staff read it beside the help plan (audited, shows in the family's access log). */
export async function caseFeedback(scope: ActorScope, caseId: string): Promise<TCaseFeedback> {
  const feedback = await caseFeedbackUnaudited(scope, caseId);
  await scope.audit({
    action: 'feedback.read',
    resourceType: 'case',
    resourceId: caseId,
    caseId,
    details: { persons: feedback.persons.length },
  });
  return feedback;
}

/** Per person, the questions whose newest answer fell sharply (for the blind-spot hints). Unaudited. */
export async function feedbackDropsOfCase(scope: Scope, caseId: string): Promise<TFeedbackQuestion[][]> {
  return [...byPerson(await answerRows(scope, caseId)).values()].map(dropsOf).filter((d) => d.length > 0);
}
