import type { Generated } from 'kysely';
import type { CreatedAt } from '../../db/column-types.js';

// Tables of persons with their contact data. Only this module reads or writes them
// (db/table-ownership.test.ts); db/schema.ts composes every owner's tables into one Database type.
export interface PersonsTable {
  tenant_id: string;
  id: string;
  /** Name, contact data and address, sealed together (personal-data.ts). */
  personal_enc: Uint8Array | null;
  /** Plaintext from before migration 0015; sealed and emptied at start-up (`sealLegacyPersons`). */
  legacy_first_name: string | null;
  legacy_last_name: string | null;
  birth_date: string | null;
  birth_date_approximate: Generated<boolean>;
  gender: string;
  languages: string[];
  legacy_phone: string | null;
  legacy_email: string | null;
  legacy_street: string | null;
  legacy_house_number: string | null;
  legacy_postcode: string | null;
  legacy_city: string | null;
  social_area_id: string | null;
  created_at: CreatedAt;
}

export interface PeopleTables {
  persons: PersonsTable;
}
