import type { TCaseStatus } from '@lotse/shared';
import { caseDates, caseSpecs } from './history-cases.js';
import type { HistoryCase } from './history-model.js';
import { familyOf, titleOf } from './history-people.js';
import { addDays, daysBetween, latest, Random } from './history-random.js';
import { type AreaCode, demoTeams, type TeamKey } from './office.js';

// The demo office's past cases since January four years ago: built from `now` alone, the same on
// every start. Pure: no database, no encryption (history.ts writes them).

const HISTORY_SEED = 20_220_101;

const areaWeights: [AreaCode, number][] = [
  ['NORD', 28],
  ['SUED', 26],
  ['MITTE', 25],
  ['OST', 19],
  // Small on purpose: its cells in the planning figures stay below the disclosure threshold.
  ['HAFEN', 2],
];

/** The responsible ASD team of a social area (ASD Mitte also covers Ost and Hafen). */
export const teamOfArea: Record<AreaCode, TeamKey> = {
  NORD: 'asdNord',
  SUED: 'asdSued',
  MITTE: 'asdMitte',
  OST: 'asdMitte',
  HAFEN: 'asdMitte',
};

/** Caseworkers of past cases: never anna.asd, ben.asd or clara.leitung (the e2e tests rely on their lists). */
export const historyStaff: Record<TeamKey, string[]> = {
  asdNord: ['jonas.nord'],
  asdSued: ['marc.sued', 'selin.sued'],
  asdMitte: ['mira.mitte', 'tobias.mitte'],
  uma: ['nadia.uma', 'paul.uma'],
  wiju: ['greta.wiju', 'olaf.wiju'],
};

/** The second professional of a § 8a procedure, who also signs off (ASD Nord: the deputy lead from Mitte). */
export function secondPerson(team: TeamKey, caseworker: string): string {
  const colleague = historyStaff[team].find((u) => u !== caseworker);
  return colleague ?? 'mira.mitte';
}

/** From January four years ago until now. */
export function historyPeriod(now: Date): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(now.getUTCFullYear() - 4, 0, 1, 9)), to: now };
}

/** A version-4 UUID from the seeded source, so the same `now` gives the same ids. */
function uuidFrom(random: Random): string {
  const hex = (n: number) => Array.from({ length: n }, () => random.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[random.int(0, 3)]}${hex(3)}-${hex(12)}`;
}

/** Open help is "review" around its review date, otherwise "running"; the rest is open or closed. */
function statusOf(c: Pick<HistoryCase, 'kind' | 'closedAt' | 'help'>, now: Date): TCaseStatus {
  if (c.closedAt) return 'closed';
  const reviewOn = c.help?.reviewOn;
  if (c.kind === 'hze' && reviewOn) {
    const days = daysBetween(now, reviewOn);
    if (days >= -21 && days <= 28) return 'review';
  }
  return 'running';
}

/** The reference prefix as the demo numbers it: the family's area for ASD teams, the team code otherwise. */
const prefixOf = (c: HistoryCase) => (demoTeams[c.team].kind === 'asd' ? c.area : demoTeams[c.team].code);

/**
 * Numbers the cases in the order they were opened, per year and prefix, after the numbers the
 * hand-written demo already uses; returns the last number per "<year>-<prefix>" (the counters).
 */
export function numberReferences(cases: HistoryCase[], existing: readonly string[]): Map<string, number> {
  const last = new Map<string, number>();
  for (const ref of existing) {
    const m = /^(\d{4}-[A-Z]+)-(\d+)$/.exec(ref);
    if (m?.[1] && m[2]) last.set(m[1], Math.max(last.get(m[1]) ?? 0, Number(m[2])));
  }
  for (const c of [...cases].sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime())) {
    const key = `${c.openedAt.getFullYear()}-${prefixOf(c)}`;
    const n = (last.get(key) ?? 0) + 1;
    last.set(key, n);
    c.reference = `${key}-${String(n).padStart(4, '0')}`;
  }
  return last;
}

/** About a thousand past cases with people, dates, help and § 8a procedures, numbered after `existing`. */
export function buildDemoHistory(
  now: Date,
  existing: readonly string[] = [],
): { cases: HistoryCase[]; counters: Map<string, number> } {
  const random = new Random(HISTORY_SEED);
  const idSource = new Random(HISTORY_SEED ^ 0x5eed);
  const newId = () => uuidFrom(idSource);
  const period = historyPeriod(now);
  const cases = caseSpecs(random).map((s): HistoryCase => {
    const dates = caseDates(random, s, period);
    const refugee =
      s.kind === 'uma' ||
      (!s.result && s.helpType === 'p34_residential_care' && random.chance(0.15)) ||
      (s.helpType === 'p41_young_adults' && random.chance(0.35));
    const area: AreaCode =
      s.kind === 'uma' ? 'OST' : random.weighted(refugee ? areaWeights.slice(0, 4) : areaWeights);
    const team = refugee ? 'uma' : teamOfArea[area];
    const persons = familyOf(random, newId, s, dates, area, refugee);
    const open = dates.closedAt === null;
    const caseworker = !open && random.chance(0.12) ? null : random.pick(historyStaff[team]);
    const touched = latest(dates.openedAt, dates.help?.reviewedAt ?? dates.help?.startsOn ?? dates.openedAt);
    const c = {
      id: newId(),
      kind: s.kind,
      helpType: s.helpType,
      area,
      team,
      caseworker,
      openedAt: dates.openedAt,
      closedAt: dates.closedAt,
      updatedAt: dates.closedAt ?? latest(touched, addDays(now, -random.int(6, 90))),
      help: dates.help,
      procedure: dates.procedure,
      refugee,
      persons,
      title: titleOf(s, persons, dates.startsAt),
      reference: '',
    };
    return { ...c, status: statusOf(c, now) };
  });
  const counters = numberReferences(cases, existing);
  return { cases, counters };
}
