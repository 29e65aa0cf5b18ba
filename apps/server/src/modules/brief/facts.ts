import type { TBriefPurpose, TBriefSectionKey, TCaseDetail, THelpPlanVersion } from '@lotse/shared';
import type { SharedEntryFact } from '../cases/index.js';
import type { ProtectionFact } from '../protection/index.js';

/** What a brief is built from: the case as its page shows it, its shared entries, plans and § 8a procedures. */
export interface BriefFacts {
  case: TCaseDetail;
  /** Entries that are not entrusted (§ 65), newest first; `entriesTotal` counts all of them. */
  entries: SharedEntryFact[];
  entriesTotal: number;
  /** Each help plan's newest version. */
  plans: { planId: string; version: THelpPlanVersion }[];
  /** § 8a procedures, newest report first. */
  procedures: ProtectionFact[];
  /** Today in the office's calendar (YYYY-MM-DD). */
  today: string;
}

/** What a purpose stresses: the order of the sections and how much of each. */
export interface BriefEmphasis {
  order: readonly TBriefSectionKey[];
  /** Entries (other than contacts) told in the course of help, newest ones. */
  courseEntries: number;
  contacts: number;
  /** Phone and e-mail of the persons (for whoever takes the case over). */
  contactData: boolean;
  /** Indicators of each goal, needs and agreements already done (for the help plan meeting). */
  planDetail: boolean;
}

export const emphasisOf: Record<TBriefPurpose, BriefEmphasis> = {
  handover: {
    order: ['persons', 'deadlines', 'protection', 'helpplan', 'course', 'contacts'],
    courseEntries: 8,
    contacts: 5,
    contactData: true,
    planDetail: false,
  },
  court: {
    order: ['persons', 'course', 'protection', 'helpplan', 'contacts', 'deadlines'],
    courseEntries: 30,
    contacts: 10,
    contactData: false,
    planDetail: false,
  },
  helpplan_meeting: {
    order: ['helpplan', 'persons', 'contacts', 'deadlines', 'protection', 'course'],
    courseEntries: 5,
    contacts: 8,
    contactData: false,
    planDetail: true,
  },
};
