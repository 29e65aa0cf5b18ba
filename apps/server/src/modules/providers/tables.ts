// Tables of providers (freie Träger). Offers, facilities and free places are global (one provider,
// several offices); provider_offices and provider_staff belong to an office. Only this module reads
// or writes them (db/table-ownership.test.ts); others use index.ts.
import type { Generated } from 'kysely';

export interface ProvidersTable {
  id: string;
  name: string;
  legal_form: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  created_at: Generated<Date>;
}

export interface ProviderFacilitiesTable {
  id: string;
  provider_id: string;
  name: string;
  street: string | null;
  postcode: string;
  city: string;
  latitude: number;
  longitude: number;
  service_area: string | null;
  phone: string | null;
  email: string | null;
  capacity: number;
  free_places: Generated<number>;
  reserved_places: Generated<number>;
  confirmed_at: Date | string | null;
}

export interface ProviderOffersTable {
  id: string;
  facility_id: string;
  provider_id: string;
  title: string;
  description: Generated<string>;
  help_types: string[];
  setting: 'ambulant' | 'teilstationaer' | 'stationaer';
  age_min: number;
  age_max: number;
  genders: Generated<string[]>;
  specialisations: Generated<string[]>;
  languages: Generated<string[]>;
  fee_agreement_ref: string | null;
  active: Generated<boolean>;
  updated_at: Generated<Date>;
}

export interface FacilityAvailabilityLogTable {
  id: Generated<string>;
  facility_id: string;
  free_places: number;
  reserved_places: number;
  recorded_at: Generated<Date>;
  recorded_in_tenant: string | null;
  recorded_by: string | null;
}

export interface PostcodeLocationsTable {
  postcode: string;
  place: string;
  latitude: number;
  longitude: number;
}

export interface ProviderOfficesTable {
  tenant_id: string;
  provider_id: string;
  since: Generated<string>;
}

export interface ProviderStaffTable {
  tenant_id: string;
  user_id: string;
  provider_id: string;
  provider_role: 'admin' | 'staff';
}

export interface ProvidersTables {
  providers: ProvidersTable;
  provider_facilities: ProviderFacilitiesTable;
  provider_offers: ProviderOffersTable;
  facility_availability_log: FacilityAvailabilityLogTable;
  postcode_locations: PostcodeLocationsTable;
  provider_offices: ProviderOfficesTable;
  provider_staff: ProviderStaffTable;
}
