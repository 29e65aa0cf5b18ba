import type { THelpEndReason, THelpType, TProtectionResult } from '@lotse/shared';
import type { HistoryHelp, HistoryKind, HistoryProcedure } from './history-model.js';
import { addDays, DAY_MS, daysBetween, MONTH_DAYS, quota, type Random } from './history-random.js';

// Which past cases the demo office had and when: help types, § 8a results and dates. Pure.

/** Help with a plan (HzE, § 35a, § 41): how many, age at the start, mean months, share of boys. */
export const hzeProfiles: Partial<
  Record<THelpType, { count: number; ages: [number, number]; months: number; male: number }>
> = {
  p31_spfh: { count: 165, ages: [0, 13], months: 16, male: 0.5 },
  p28_educational_counselling: { count: 130, ages: [3, 16], months: 6, male: 0.52 },
  p34_residential_care: { count: 92, ages: [10, 16], months: 24, male: 0.56 },
  p30_educational_assistant: { count: 72, ages: [9, 16], months: 13, male: 0.6 },
  p33_foster_care: { count: 65, ages: [0, 9], months: 30, male: 0.5 },
  p35a_integration_help: { count: 55, ages: [5, 14], months: 16, male: 0.65 },
  p41_young_adults: { count: 38, ages: [18, 19], months: 13, male: 0.55 },
  p27_flexible: { count: 33, ages: [3, 14], months: 9, male: 0.52 },
  p32_day_group: { count: 22, ages: [6, 11], months: 16, male: 0.62 },
  p29_social_group_work: { count: 16, ages: [8, 13], months: 7, male: 0.6 },
  p35_intensive_individual: { count: 12, ages: [13, 16], months: 11, male: 0.58 },
};

/** One past case before dates and people: its kind, help type and § 8a result, if any. */
export interface CaseSpec {
  kind: HistoryKind;
  helpType: THelpType;
  result: TProtectionResult | null;
  emergencyCustody: boolean;
  /** Still open today (decided up front for § 42, drawn later for the others). */
  open: boolean | null;
}

/**
 * About a thousand cases: 700 with help, 70 counselling, 132 § 8a reports, 70 § 42 and 30 § 42a.
 * The 300 § 8a procedures get their results by quota (16 % acute, 17 % latent, 33 % help needed,
 * 34 % none): no endangerment in the reports alone, most help after a procedure, acute ones in § 42.
 */
export function caseSpecs(random: Random): CaseSpec[] {
  const spec = (kind: HistoryKind, helpType: THelpType): CaseSpec => ({
    kind,
    helpType,
    result: null,
    emergencyCustody: false,
    open: null,
  });
  const hze = quota(
    random,
    Object.entries(hzeProfiles).map(([type, p]) => [type as THelpType, p?.count ?? 0] as const),
  ).map((type) => spec('hze', type));
  const afterProcedure = hze.filter((s) => s.helpType !== 'p41_young_adults');
  quota<TProtectionResult>(random, [
    ['help_needed', 69],
    ['latent', 45],
    ['acute', 19],
  ]).forEach((result, i) => {
    const s = afterProcedure[i];
    if (s) s.result = result;
  });
  const reports = quota<TProtectionResult>(random, [
    ['no_need', 102],
    ['help_needed', 30],
  ]).map((result) => ({ ...spec('protection', 'p8a_child_protection'), result }));
  const custody = quota(random, [
    [true, 5],
    [false, 65],
  ]).map((open) => ({ ...spec('custody', 'p42_emergency_custody'), open }));
  const custodyResults = quota<[TProtectionResult, boolean]>(random, [
    [['acute', true], 24],
    [['acute', false], 5],
    [['latent', false], 6],
  ]);
  custody
    .filter((s) => !s.open)
    .forEach((s, i) => {
      const [result, taken] = custodyResults[i] ?? [null, false];
      s.result = result;
      s.emergencyCustody = taken;
    });
  const counselling = Array.from({ length: 70 }, () => spec('counselling', 'counselling'));
  const uma = Array.from({ length: 30 }, () => spec('uma', 'p42a_uma_custody'));
  return random.shuffle([...hze, ...reports, ...custody, ...counselling, ...uma]);
}

/** When a case was opened and closed, its help and its § 8a procedure (dates only). */
export interface CaseDates {
  openedAt: Date;
  closedAt: Date | null;
  /** When the help (or the measure) starts: the age of the child is taken here. */
  startsAt: Date;
  help: HistoryHelp | null;
  procedure: HistoryProcedure | null;
}

const REVIEW_DAYS = 182.6;
/** How much more help starts at the end of the period than at its beginning (+100 %). */
const HELP_GROWTH = 1;

/** Why a help ended: 70 % as planned, 20 % early, the rest handed over or other reasons. */
function endReason(random: Random): THelpEndReason {
  return random.weighted<THelpEndReason>([
    ['as_planned', 70],
    ['early_by_custodian', 8],
    ['early_by_minor', 7],
    ['early_by_facility', 5],
    ['other', 6],
    ['other_office', 4],
  ]);
}

/** A moment uniformly between two others (the second at least a day after the first). */
const within = (random: Random, from: Date, to: Date) =>
  new Date(from.getTime() + random.next() * Math.max(DAY_MS, to.getTime() - from.getTime()));

/** The procedure's dates from the report on: proposal after days, sign-off within three days. */
function procedureDates(random: Random, s: CaseSpec, receivedAt: Date): HistoryProcedure | null {
  if (!s.result) return null;
  const proposedAt = addDays(receivedAt, s.kind === 'custody' ? random.int(1, 7) : random.int(3, 14));
  const signedOffAt = addDays(proposedAt, random.int(0, 3) + random.between(0.05, 0.3));
  return { result: s.result, emergencyCustody: s.emergencyCustody, receivedAt, proposedAt, signedOffAt };
}

/** The review schedule of running help: the last review and the next, some overdue by weeks. */
function reviewSchedule(
  random: Random,
  startsOn: Date,
  now: Date,
): Pick<HistoryHelp, 'reviewedAt' | 'reviewOn'> {
  const elapsed = daysBetween(startsOn, now);
  if (elapsed >= REVIEW_DAYS + 7 && random.chance(0.18)) {
    const reviewOn = addDays(now, -random.int(7, Math.min(56, Math.floor(elapsed - REVIEW_DAYS))));
    const last = addDays(reviewOn, -REVIEW_DAYS);
    return { reviewedAt: daysBetween(startsOn, last) < 45 ? null : last, reviewOn };
  }
  const done = Math.floor(elapsed / REVIEW_DAYS);
  if (done === 0) return { reviewedAt: null, reviewOn: addDays(startsOn, REVIEW_DAYS) };
  const reviewedAt = addDays(startsOn, Math.min(done * REVIEW_DAYS + random.int(-10, 10), elapsed - 1));
  return { reviewedAt, reviewOn: addDays(reviewedAt, REVIEW_DAYS) };
}

/** A point in [0, 1) from a density rising linearly by `growth` over the period (demand grows). */
function growing(random: Random, growth: number): number {
  return (-1 + Math.sqrt(1 + 2 * growth * random.next() * (1 + growth / 2))) / growth;
}

/**
 * Dates of a help with a plan: a clarification phase, then the help. Starts spread over the period
 * with growing demand; a help whose planned length reaches beyond today is still running.
 */
function helpDates(random: Random, s: CaseSpec, period: { from: Date; to: Date }): CaseDates {
  const profile = hzeProfiles[s.helpType];
  const pre = s.result ? random.int(21, 60) : random.int(14, 75);
  const planned = Math.max(30, random.duration((profile?.months ?? 10) * MONTH_DAYS));
  const earliestStart = addDays(period.from, pre);
  const room = daysBetween(earliestStart, period.to) - 2;
  const startsOn = addDays(earliestStart, room * growing(random, HELP_GROWTH));
  const lag = random.int(2, 28);
  const open = daysBetween(startsOn, period.to) < planned + lag;
  const reason = open ? null : endReason(random);
  // Help ended early lasted about half as long as planned.
  const days = reason?.startsWith('early') ? Math.max(21, planned * 0.55) : planned;
  const endsOn = open ? null : addDays(startsOn, days);
  const openedAt = addDays(startsOn, -pre);
  const schedule = endsOn
    ? { reviewedAt: days >= 200 ? endsOn : null, reviewOn: endsOn }
    : reviewSchedule(random, startsOn, period.to);
  const help: HistoryHelp = { startsOn, endsOn, endReason: reason, ...schedule };
  const closedAt = endsOn ? addDays(endsOn, lag - random.next()) : null;
  return { openedAt, closedAt, startsAt: startsOn, help, procedure: procedureDates(random, s, openedAt) };
}

/** Dates of counselling, a § 8a report, a § 42 or § 42a measure: days to months, mostly closed. */
function shortDates(random: Random, s: CaseSpec, period: { from: Date; to: Date }): CaseDates {
  const days =
    s.kind === 'counselling'
      ? random.int(21, 120)
      : s.kind === 'uma'
        ? random.int(3, 30)
        : s.kind === 'custody'
          ? random.weighted([
              [random.int(1, 7), 6],
              [random.int(8, 21), 3],
              [random.int(22, 42), 1],
            ])
          : 0;
  const open = s.open ?? (s.kind !== 'protection' && random.chance(s.kind === 'uma' ? 0.1 : 0.08));
  if (open) {
    const openedAt = addDays(period.to, -Math.max(0.5, days * random.between(0.1, 0.9)));
    return { openedAt, closedAt: null, startsAt: openedAt, help: null, procedure: null };
  }
  const latestOpen = addDays(period.to, -(s.kind === 'protection' ? 60 : days + (s.result ? 35 : 3)));
  const openedAt = within(random, period.from, latestOpen);
  // The case is opened with the report; custody (§ 42) begins that day.
  const procedure = procedureDates(random, s, openedAt);
  const end = addDays(openedAt, days + random.next());
  const closedAt =
    procedure && procedure.signedOffAt > end ? addDays(procedure.signedOffAt, random.int(3, 21)) : end;
  return { openedAt, closedAt, startsAt: openedAt, help: null, procedure };
}

/** The dates of one case in the period (from January four years ago until now). */
export function caseDates(random: Random, s: CaseSpec, period: { from: Date; to: Date }): CaseDates {
  return s.kind === 'hze' ? helpDates(random, s, period) : shortDates(random, s, period);
}
