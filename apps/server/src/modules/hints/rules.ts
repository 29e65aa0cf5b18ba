import { earlyHelpEndReasons, type TCaseDetail, type THelpPlanVersion } from '@lotse/shared';

/** What the rules know of a § 8a procedure on the case (from the protection module). */
export interface ProtectionFacts {
  status: 'open' | 'awaiting_sign_off' | 'closed';
  result: 'acute' | 'latent' | 'help_needed' | 'no_need' | null;
  followUpOn: string | null;
  /** Protective factors rated above "not present" in the newest assessment; null: none assessed yet. */
  protectiveFactorsRated: number | null;
}

/** What the rules look at: the case as its page shows it, each help plan's newest version, § 8a procedures. */
export interface CaseFacts {
  case: Pick<TCaseDetail, 'status' | 'persons'>;
  plans: THelpPlanVersion[];
  protection: ProtectionFacts[];
  /** Per person whose newest check-in fell sharply: the questions that fell (feedback module). */
  feedbackDrops: string[][];
  /** Today in the office's calendar (YYYY-MM-DD). */
  today: string;
}

/** A paragraph of law: the citation shown and the official online text it links to. */
export interface LawRef {
  cite: string;
  url: string;
}

const BOOKS = { 'SGB VIII': 'sgb_8', KKG: 'kkg' } as const;
/** "§ 36 Abs. 2 SGB VIII" with a link to the paragraph on gesetze-im-internet.de (Federal Ministry of Justice). */
export function law(section: string, detail: string, book: keyof typeof BOOKS = 'SGB VIII'): LawRef {
  return {
    cite: `§ ${section}${detail ? ` ${detail}` : ''} ${book}`,
    url: `https://www.gesetze-im-internet.de/${BOOKS[book]}/__${section}.html`,
  };
}

/**
 * A blind-spot rule: it names what may have been overlooked and the paragraph it rests on, and
 * never decides anything. Each rule is one small function with its own unit test (rules.test.ts).
 */
export interface HintRule {
  rule: string;
  law: LawRef;
  text: string;
  applies(facts: CaseFacts): boolean;
}

const CHILD_ROLES = new Set(['child', 'young_person']);
const FAMILY_ROLES = new Set(['child', 'young_person', 'parent']);
const HELP_UNDER_WAY = new Set(['planning', 'running', 'review']);
const GERMAN = /^(de|deu|ger|deutsch|german)\b/i;

/** Someone in the family whose recorded languages do not include German. */
const needsInterpreter = (c: CaseFacts['case']) =>
  c.persons.some(
    (p) =>
      FAMILY_ROLES.has(p.role) && p.languages.length > 0 && !p.languages.some((l) => GERMAN.test(l.trim())),
  );

/** Plans whose help has ended, newest end first. */
const endedPlans = (plans: THelpPlanVersion[]) =>
  plans
    .filter((p) => p.content.help.endReason !== null)
    .sort((a, b) => (b.content.help.endsOn ?? '').localeCompare(a.content.help.endsOn ?? ''));

export const HINT_RULES: readonly HintRule[] = [
  {
    rule: 'feedback_dropped',
    law: law('36', 'Abs. 2'),
    text: 'Eine Rückmeldung aus der Familie ist deutlich schlechter als die vorige. Passt die Hilfe noch?',
    applies: ({ feedbackDrops }) => feedbackDrops.length > 0,
  },
  {
    rule: 'no_help_plan',
    law: law('36', 'Abs. 2'),
    text: 'Die Hilfe läuft, aber es gibt noch keinen Hilfeplan.',
    applies: ({ case: c, plans }) => (c.status === 'running' || c.status === 'review') && plans.length === 0,
  },
  {
    rule: 'child_view_missing',
    law: law('36', 'Abs. 2'),
    text: 'Im Hilfeplan fehlt die eigene Sicht des Kindes oder Jugendlichen.',
    applies: ({ plans }) =>
      plans.some((p) => !p.content.participants.some((x) => CHILD_ROLES.has(x.role) && x.view.trim() !== '')),
  },
  {
    rule: 'parent_not_involved',
    law: law('36', 'Abs. 1 und 2'),
    text: 'Ein Elternteil gehört zum Fall, nimmt aber am Hilfeplan nicht teil, und es ist kein Grund dafür vermerkt.',
    applies: ({ case: c, plans }) =>
      c.persons.some((p) => p.role === 'parent') &&
      plans.some(
        (p) =>
          !p.content.participants.some((x) => x.role === 'parent') &&
          !p.content.notInvolved.some((x) => x.role === 'parent'),
      ),
  },
  {
    rule: 'provider_not_involved',
    law: law('36', 'Abs. 3'),
    text: 'Der Hilfeplan nennt einen Träger, der an der Planung nicht beteiligt ist.',
    applies: ({ plans }) =>
      plans.some(
        (p) => p.content.help.provider !== null && !p.content.participants.some((x) => x.role === 'provider'),
      ),
  },
  {
    rule: 'review_overdue',
    law: law('36', 'Abs. 2'),
    text: 'Die Überprüfung des Hilfeplans ist überfällig.',
    applies: ({ case: c, plans, today }) =>
      HELP_UNDER_WAY.has(c.status) &&
      plans.some((p) => p.status === 'final' && p.content.reviewOn !== null && p.content.reviewOn < today),
  },
  {
    rule: 'interpreter_missing',
    law: law('36', 'Abs. 1'),
    text: 'In der Familie wird laut Fallakte kein Deutsch gesprochen, im Hilfeplan ist aber keine Dolmetschung vermerkt.',
    applies: ({ case: c, plans }) =>
      needsInterpreter(c) &&
      plans.some((p) => p.content.help.endReason === null && p.content.interpreter === null),
  },
  {
    rule: 'help_ended_early_twice',
    law: law('36', 'Abs. 2'),
    text: 'Die letzten beiden Hilfen endeten vorzeitig. Passt die geplante Hilfe zum Bedarf?',
    applies: ({ plans }) => {
      const [last, before] = endedPlans(plans);
      return (
        last !== undefined &&
        before !== undefined &&
        [last, before].every(
          (p) => p.content.help.endReason && earlyHelpEndReasons.has(p.content.help.endReason),
        )
      );
    },
  },
  {
    rule: 'no_protective_factors',
    law: law('8a', 'Abs. 1'),
    text: 'In der Gefährdungseinschätzung sind keine Schutzfaktoren festgehalten.',
    applies: ({ protection }) => protection.some((p) => p.protectiveFactorsRated === 0),
  },
  {
    rule: 'latent_without_follow_up',
    law: law('8a', 'Abs. 1'),
    text: 'Das Ergebnis „latente Kindeswohlgefährdung“ hat keinen Termin zur Wiedervorlage.',
    applies: ({ protection }) => protection.some((p) => p.result === 'latent' && p.followUpOn === null),
  },
];

/** The hints for a case: every rule that applies, in the order above. */
export function hintsFor(facts: CaseFacts) {
  return HINT_RULES.filter((rule) => rule.applies(facts)).map(({ rule, law, text }) => ({
    rule,
    law: law.cite,
    lawUrl: law.url,
    text,
  }));
}

/** Whether `rule` names one of the rules (a dismissal may only name a real rule). */
export const isHintRule = (rule: string) => HINT_RULES.some((r) => r.rule === rule);
