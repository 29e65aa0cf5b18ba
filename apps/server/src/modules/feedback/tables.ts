import type { ColumnType } from 'kysely';
import type { CreatedAt, Timestamp } from '../../db/column-types.js';

// Tables of the family's feedback check-ins. Only this module reads or writes them
// (db/table-ownership.test.ts); planning reads the anonymous figures through `feedbackFigures`.
export interface FeedbackSettingsTable {
  tenant_id: string;
  case_id: string;
  /** null: switched off for the case; no row: the default interval */
  interval_weeks: number | null;
  updated_by: string;
  updated_at: Timestamp;
}
export interface FeedbackAnswersTable {
  tenant_id: string;
  id: string;
  case_id: string;
  person_id: string;
  family_account_id: string;
  version: 'standard' | 'child';
  wellbeing: number;
  helpfulness: number;
  heard: number;
  comment_enc: Uint8Array | null;
  /** the free text raised the danger alarm */
  danger: ColumnType<boolean, boolean | undefined, never>;
  created_at: CreatedAt;
}
/** The answers without anyone in them: month, help type, social area, kind of respondent. */
export interface FeedbackFiguresTable {
  tenant_id: string;
  id: string;
  /** first day of the month, YYYY-MM-01 */
  month: string;
  help_type: string | null;
  social_area_id: string | null;
  respondent: 'young_person' | 'parent';
  version: 'standard' | 'child';
  wellbeing: number;
  helpfulness: number;
  heard: number;
}

export interface FeedbackTables {
  feedback_settings: FeedbackSettingsTable;
  feedback_answers: FeedbackAnswersTable;
  feedback_figures: FeedbackFiguresTable;
}
