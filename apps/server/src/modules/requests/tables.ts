import type { CreatedAt, Timestamp } from '../../db/column-types.js';

// Tables of requests from the family app. Only this module reads or writes them
// (db/table-ownership.test.ts); db/schema.ts composes every owner's tables into one Database type.
export interface IntakeRequestsTable {
  tenant_id: string;
  id: string;
  access_code: string;
  pin_hash: string;
  status: string;
  urgent: boolean;
  topic: string;
  confidence: number;
  danger_signals: string[];
  language: string;
  writer_role: string;
  age: number | null;
  anonymous: boolean;
  social_area_id: string | null;
  team_id: string;
  claimed_by: string | null;
  case_id: string | null;
  flow_version: number | null;
  summary_enc: Uint8Array;
  transcript_enc: Uint8Array;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface RequestsTables {
  intake_requests: IntakeRequestsTable;
}
