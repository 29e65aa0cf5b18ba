import type { ColumnType } from 'kysely';
import type { CreatedAt, Timestamp } from '../../db/column-types.js';

// Tables of the child-protection procedure (§ 8a SGB VIII). Only this module reads or writes them
// (db/table-ownership.test.ts); other modules ask `protectionFacts` in index.ts.

/** A date column: read as 'YYYY-MM-DD' or a Date depending on the driver, written as 'YYYY-MM-DD'. */
type DateColumn = ColumnType<string | Date, string, string>;

export interface ProtectionProceduresTable {
  tenant_id: string;
  id: string;
  case_id: string;
  child_person_id: string | null;
  status: ColumnType<string, string | undefined, string>;
  received_at: Timestamp;
  received_by: string;
  urgency: string;
  first_contact_due_at: Timestamp;
  first_contact_at: Timestamp | null;
  hint_sources: string[];
  provider_report: boolean;
  /** Report content and provider, sealed (context `protection-report:<id>`). */
  report_enc: Uint8Array;
  /** The checklist, sealed (context `protection-checklist:<id>`). */
  checklist_enc: Uint8Array;
  participant_ids: ColumnType<string[], string[] | undefined, string[]>;
  result: string | null;
  endangerment_types: ColumnType<string[], string[] | undefined, string[]>;
  follow_up_on: ColumnType<string | Date | null, string | null | undefined, string | null>;
  open_task_due_dates: ColumnType<(string | Date)[], string[] | undefined, string[]>;
  /** Decision, protection plan, court and custody details, sealed (context `protection-outcome:<id>`). */
  outcome_enc: Uint8Array | null;
  proposed_by: string | null;
  proposed_at: Timestamp | null;
  signed_off_by: string | null;
  signed_off_at: Timestamp | null;
  created_at: CreatedAt;
  closed_at: Timestamp | null;
}

export interface ProtectionAssessmentsTable {
  tenant_id: string;
  id: string;
  procedure_id: string;
  catalogue_id: string;
  catalogue_version: string;
  assessed_on: DateColumn;
  /** Ratings with notes and the summary, sealed (context `protection-assessment:<id>`). */
  ratings_enc: Uint8Array;
  risk_rated: number;
  protective_rated: number;
  created_by: string;
  created_at: CreatedAt;
}

export interface ProtectionSurveysTable {
  tenant_id: string;
  procedure_id: string;
  /** TSurveyAnswers as JSON, sealed (context `protection-survey:<procedure>`). */
  answers_enc: Uint8Array;
  updated_by: string;
  updated_at: Timestamp;
}

export interface ProtectionCataloguesTable {
  tenant_id: string;
  id: string;
  version: string;
  title: string;
  /** The catalogue JSON as imported (validated): professional wording, no personal data. */
  content: ColumnType<unknown, string, never>;
  imported_by: string;
  imported_at: CreatedAt;
}

export interface ProtectionTables {
  protection_procedures: ProtectionProceduresTable;
  protection_assessments: ProtectionAssessmentsTable;
  protection_surveys: ProtectionSurveysTable;
  protection_catalogues: ProtectionCataloguesTable;
}
