import type { Generated } from 'kysely';
import type { CreatedAt } from '../../db/column-types.js';

// Tables of staff accounts (names, roles, credentials). Only this module reads or writes them
// (db/table-ownership.test.ts); db/schema.ts composes every owner's tables into one Database type.
export interface UsersTable {
  tenant_id: string;
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  totp_secret_enc: Uint8Array | null;
  /** time step of the last accepted TOTP code (replay protection) */
  totp_last_step: Generated<number | null>;
  mfa_enabled: Generated<boolean>;
  roles: string[];
  disabled: Generated<boolean>;
  created_at: CreatedAt;
}

export interface AuthTables {
  users: UsersTable;
}

export interface DirectoryUsersView {
  tenant_id: string;
  id: string;
  display_name: string;
  roles: string[];
  disabled: boolean;
}

/** Views other modules may read, never write (migrations/0009_directory_views.sql). */
export interface AuthReadable {
  directory_users: DirectoryUsersView;
}
