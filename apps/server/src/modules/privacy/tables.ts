import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../db/column-types.js';

// Tables of the data protection officer's work (DSGVO Art. 15–21). Only this module reads or writes
// them (db/table-ownership.test.ts).
export interface DataSubjectRequestsTable {
  tenant_id: string;
  id: string;
  person_id: string;
  right: 'access' | 'correction' | 'restriction' | 'erasure' | 'objection';
  received_on: string;
  due_on: string;
  note_enc: Uint8Array;
  status: Generated<'open' | 'done' | 'refused'>;
  decision_enc: Uint8Array | null;
  recorded_by: string;
  recorded_at: CreatedAt;
  decided_by: string | null;
  decided_at: Date | string | null;
}

export interface RetentionSettingsTable {
  tenant_id: string;
  /** record type → months; missing types take the default (@lotse/shared retentionDefaults) */
  periods: ColumnType<Record<string, number>, string, string>;
  automatic: boolean;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface RetentionHoldsTable {
  tenant_id: string;
  id: string;
  case_id: string;
  reason_enc: Uint8Array;
  placed_by: string;
  placed_at: CreatedAt;
  lifted_by: string | null;
  lifted_at: Date | string | null;
}

export interface RetentionRunsTable {
  tenant_id: string;
  id: string;
  kind: 'dry_run' | 'erasure';
  dry_run_id: string | null;
  requested_by: string | null;
  started_at: CreatedAt;
  finished_at: Date | string | null;
  report: ColumnType<Record<string, unknown>, string, string>;
}

export interface PrivacyTables {
  data_subject_requests: DataSubjectRequestsTable;
  retention_settings: RetentionSettingsTable;
  retention_holds: RetentionHoldsTable;
  retention_runs: RetentionRunsTable;
}
