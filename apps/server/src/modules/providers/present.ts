import type { TOffer } from '@lotse/shared';
import { freshnessOf, isoOrNull } from './freshness.js';
import type { ProviderFacilitiesTable, ProviderOffersTable } from './tables.js';

type FacilityRow = Pick<ProviderFacilitiesTable, 'capacity' | 'confirmed_at'> & {
  free_places: number;
  reserved_places: number;
};

export function presentAvailability(row: FacilityRow, now = new Date()) {
  return {
    capacity: row.capacity,
    free: row.free_places,
    reserved: row.reserved_places,
    confirmedAt: isoOrNull(row.confirmed_at),
    freshness: freshnessOf(row.confirmed_at, now),
  };
}

type OfferRow = Omit<
  ProviderOffersTable,
  'description' | 'genders' | 'specialisations' | 'languages' | 'active' | 'updated_at'
> & {
  description: string;
  genders: string[];
  specialisations: string[];
  languages: string[];
  active: boolean;
};

export function presentOffer(row: OfferRow): TOffer {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    helpTypes: row.help_types as TOffer['helpTypes'],
    setting: row.setting,
    ageMin: row.age_min,
    ageMax: row.age_max,
    genders: row.genders as TOffer['genders'],
    specialisations: row.specialisations as TOffer['specialisations'],
    languages: row.languages as TOffer['languages'],
    feeAgreementRef: row.fee_agreement_ref,
    active: row.active,
  };
}
