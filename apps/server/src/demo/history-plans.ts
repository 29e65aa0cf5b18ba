import type { THelpPlanContentInput, THelpType, TPlanParticipantRole } from '@lotse/shared';
import { codesFor } from '../modules/helpplan/statistics-codes.js';
import type { HistoryCase, HistoryHelp } from './history-model.js';
import { addDays, isoDay, type Random } from './history-random.js';
import { agreementTexts, planTexts, views } from './history-texts.js';

// The help plans of the past cases: one plan per help, its first version and, for longer help, a
// review (for ended help: the closing review with the end reason and how far each goal got).

/** One final version of a plan: its content and when it was agreed. */
export interface PlanVersion {
  content: THelpPlanContentInput;
  at: Date;
}

/** Weekly hours of ambulant help (null: residential or day care, no hours). */
const hoursRange: Partial<Record<THelpType, [number, number]>> = {
  p27_flexible: [3, 6],
  p28_educational_counselling: [1, 2],
  p29_social_group_work: [2, 3],
  p30_educational_assistant: [2, 5],
  p31_spfh: [4, 8],
  p35_intensive_individual: [10, 20],
  p35a_integration_help: [2, 6],
  p41_young_adults: [2, 6],
};

/** The official code of the help: the usual one mostly, another that fits now and then. */
function statisticsCode(random: Random, type: THelpType): string | null {
  // § 41: the code of the help given — mostly residential care or an educational assistant; a few left open.
  if (type === 'p41_young_adults') return random.chance(0.1) ? null : random.chance(0.6) ? '11' : '05';
  const codes = codesFor(type);
  const first = codes[0];
  if (!first) return null;
  return random.chance(0.75) ? first.code : random.pick(codes).code;
}

/** How far a goal got at the last review, by how the help ended (null: running, not reviewed yet). */
function progressAt(random: Random, help: HistoryHelp, reviewed: boolean): number | null {
  if (!reviewed) return null;
  const reason = help.endReason;
  if (reason === 'as_planned')
    return random.weighted([
      [10, 2],
      [9, 3],
      [8, 3],
      [7, 1],
      [6, 0.5],
    ]);
  if (reason?.startsWith('early')) return random.int(1, 6);
  return random.int(3, 8);
}

/** The people at the table: the child or young person, the parents, the caseworker, the provider. */
function participants(
  random: Random,
  c: HistoryCase,
  names: { caseworker: string; provider: string | null },
  startsOn: Date,
) {
  const out: { role: TPlanParticipantRole; name: string; view: string }[] = [];
  for (const p of c.persons) {
    const age = (startsOn.getTime() - new Date(`${p.birthDate}T12:00:00Z`).getTime()) / (365.25 * 86_400_000);
    const role: TPlanParticipantRole = p.role === 'parent' ? 'parent' : age < 14 ? 'child' : 'young_person';
    out.push({
      role,
      name: `${p.first} ${p.last}`,
      view: random.pick(views[role === 'parent' ? 'parent' : role]),
    });
  }
  out.push({ role: 'caseworker', name: names.caseworker, view: random.pick(views.caseworker) });
  if (names.provider) out.push({ role: 'provider', name: names.provider, view: random.pick(views.provider) });
  return out;
}

/**
 * The final versions of a case's plan: agreed at the start; reviewed (for running help: at the last
 * review, some overdue since); for ended help the last version records the end and the progress.
 */
export function planVersions(
  random: Random,
  newId: () => string,
  c: HistoryCase,
  names: { caseworker: string; provider: string | null },
): PlanVersion[] {
  const help = c.help;
  if (!help) return [];
  const texts = planTexts[c.helpType] ?? planTexts.p27_flexible ?? { needs: [], goals: [] };
  const goals = random.sample(texts.goals, random.int(1, Math.min(4, texts.goals.length)));
  const goalIds = goals.map(() => newId());
  const agreements = random.sample(agreementTexts, random.int(1, 2)).map((a) => ({ ...a, id: newId() }));
  const hours = hoursRange[c.helpType];
  const startsOn = isoDay(help.startsOn);
  const base = {
    participants: participants(random, c, names, help.startsOn),
    needs: random.sample(texts.needs, random.int(1, Math.min(3, texts.needs.length))),
    help: {
      type: c.helpType,
      provider: names.provider,
      hoursPerWeek: hours ? random.int(hours[0], hours[1]) : null,
      startsOn,
      endsOn: null,
      statisticsCode: statisticsCode(random, c.helpType),
      endReason: null,
    },
  };
  const version = (reviewed: boolean, last: boolean): THelpPlanContentInput => ({
    ...base,
    help:
      last && help.endsOn
        ? { ...base.help, endsOn: isoDay(help.endsOn), endReason: help.endReason }
        : base.help,
    goals: goals.map((title, i) => ({
      id: goalIds[i] ?? newId(),
      title,
      progress: progressAt(random, help, reviewed),
    })),
    agreements: agreements.map((a) => ({
      id: a.id,
      text: a.text,
      owner: {
        kind: a.owner,
        name:
          a.owner === 'staff'
            ? names.caseworker
            : a.owner === 'provider'
              ? (names.provider ?? 'Träger')
              : 'Familie',
      },
      status: reviewed ? ('done' as const) : ('open' as const),
      dueOn: isoDay(addDays(help.startsOn, 30)),
    })),
    reviewOn: isoDay(last && help.reviewOn ? help.reviewOn : addDays(help.startsOn, 182)),
  });
  const closing = help.endsOn;
  if (help.reviewedAt === null)
    // Short help: one version, agreed at the start (or, once ended, recorded with its end).
    return [{ content: version(closing !== null, true), at: closing ?? help.startsOn }];
  return [
    { content: version(false, false), at: help.startsOn },
    { content: version(true, true), at: help.reviewedAt },
  ];
}
