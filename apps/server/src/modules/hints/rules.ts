import type { TCaseDetail, THelpPlanVersion } from '@lotse/shared';

/** What the rules look at: the case as its page shows it and the newest version of each help plan. */
export interface CaseFacts {
  case: Pick<TCaseDetail, 'status' | 'persons'>;
  plans: THelpPlanVersion[];
  /** Today in the office's calendar (YYYY-MM-DD). */
  today: string;
}

/**
 * A blind-spot rule: it names what may have been overlooked and the paragraph it rests on, and
 * never decides anything. Each rule is one small function with its own unit test (rules.test.ts).
 */
export interface HintRule {
  rule: string;
  law: string;
  text: string;
  applies(facts: CaseFacts): boolean;
}

const CHILD_ROLES = new Set(['child', 'young_person']);
const HELP_UNDER_WAY = new Set(['planning', 'running', 'review']);

export const HINT_RULES: readonly HintRule[] = [
  {
    rule: 'no_help_plan',
    law: '§ 36 Abs. 2 SGB VIII',
    text: 'Die Hilfe läuft, aber es gibt noch keinen Hilfeplan.',
    applies: ({ case: c, plans }) => (c.status === 'running' || c.status === 'review') && plans.length === 0,
  },
  {
    rule: 'child_view_missing',
    law: '§ 36 Abs. 2 SGB VIII',
    text: 'Im Hilfeplan fehlt die eigene Sicht des Kindes oder Jugendlichen.',
    applies: ({ plans }) =>
      plans.some((p) => !p.content.participants.some((x) => CHILD_ROLES.has(x.role) && x.view.trim() !== '')),
  },
  {
    rule: 'parent_not_involved',
    law: '§ 36 Abs. 1 und 2 SGB VIII',
    text: 'Ein Elternteil gehört zum Fall, nimmt aber am Hilfeplan nicht teil.',
    applies: ({ case: c, plans }) =>
      c.persons.some((p) => p.role === 'parent') &&
      plans.some((p) => !p.content.participants.some((x) => x.role === 'parent')),
  },
  {
    rule: 'provider_not_involved',
    law: '§ 36 Abs. 3 SGB VIII',
    text: 'Der Hilfeplan nennt einen Träger, der an der Planung nicht beteiligt ist.',
    applies: ({ plans }) =>
      plans.some(
        (p) => p.content.help.provider !== null && !p.content.participants.some((x) => x.role === 'provider'),
      ),
  },
  {
    rule: 'review_overdue',
    law: '§ 36 Abs. 2 SGB VIII',
    text: 'Die Überprüfung des Hilfeplans ist überfällig.',
    applies: ({ case: c, plans, today }) =>
      HELP_UNDER_WAY.has(c.status) &&
      plans.some((p) => p.status === 'final' && p.content.reviewOn !== null && p.content.reviewOn < today),
  },
];

/** The hints for a case: every rule that applies, in the order above. */
export function hintsFor(facts: CaseFacts) {
  return HINT_RULES.filter((rule) => rule.applies(facts)).map(({ rule, law, text }) => ({ rule, law, text }));
}
