import type { TCaseStatus, TGender, THelpEndReason, THelpType, TProtectionResult } from '@lotse/shared';
import type { AreaCode, TeamKey } from './office.js';

// The shape of the demo history: plain data built by history-cases.ts, written by history.ts.

/** What kind of work a past case was: help with a plan, counselling, a § 8a report, § 42 or § 42a. */
export type HistoryKind = 'hze' | 'counselling' | 'protection' | 'custody' | 'uma';

export interface HistoryAddress {
  street: string;
  house: string;
  postcode: string;
  area: AreaCode;
}

export interface HistoryPerson {
  id: string;
  role: 'child' | 'parent';
  first: string;
  last: string;
  gender: TGender;
  birthDate: string;
  languages: string[];
  address: HistoryAddress | null;
}

/** The help of an HzE case as its plan describes it. */
export interface HistoryHelp {
  startsOn: Date;
  endsOn: Date | null;
  endReason: THelpEndReason | null;
  /** The last review before now (a second plan version), null: only the first plan. */
  reviewedAt: Date | null;
  /** The next review of running help (may lie weeks in the past: overdue). */
  reviewOn: Date | null;
}

/** A § 8a procedure of the case, closed and signed off. */
export interface HistoryProcedure {
  result: TProtectionResult;
  emergencyCustody: boolean;
  receivedAt: Date;
  proposedAt: Date;
  signedOffAt: Date;
}

export interface HistoryCase {
  id: string;
  kind: HistoryKind;
  helpType: THelpType;
  area: AreaCode;
  team: TeamKey;
  /** Username; null for some closed cases (the caseworker has left). */
  caseworker: string | null;
  status: TCaseStatus;
  openedAt: Date;
  closedAt: Date | null;
  updatedAt: Date;
  help: HistoryHelp | null;
  procedure: HistoryProcedure | null;
  /** An unaccompanied young refugee (team UMA, no parents). */
  refugee: boolean;
  /** Child first, then the parents. */
  persons: HistoryPerson[];
  title: string;
  reference: string;
}
