import type { TCaseStatus, TGender, THelpType } from '@lotse/shared';
import type { TeamKey } from './office.js';

// The shape of the demo families: plain data, turned into rows by seed.ts.

/** Who a person is in the family; relations and case roles follow from it. */
export type PersonKind =
  | 'child'
  | 'mother'
  | 'father'
  | 'step_father'
  | 'step_mother'
  | 'guardian'
  | 'foster_mother'
  | 'foster_father'
  | 'grandmother';

export interface DemoAddress {
  street: string;
  house: string;
  postcode: string;
}

export interface DemoPerson {
  first: string;
  last: string;
  /** Age in whole years today. */
  age: number;
  gender: TGender;
  languages: string[];
  kind: PersonKind;
  /** Overrides the family's address (e.g. a separated parent); null: no known address. */
  address?: DemoAddress | null;
  phone?: string;
  /** Days since the last birthday (default: derived from the name, so dates differ). */
  birthdayDaysAgo?: number;
}

export type DemoEntryKind = 'note' | 'contact' | 'decision' | 'status_change';

export interface DemoEntry {
  kind: DemoEntryKind;
  title: string;
  body: string;
  /** Username of the author; default: the caseworker ('lead': the team lead). */
  author?: string;
  /** § 65 SGB VIII: confided to the author personally. */
  entrusted?: boolean;
  /** Fixed date; entries without one are spread between opening and last update. */
  daysAgo?: number;
}

export interface DemoTask {
  title: string;
  /** Negative: overdue. */
  dueInDays: number;
  /** Username; default: the caseworker. */
  assignee?: string;
  done?: boolean;
}

export interface DemoFamily {
  /** Fixed case id (tests refer to it); otherwise random. */
  caseId?: string;
  team: TeamKey;
  caseworker: string;
  deputies?: string[];
  status: TCaseStatus;
  helpType: THelpType;
  title: string;
  openedDaysAgo: number;
  updatedDaysAgo: number;
  address: DemoAddress;
  /** The parents live apart: no partner relation between them. */
  separated?: boolean;
  persons: DemoPerson[];
  /** Replaces the generated timeline. */
  entries?: DemoEntry[];
  /** Added to the generated timeline. */
  extraEntries?: DemoEntry[];
  tasks?: DemoTask[];
  /** Words for the generated timeline: reporter, concern, school, provider. */
  vars?: Partial<Record<'reporter' | 'concern' | 'school' | 'provider', string>>;
}
