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
  CUSTODY_HELP_TYPES,
  daysBetween,
  exactAgeAt,
  GOAL_REACHED_FROM,
  lastDayOf,
  type Measure,
  monthOf,
  monthsBetween,
  nextMonth,
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

/** Collects counts per group. */
export class Cells {
  private readonly map = new Map<string, Cell>();

  add(key: Omit<CellKey, 'team'> & { team?: string }, total = 0, n = 1): void {
    const full: CellKey = { ...key, team: key.team ?? '' };
    const id = `${full.measure}|${full.month}|${full.socialArea}|${full.helpType}|${full.ageGroup}|${full.sex}|${full.team}`;
    const cell = this.map.get(id);
    if (cell) {
      cell.n += n;
      cell.total += total;
    } else this.map.set(id, { ...full, n, total });
  }

  all(): Cell[] {
    return [...this.map.values()];
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
  for (const h of helps) {
    const base = { socialArea: areaOf(h.case), helpType: h.helpType, sex: h.child?.gender ?? 'unspecified' };
    const birth = h.child?.birthDate ?? null;
    const lastRunning = h.end ? monthOf(h.end) : thisMonth;
    for (let m = monthOf(h.start); m <= lastRunning && m <= thisMonth; m = nextMonth(m)) {
      const monthEnd = lastDayOf(m);
      if (h.start > monthEnd || (h.end !== null && h.end <= monthEnd)) continue;
      cells.add({ ...base, measure: 'help_running', month: m, ageGroup: ageGroupOf(ageAt(birth, monthEnd)) });
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
