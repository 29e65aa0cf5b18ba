import type { CreatedAt } from '../../db/column-types.js';

// Tables of help plans (§ 36 SGB VIII). Only this module reads or writes them
// (db/table-ownership.test.ts); db/schema.ts composes every owner's tables into one Database type.
export interface HelpPlansTable {
  tenant_id: string;
  id: string;
  case_id: string;
  created_by: string;
  created_at: CreatedAt;
}
export interface HelpPlanVersionsTable {
  tenant_id: string;
  plan_id: string;
  version: number;
  status: string;
  /** THelpPlanContent as JSON, sealed with the office key (context `help-plan:<plan>:<version>`). */
  content_enc: Uint8Array;
  help_type: string;
  starts_on: string;
  ends_on: string | null;
  review_on: string | null;
  created_by: string;
  created_at: CreatedAt;
  finalized_by: string | null;
  finalized_at: Date | string | null;
}

/** The office's defaults for help plans (one row per office; none: the defaults). */
export interface HelpPlanSettingsTable {
  tenant_id: string;
  review_months: number;
  reminder_lead_days: number;
  updated_by: string;
  updated_at: Date | string;
}

/** What a person of the case said to an agreed version in the family app (append-only). */
export interface HelpPlanResponsesTable {
  tenant_id: string;
  id: string;
  plan_id: string;
  version: number;
  person_id: string;
  agreed: boolean;
  comment_enc: Uint8Array | null;
  created_at: CreatedAt;
}

export interface HelpPlanTables {
  help_plans: HelpPlansTable;
  help_plan_versions: HelpPlanVersionsTable;
  help_plan_responses: HelpPlanResponsesTable;
  help_plan_settings: HelpPlanSettingsTable;
}
