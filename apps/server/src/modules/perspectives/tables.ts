import type { CreatedAt, Timestamp } from '../../db/column-types.js';

// Tables of the perspectives module (Sichtweisen, Ökokarte). Only this module reads or writes them
// (db/table-ownership.test.ts); db/schema.ts composes every owner's tables into one Database type.
export interface PerspectiveRoundsTable {
  tenant_id: string;
  id: string;
  case_id: string;
  rated_on: string;
  help_plan_id: string | null;
  help_plan_version: number | null;
  catalogue_id: string;
  catalogue_version: number;
  created_by: string;
  created_at: CreatedAt;
}
export interface PerspectiveEntriesTable {
  tenant_id: string;
  round_id: string;
  perspective: string;
  recorded_as: string | null;
  entered_by: string;
  entered_at: Timestamp;
}
export interface PerspectiveRatingsTable {
  tenant_id: string;
  round_id: string;
  perspective: string;
  dimension: string;
  value: number | null;
  /** The comment, sealed with the office key (context `perspective:<round>:<perspective>:<dimension>`). */
  comment_enc: Uint8Array | null;
}
export interface EcomapsTable {
  tenant_id: string;
  case_id: string;
  updated_by: string;
  updated_at: Timestamp;
}
export interface EcomapNodesTable {
  tenant_id: string;
  case_id: string;
  id: string;
  position: number;
  kind: string;
  closeness: number;
  quality: string;
  /** Sealed (context `ecomap-label:<case>:<node>`): names people. */
  label_enc: Uint8Array;
  /** Sealed (context `ecomap-note:<case>:<node>`). */
  note_enc: Uint8Array | null;
}

export interface PerspectivesTables {
  perspective_rounds: PerspectiveRoundsTable;
  perspective_entries: PerspectiveEntriesTable;
  perspective_ratings: PerspectiveRatingsTable;
  ecomaps: EcomapsTable;
  ecomap_nodes: EcomapNodesTable;
}
