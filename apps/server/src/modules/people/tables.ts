import type { Generated } from 'kysely';
import type { CreatedAt } from '../../db/column-types.js';

// Tables of persons with their contact data. Only this module reads or writes them
// (db/table-ownership.test.ts); db/schema.ts composes every owner's tables into one Database type.
export interface PersonsTable {
  tenant_id: string;
  id: string;
  first_name: string;
  last_name: string;
  birth_date: string | null;
  birth_date_approximate: Generated<boolean>;
  gender: string;
  languages: string[];
  phone: string | null;
  email: string | null;
  street: string | null;
  house_number: string | null;
  postcode: string | null;
  city: string | null;
  social_area_id: string | null;
  created_at: CreatedAt;
}

export interface PeopleTables {
  persons: PersonsTable;
}
