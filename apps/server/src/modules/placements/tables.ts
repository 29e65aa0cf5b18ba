// Tables of placement inquiries and placements. Only this module reads or writes them
// (db/table-ownership.test.ts); others use index.ts.
import type { Generated } from 'kysely';

export interface PlacementInquiriesTable {
  tenant_id: string;
  id: string;
  case_id: string;
  person_id: string;
  /** TInquiryProfile without `needs` (sealed apart) */
  profile: unknown;
  needs_enc: Uint8Array | null;
  answer_by: string;
  status: Generated<'open' | 'placed' | 'cancelled'>;
  created_by: string;
  created_at: Generated<Date>;
  closed_at: Date | string | null;
}

export interface PlacementInquiryRecipientsTable {
  tenant_id: string;
  id: string;
  inquiry_id: string;
  provider_id: string;
  facility_id: string;
  status: Generated<'sent' | 'accepted' | 'declined' | 'withdrawn' | 'placed'>;
  reason: string | null;
  answered_at: Date | string | null;
  answered_by: string | null;
  withdrawn_at: Date | string | null;
}

export interface PlacementsTable {
  tenant_id: string;
  id: string;
  case_id: string;
  inquiry_id: string | null;
  provider_id: string;
  facility_id: string;
  help_type: string;
  started_on: string;
  ended_at: Date | string | null;
  created_by: string;
  created_at: Generated<Date>;
}

export interface OfferChoicesTable {
  tenant_id: string;
  id: string;
  case_id: string;
  offer_id: string;
  released_by: string;
  released_at: Generated<Date>;
}

export interface OfferWishesTable {
  tenant_id: string;
  id: string;
  case_id: string;
  person_id: string;
  offer_id: string | null;
  note_enc: Uint8Array | null;
  created_at: Generated<Date>;
}

export interface PlacementTables {
  offer_choices: OfferChoicesTable;
  offer_wishes: OfferWishesTable;
  placement_inquiries: PlacementInquiriesTable;
  placement_inquiry_recipients: PlacementInquiryRecipientsTable;
  placements: PlacementsTable;
}
