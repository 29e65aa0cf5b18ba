import type { ColumnType } from 'kysely';
import type { CreatedAt, Timestamp } from '../../db/column-types.js';

// Tables of appointments, slots and meeting guests. Only this module reads or writes them
// (db/table-ownership.test.ts); db/schema.ts composes every owner's tables into one Database type.
export interface MeetingsTable {
  tenant_id: string;
  id: string;
  intake_request_id: string;
  team_id: string;
  title_enc: Uint8Array;
  duration_minutes: number;
  kind: ColumnType<'video' | 'in_person', 'video' | 'in_person' | undefined, 'video' | 'in_person'>;
  status: ColumnType<
    'proposed' | 'scheduled' | 'cancelled',
    'proposed' | 'scheduled' | 'cancelled' | undefined
  >;
  chosen_slot_id: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}
export interface MeetingSlotsTable {
  tenant_id: string;
  id: string;
  meeting_id: string;
  starts_at: Date | string;
}
export interface MeetingGuestsTable {
  tenant_id: string;
  id: string;
  meeting_id: string;
  /** Plaintext from before migration 0016; sealed and emptied at start-up (`sealLegacyGuestLabels`). */
  legacy_label: string | null;
  label_enc: Uint8Array | null;
  token_hash: string;
  session_hash: string | null;
  expires_at: Date | string;
  redeemed_at: Date | string | null;
  created_by: string;
  created_at: CreatedAt;
}

export interface MeetingsTables {
  meetings: MeetingsTable;
  meeting_slots: MeetingSlotsTable;
  meeting_guests: MeetingGuestsTable;
}
