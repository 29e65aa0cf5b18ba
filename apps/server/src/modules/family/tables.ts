import type { Timestamp } from '../../db/column-types.js';

// Tables of family accounts. Only this module reads or writes them (db/table-ownership.test.ts);
// db/schema.ts composes every owner's tables into one Database type.
export interface FamilyAccountsTable {
  tenant_id: string;
  id: string;
  case_id: string;
  person_id: string;
  /** normalised (upper case; `XXXX-XXXX` or without separators), unique across offices */
  access_code: string;
  pin_hash: string | null;
  status: 'invited' | 'active' | 'ended';
  invite_token_hash: string | null;
  invite_expires_at: Date | string | null;
  intake_request_id: string | null;
  invited_by: string;
  invited_at: Timestamp;
  activated_at: Date | string | null;
  ended_by: string | null;
  ended_at: Date | string | null;
}

export interface FamilyTables {
  family_accounts: FamilyAccountsTable;
}
