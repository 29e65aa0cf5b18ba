// Tables of consents and shares with providers. Only this module reads or writes them
// (db/table-ownership.test.ts); others use index.ts.
import type { Generated } from 'kysely';

export interface ConsentsTable {
  tenant_id: string;
  id: string;
  case_id: string;
  person_id: string;
  provider_id: string;
  purpose: string;
  sections: string[];
  valid_from: string;
  valid_until: string | null;
  source: 'form' | 'app';
  document_id: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
  given_at: Date | string | null;
  declined_at: Date | string | null;
  revoked_at: Date | string | null;
  revoked_by_kind: 'staff' | 'family' | null;
}

export interface CaseSharesTable {
  tenant_id: string;
  id: string;
  case_id: string;
  provider_id: string;
  sections: string[];
  basis: 'consent' | 'legal_ground';
  legal_ground: string | null;
  document_ids: Generated<string[]>;
  created_by: string;
  created_at: Generated<Date>;
  ended_at: Date | string | null;
  ended_by: string | null;
}

export interface ConsentTables {
  consents: ConsentsTable;
  case_shares: CaseSharesTable;
}
