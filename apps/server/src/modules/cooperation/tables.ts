// Tables of the cooperation module. Publications and the directory are global (every office reads
// them; row-level security lets an office write only rows naming itself); imports and the signing
// key belong to an office. Only this module reads or writes them (db/table-ownership.test.ts).

import type { TCooperationKind, TDirectoryKind } from '@lotse/shared';
import type { ColumnType, Generated } from 'kysely';

/** jsonb: read as parsed JSON (or text on some drivers), written as a JSON string. */
type Json = ColumnType<unknown, string, string>;

export interface CooperationPublicationsTable {
  id: string;
  publisher_tenant: string;
  publisher_office: string;
  kind: TCooperationKind;
  title: string;
  summary: Generated<string>;
  tags: Generated<string[]>;
  content: Json;
  content_hash: string;
  source_ref: string;
  published_by_name: string;
  published_by: string;
  published_at: Generated<Date>;
  withdrawn_at: Date | string | null;
  import_count: Generated<number>;
  search: Generated<string>;
}

export interface CooperationImportsTable {
  tenant_id: string;
  id: string;
  publication_id: string | null;
  source: 'space' | 'package';
  source_office: string;
  signer_fingerprint: string | null;
  kind: TCooperationKind;
  title: string;
  content_hash: string;
  local_article_id: string | null;
  local_catalogue_id: string | null;
  local_catalogue_version: string | null;
  imported_by: string;
  imported_at: Generated<Date>;
}

export interface CooperationDirectoryTable {
  id: string;
  added_by_tenant: string;
  added_by_office: string;
  name: string;
  kind: TDirectoryKind;
  topics: Generated<string[]>;
  languages: Generated<string[]>;
  region: Generated<string>;
  postcodes: Generated<string[]>;
  phone: string | null;
  email: string | null;
  address: string | null;
  website: string | null;
  notes: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  search: Generated<string>;
}

export interface CooperationKeysTable {
  tenant_id: string;
  public_key: string;
  private_key_enc: Uint8Array;
  fingerprint: string;
  created_at: Generated<Date>;
}

export interface CooperationTables {
  cooperation_publications: CooperationPublicationsTable;
  cooperation_imports: CooperationImportsTable;
  cooperation_directory: CooperationDirectoryTable;
  cooperation_keys: CooperationKeysTable;
}

// Messages between staff of different offices (colleague-*.ts, migration 0035): global tables naming
// the offices and users taking part; row-level security shows them only to the offices taking part.
export interface ColleagueConversationsTable {
  id: string;
  subject_enc: Uint8Array;
  created_by_office: string;
  created_by_user: string;
  created_at: Generated<Date>;
}

export interface ColleagueParticipantsTable {
  conversation_id: string;
  office_id: string;
  user_id: string;
  joined_at: Generated<Date>;
  last_read_at: Date | string | null;
}

export interface ColleagueMessagesTable {
  id: string;
  conversation_id: string;
  sender_office_id: string;
  sender_user_id: string;
  body_enc: Uint8Array;
  sent_at: Generated<Date>;
}

export interface ColleagueCaseLinksTable {
  conversation_id: string;
  office_id: string;
  case_id: string;
  case_reference: string;
  basis: 'legal_ground' | 'consent';
  ground_enc: Uint8Array;
  linked_by: string;
  linked_at: Generated<Date>;
}

export interface ColleagueTables {
  colleague_conversations: ColleagueConversationsTable;
  colleague_participants: ColleagueParticipantsTable;
  colleague_messages: ColleagueMessagesTable;
  colleague_case_links: ColleagueCaseLinksTable;
}
