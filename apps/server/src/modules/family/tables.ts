import type { ColumnType } from 'kysely';
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

/** A passkey (WebAuthn public key) of a family account. */
export interface FamilyPasskeysTable {
  tenant_id: string;
  id: string;
  family_account_id: string;
  /** base64url, as the browser reports it */
  credential_id: string;
  public_key: Uint8Array;
  sign_count: ColumnType<string, number | undefined, number>;
  transports: string[];
  created_at: ColumnType<Date, Date | string | undefined, never>;
  last_used_at: Date | string | null;
}

export interface FamilyTables {
  family_accounts: FamilyAccountsTable;
  family_passkeys: FamilyPasskeysTable;
}
