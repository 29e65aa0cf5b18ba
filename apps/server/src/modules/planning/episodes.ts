import type { THelpEndReason } from '@lotse/shared';
import type { CasePlanningFact } from '../cases/index.js';
import type { HelpPlanFact } from '../helpplan/index.js';
import { EDUCATIONAL_HELP_TYPES } from './measures.js';

/** One help as the figures count it: from its plan where there is one, otherwise from its case. */
export interface HelpEpisode {
  case: CasePlanningFact | undefined;
  child: CasePlanningFact['children'][number] | undefined;
  helpType: string;
  /** 'YYYY-MM-DD' */
  start: string;
  /** 'YYYY-MM-DD' when the help has ended; null while it runs */
  end: string | null;
  endReason: THelpEndReason | null;
  reviewOn: string | null;
  goalProgress: (number | null)[];
}

const educational = new Set<string>(EDUCATIONAL_HELP_TYPES);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The office's educational helps: every final help plan of such a help is one help (ended when the
 * plan gives an end reason or the case is closed); a case of such a help type without a plan counts
 * as one help from its opening (running, or ended when the case was closed) unless it never got past
 * the first steps (inquiry, clarification, planning).
 */
export function helpEpisodes(cases: CasePlanningFact[], plans: HelpPlanFact[], today: string): HelpEpisode[] {
  const caseById = new Map(cases.map((c) => [c.caseId, c]));
  const withPlan = new Set<string>();
  const helps: HelpEpisode[] = [];
  for (const p of plans) {
    if (!educational.has(p.helpType) || p.startsOn > today) continue;
    const kase = caseById.get(p.caseId);
    withPlan.add(p.caseId);
    const closedOn = kase?.closedAt && kase.status === 'closed' ? isoDay(kase.closedAt) : null;
    const ended = p.endReason !== null || closedOn !== null;
    let end = ended ? (p.endsOn ?? closedOn ?? today) : null;
    if (end !== null && end > today) end = closedOn ?? today;
    if (end !== null && end < p.startsOn) end = p.startsOn;
    helps.push({
      case: kase,
      child: kase?.children[0],
      helpType: p.helpType,
      start: p.startsOn,
      end,
      endReason: p.endReason,
      reviewOn: p.reviewOn,
      goalProgress: p.goalProgress,
    });
  }
  for (const c of cases) {
    if (withPlan.has(c.caseId) || !c.helpType || !educational.has(c.helpType)) continue;
    if (c.status === 'inquiry' || c.status === 'clarification' || c.status === 'planning') continue;
    const start = isoDay(c.openedAt);
    helps.push({
      case: c,
      child: c.children[0],
      helpType: c.helpType,
      start,
      end: c.status === 'closed' ? (c.closedAt ? isoDay(c.closedAt) : start) : null,
      endReason: null,
      reviewOn: null,
      goalProgress: [],
    });
  }
  return helps;
}
