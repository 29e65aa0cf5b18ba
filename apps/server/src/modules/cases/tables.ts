import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../../db/column-types.js';

// Tables of the case file. Only this module reads or writes them
// (db/table-ownership.test.ts); db/schema.ts composes every owner's tables into one Database type.
export interface HouseholdsTable {
  tenant_id: string;
  id: string;
  /** Plaintext from before migration 0016; sealed and emptied at start-up (`sealLegacyPlaintext`). */
  legacy_label: string | null;
  label_enc: Uint8Array | null;
  /** the case the household was recorded in (null only for old households without members) */
  case_id: string | null;
}
export interface HouseholdMembersTable {
  tenant_id: string;
  household_id: string;
  person_id: string;
}
export interface RelationsTable {
  tenant_id: string;
  id: string;
  from_person_id: string;
  to_person_id: string;
  kind: string;
}
export interface CasesTable {
  tenant_id: string;
  id: string;
  reference: string;
  /** Plaintext from before encryption; emptied at start-up (`sealLegacyPlaintext`). */
  legacy_title: string | null;
  title_enc: Uint8Array | null;
  help_type: string | null;
  status: string;
  team_id: string;
  caseworker_id: string | null;
  social_area_id: string | null;
  /** Keyed blind indexes of the title's and the persons' name tokens (platform/search-tokens.ts). */
  search_tokens: string[] | null;
  opened_at: Timestamp;
  closed_at: Date | string | null;
  updated_at: Timestamp;
  /** The family's request the case was opened from, if any. */
  origin_request_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** TCaseOrigin without the live parts (requestId, unreadMessages) as JSON. */
  origin: ColumnType<unknown, string | null | undefined, string | null>;
}
export interface CaseReferenceCountersTable {
  tenant_id: string;
  prefix: string;
  last_number: number;
}
export interface CasePersonsTable {
  tenant_id: string;
  case_id: string;
  person_id: string;
  role: string;
}
export interface CaseDeputiesTable {
  tenant_id: string;
  case_id: string;
  user_id: string;
}
export interface DocumentsTable {
  tenant_id: string;
  id: string;
  case_id: string;
  legacy_filename: string | null;
  filename_enc: Uint8Array | null;
  media_type: string;
  size_bytes: number;
  blob_key: string;
  uploaded_by: string;
  created_at: CreatedAt;
}
export interface CaseEntriesTable {
  tenant_id: string;
  id: string;
  case_id: string;
  kind: string;
  occurred_at: Date | string;
  author_id: string;
  legacy_title: string | null;
  title_enc: Uint8Array | null;
  body_enc: Uint8Array;
  entrusted_to: string | null;
  document_id: string | null;
  /** set when provider staff documented the entry (module consent checks the share first) */
  source_provider_id?: string | null;
  created_at: Timestamp;
}
export interface EntryDisclosuresTable {
  tenant_id: string;
  id: string;
  entry_id: string;
  ground: string;
  /** Plaintext from before migration 0016; sealed and emptied at start-up (`sealLegacyPlaintext`). */
  legacy_reference: string | null;
  reference_enc: Uint8Array | null;
  to_team_id: string | null;
  to_user_id: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
  /** set together when the entrusted person revokes the disclosure; the row itself stays */
  revoked_at: Generated<Date | null>;
  revoked_by: Generated<string | null>;
}
export interface TasksTable {
  tenant_id: string;
  id: string;
  case_id: string | null;
  legacy_title: string | null;
  title_enc: Uint8Array | null;
  due_on: string;
  assignee_id: string | null;
  done_at: Date | string | null;
  created_by: string;
  created_at: CreatedAt;
}

/** Entries and documents released to the family (to every person with an account, or some persons). */
export interface CaseReleasesTable {
  tenant_id: string;
  case_id: string;
  item_kind: 'entry' | 'document';
  item_id: string;
  person_ids: string[] | null;
  released_by: string;
  released_at: Timestamp;
}

export interface CasesTables {
  households: HouseholdsTable;
  household_members: HouseholdMembersTable;
  relations: RelationsTable;
  cases: CasesTable;
  case_reference_counters: CaseReferenceCountersTable;
  case_persons: CasePersonsTable;
  case_deputies: CaseDeputiesTable;
  documents: DocumentsTable;
  case_entries: CaseEntriesTable;
  entry_disclosures: EntryDisclosuresTable;
  tasks: TasksTable;
  case_releases: CaseReleasesTable;
}
