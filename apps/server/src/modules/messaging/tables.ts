import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../db/column-types.js';

// Tables of conversations, messages and their files. Only this module reads or writes them
// (db/table-ownership.test.ts); db/schema.ts composes every owner's tables into one Database type.
export interface ConversationsTable {
  tenant_id: string;
  id: string;
  intake_request_id: string;
  team_id: string;
  subject: string;
  confidential: boolean;
  status: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
  closed_at: Date | string | null;
}
export interface MessagesTable {
  tenant_id: string;
  id: string;
  conversation_id: string;
  sender_user_id: string | null;
  body_enc: Uint8Array;
  attachment_id: string | null;
  created_at: Generated<Date>;
  read_by_family_at: Date | string | null;
  read_by_staff_at: Date | string | null;
}
export interface MessageAttachmentsTable {
  tenant_id: string;
  id: string;
  conversation_id: string;
  /** Plaintext from before migration 0016; sealed and emptied at start-up (`sealLegacyAttachmentNames`). */
  legacy_filename: string | null;
  filename_enc: Uint8Array | null;
  media_type: string;
  size_bytes: number;
  blob_key: string;
  created_at: CreatedAt;
}

export interface MessagingTables {
  conversations: ConversationsTable;
  messages: MessagesTable;
  message_attachments: MessageAttachmentsTable;
}

/** Activity of a family's conversation as other modules may read it (migration 0010). */
export interface ConversationActivityView {
  tenant_id: string;
  intake_request_id: string;
  /** Family messages no one in the office has read yet. */
  unread_by_staff: number;
  last_family_message_at: Date | null;
}

/** Views other modules may read, never write. */
export interface MessagingReadable {
  conversation_activity: ConversationActivityView;
}
