import { earlyHelpEndReasons } from '@lotse/shared';
import type { CasePlanningFact } from '../cases/index.js';
import type { FeedbackFigure } from '../feedback/index.js';
import type { HelpPlanFact } from '../helpplan/index.js';
import type { PlacementPlanningFact } from '../placements/index.js';
import type { ProtectionPlanningFact } from '../protection/index.js';
import type { RequestPlanningFact } from '../requests/index.js';
import { type HelpEpisode, helpEpisodes } from './episodes.js';
import {
  ageAt,
  ageGroupOf,
  ageOfParts,
  CUSTODY_HELP_TYPES,
  dayParts,
  daysBetween,
  exactAgeAt,
  GOAL_REACHED_FROM,
  lastDayOf,
  type Measure,
  monthOf,
  monthsBetween,
} from './measures.js';

/** Everything the job reads, already without content; ids only to join and dropped here. */
export interface PlanningSources {
  /** the office's date today, 'YYYY-MM-DD' */
  today: string;
  now: Date;
  areaCodeOf: Map<string, string>;
  teamNameOf: Map<string, string>;
  cases: CasePlanningFact[];
  plans: HelpPlanFact[];
  procedures: ProtectionPlanningFact[];
  placements: PlacementPlanningFact[];
  requests: RequestPlanningFact[];
  firstReplies: Map<string, Date>;
  feedback: FeedbackFigure[];
}

/** The groups a count is kept in: no ids, no exact dates. */
export interface CellKey {
  measure: Measure;
  month: string;
  socialArea: string;
  helpType: string;
  ageGroup: string;
  sex: string;
  team: string;
}
export interface Cell extends CellKey {
  n: number;
  total: number;
}

/**
 * Bits of the numeric key per dimension (measure, month, social area, help type, age group, sex,
 * team): 48 in all, exact in a double. A dimension with more values than its bits hold falls back
 * to a string key.
 */
const KEY_RADIX = [32, 2048, 256, 128, 16, 8, 1024] as const;

/**
 * Collects counts per group. A group is found by a number built from each dimension's index among
 * the values seen so far: cheaper than a string key per call (the monthly stock alone adds a cell per
 * help and month, some 300 000 for an office of 50 000 cases).
 */
export class Cells {
  private readonly indexes = KEY_RADIX.map(() => new Map<string, number>());
  private readonly byKey = new Map<number, Cell>();
  private readonly byId = new Map<string, Cell>();
  private readonly cells: Cell[] = [];

  add(key: Omit<CellKey, 'team'> & { team?: string }, total = 0, n = 1): void {
    this.addCell(
      key.measure,
      key.month,
      key.socialArea,
      key.helpType,
      key.ageGroup,
      key.sex,
      key.team ?? '',
      total,
      n,
    );
  }

  /** `add` without building a key object. */
  addCell(
    measure: Measure,
    month: string,
    socialArea: string,
    helpType: string,
    ageGroup: string,
    sex: string,
    team: string,
    total: number,
    n: number,
  ): void {
    const key = this.keyOf([measure, month, socialArea, helpType, ageGroup, sex, team]);
    const cell = typeof key === 'number' ? this.byKey.get(key) : this.byId.get(key);
    if (cell) {
      cell.n += n;
      cell.total += total;
      return;
    }
    const created: Cell = { measure, month, socialArea, helpType, ageGroup, sex, team, n, total };
    if (typeof key === 'number') this.byKey.set(key, created);
    else this.byId.set(key, created);
    this.cells.push(created);
  }

  /** The cells in the order they were first added. */
  all(): Cell[] {
    return [...this.cells];
  }

  private keyOf(values: readonly string[]): number | string {
    let key = 0;
    for (let d = 0; d < values.length; d++) {
      const value = values[d] as string;
      const seen = this.indexes[d] as Map<string, number>;
      let index = seen.get(value);
      if (index === undefined) {
        index = seen.size;
        seen.set(value, index);
      }
      const radix = KEY_RADIX[d] as number;
      if (index >= radix) return values.join('|');
      key = key * radix + index;
    }
    return key;
  }
}

/** A month by its index (year × 12 + month − 1): its key and its last day, computed once per month. */
interface MonthInfo {
  month: string;
  lastDay: string;
  /** the last day as numbers, for ages */
  end: [number, number, number];
}
class Months {
  private readonly byIndex = new Map<number, MonthInfo>();

  static indexOf(month: string): number {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return y * 12 + m - 1;
  }

  get(index: number): MonthInfo {
    let info = this.byIndex.get(index);
    if (!info) {
      const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
      const lastDay = lastDayOf(month);
      info = { month, lastDay, end: dayParts(lastDay) };
      this.byIndex.set(index, info);
    }
    return info;
  }
}

/** Builds the anonymised counts of an office from its facts. Pure: the same facts give the same cells. */
export function aggregate(sources: PlanningSources): Cell[] {
  const cells = new Cells();
  const caseById = new Map(sources.cases.map((c) => [c.caseId, c]));
  const areaOfCase = (c: CasePlanningFact | undefined) =>
    sources.areaCodeOf.get(c?.socialAreaId ?? c?.children[0]?.socialAreaId ?? '') ?? '';
  const helps = helpEpisodes(sources.cases, sources.plans, sources.today);
  addHelps(cells, sources, helps, areaOfCase);
  addProtection(cells, sources, caseById, areaOfCase);
  addCustody(cells, sources, areaOfCase);
  addWorkload(cells, sources, helps, caseById, areaOfCase);
  addFirstContacts(cells, sources);
  addPlacementWaits(cells, sources, caseById, areaOfCase);
  addFeedback(cells, sources);
  return cells.all();
}

type AreaOf = (c: CasePlanningFact | undefined) => string;

/** Stock per month end, starts, ends, end reasons and goals of every help. */
function addHelps(cells: Cells, s: PlanningSources, helps: HelpEpisode[], areaOf: AreaOf) {
  const thisMonth = monthOf(s.today);
  const months = new Months();
  const thisIndex = Months.indexOf(thisMonth);
  for (const h of helps) {
    const base = { socialArea: areaOf(h.case), helpType: h.helpType, sex: h.child?.gender ?? 'unspecified' };
    const birth = h.child?.birthDate ?? null;
    const born = birth ? dayParts(birth) : null;
    // Every month end from the start to the end (or today) at which the help was running.
    const lastIndex = Math.min(h.end ? Months.indexOf(monthOf(h.end)) : thisIndex, thisIndex);
    for (let i = Months.indexOf(monthOf(h.start)); i <= lastIndex; i++) {
      const { month, lastDay, end } = months.get(i);
      if (h.start > lastDay || (h.end !== null && h.end <= lastDay)) continue;
      const age = born ? ageOfParts(born, end) : null;
      cells.addCell(
        'help_running',
        month,
        base.socialArea,
        base.helpType,
        ageGroupOf(age),
        base.sex,
        '',
        0,
        1,
      );
    }
    const startGroup = { ...base, month: monthOf(h.start), ageGroup: ageGroupOf(ageAt(birth, h.start)) };
    cells.add({ ...startGroup, measure: 'help_started' });
    const age = exactAgeAt(birth, h.start);
    if (age !== null) cells.add({ ...startGroup, measure: 'age_at_start' }, age);
    if (!h.end) continue;
    const endGroup = { ...base, month: monthOf(h.end), ageGroup: ageGroupOf(ageAt(birth, h.end)) };
    cells.add({ ...endGroup, measure: 'help_ended' }, Math.max(0, monthsBetween(h.start, h.end)));
    if (h.endReason) {
      cells.add({ ...endGroup, measure: 'ended_reason_known' });
      if (h.endReason === 'as_planned') cells.add({ ...endGroup, measure: 'ended_as_planned' });
      if (earlyHelpEndReasons.has(h.endReason)) cells.add({ ...endGroup, measure: 'ended_early' });
    }
    const rated = h.goalProgress.filter((p): p is number => p !== null);
    if (rated.length > 0) {
      const reached = rated.filter((p) => p >= GOAL_REACHED_FROM).length / rated.length;
      cells.add({ ...endGroup, measure: 'goals_at_end' }, reached);
    }
  }
}

/** Completed § 8a procedures and how many found an endangerment (acute or latent). */
function addProtection(
  cells: Cells,
  s: PlanningSources,
  caseById: Map<string, CasePlanningFact>,
  areaOf: AreaOf,
) {
  for (const p of s.procedures) {
    if (p.status !== 'closed' || !p.signedOffAt) continue;
    const kase = caseById.get(p.caseId);
    const child = kase?.children.find((c) => c.personId === p.childPersonId) ?? kase?.children[0];
    const group = {
      month: monthOf(p.signedOffAt),
      socialArea: areaOf(kase),
      helpType: 'p8a_child_protection',
      ageGroup: ageGroupOf(ageAt(child?.birthDate ?? null, p.receivedAt.toISOString().slice(0, 10))),
      sex: child?.gender ?? 'unspecified',
    };
    cells.add({ ...group, measure: 'p8a_assessed' });
    if (p.result === 'acute' || p.result === 'latent') cells.add({ ...group, measure: 'p8a_endangerment' });
  }
}

/** § 42 and § 42a measures by the month they began (the case of the measure). */
function addCustody(cells: Cells, s: PlanningSources, areaOf: AreaOf) {
  for (const c of s.cases) {
    if (!c.helpType || !(CUSTODY_HELP_TYPES as readonly string[]).includes(c.helpType)) continue;
    const child = c.children[0];
    const start = c.openedAt.toISOString().slice(0, 10);
    cells.add({
      measure: 'custody_started',
      month: monthOf(start),
      socialArea: areaOf(c),
      helpType: c.helpType,
      ageGroup: ageGroupOf(ageAt(child?.birthDate ?? null, start)),
      sex: child?.gender ?? 'unspecified',
    });
  }
}

/** Today's open cases per team, caseworkers with open cases, overdue reviews and § 8a deadlines. */
function addWorkload(
  cells: Cells,
  s: PlanningSources,
  helps: HelpEpisode[],
  caseById: Map<string, CasePlanningFact>,
  areaOf: AreaOf,
) {
  const month = monthOf(s.today);
  const teamOf = (c: CasePlanningFact | undefined) => s.teamNameOf.get(c?.teamId ?? '') ?? '';
  const snapshot = { month, ageGroup: '', sex: '' };
  const workers = new Map<string, Set<string>>();
  for (const c of s.cases) {
    if (c.status === 'closed') continue;
    const team = teamOf(c);
    cells.add({
      ...snapshot,
      measure: 'open_cases',
      socialArea: areaOf(c),
      helpType: c.helpType ?? '',
      team,
    });
    if (c.caseworkerId) workers.set(team, (workers.get(team) ?? new Set()).add(c.caseworkerId));
  }
  for (const [team, ids] of workers)
    cells.add(
      { ...snapshot, measure: 'caseworkers_active', socialArea: '', helpType: '', team },
      0,
      ids.size,
    );
  for (const h of helps) {
    if (h.end || !h.reviewOn || h.reviewOn >= s.today || h.case?.status === 'closed') continue;
    cells.add({
      ...snapshot,
      measure: 'overdue_review',
      socialArea: areaOf(h.case),
      helpType: h.helpType,
      team: teamOf(h.case),
    });
  }
  for (const p of s.procedures) {
    if (p.status === 'closed') continue;
    const contactLate = !p.firstContactAt && p.firstContactDueAt < s.now;
    const taskLate = p.openTaskDueDates.some((d) => d < s.today);
    if (!contactLate && !taskLate) continue;
    const kase = caseById.get(p.caseId);
    cells.add({
      ...snapshot,
      measure: 'overdue_8a',
      socialArea: areaOf(kase),
      helpType: 'p8a_child_protection',
      team: teamOf(kase),
    });
  }
}

/** Days from a family's request to the office's first answer, by the month of the request. */
function addFirstContacts(cells: Cells, s: PlanningSources) {
  for (const r of s.requests) {
    const first = s.firstReplies.get(r.requestId);
    if (!first) continue;
    cells.add(
      {
        measure: 'first_contact',
        month: monthOf(r.createdAt),
        socialArea: s.areaCodeOf.get(r.socialAreaId ?? '') ?? '',
        helpType: '',
        ageGroup: '',
        sex: '',
        team: s.teamNameOf.get(r.teamId) ?? '',
      },
      Math.max(0, daysBetween(r.createdAt, first)),
    );
  }
}

/** Days from the inquiry to the start of the placement, by the month it started. */
function addPlacementWaits(
  cells: Cells,
  s: PlanningSources,
  caseById: Map<string, CasePlanningFact>,
  areaOf: AreaOf,
) {
  for (const p of s.placements) {
    if (!p.inquiryCreatedAt) continue;
    const kase = caseById.get(p.caseId);
    const child = kase?.children[0];
    cells.add(
      {
        measure: 'placement_wait',
        month: monthOf(p.startedOn),
        socialArea: areaOf(kase),
        helpType: p.helpType,
        ageGroup: ageGroupOf(ageAt(child?.birthDate ?? null, p.startedOn)),
        sex: child?.gender ?? 'unspecified',
      },
      Math.max(0, daysBetween(p.inquiryCreatedAt, new Date(`${p.startedOn}T12:00:00Z`))),
    );
  }
}

/** The families' anonymous feedback (already without anyone in it): answers and their mean score. */
function addFeedback(cells: Cells, s: PlanningSources) {
  for (const f of s.feedback) {
    const mean = (f.wellbeing + f.helpfulness + f.heard) / 3;
    cells.add(
      {
        measure: 'feedback',
        month: f.month,
        socialArea: s.areaCodeOf.get(f.socialAreaId ?? '') ?? '',
        helpType: f.helpType ?? '',
        ageGroup: '',
        sex: '',
      },
      mean * f.answers,
      f.answers,
    );
  }
}
