// Tables of complaints (§ 9a SGB VIII). Only this module reads or writes them (db/table-ownership.test.ts).
export interface ComplaintsTable {
  tenant_id: string;
  id: string;
  reference: string;
  family_account_id: string | null;
  intake_request_id: string | null;
  case_id: string | null;
  team_id: string | null;
  concerns_user_id: string | null;
  /** "parent", "young_person:15", "young_person", "request" */
  complainant: string;
  topic: string;
  text_enc: Uint8Array;
  status: 'received' | 'in_progress' | 'answered';
  received_at: Date | string | undefined;
  due_on: string;
  handler_id: string | null;
  answer_enc: Uint8Array | null;
  answered_at: Date | string | null;
  shared_at: Date | string | null;
  shared_by: string | null;
}
export interface OmbudsOfficesTable {
  tenant_id: string;
  name: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  address: string | null;
  hours: string | null;
  updated_by: string | null;
  updated_at: Date | string | undefined;
}

export interface ComplaintsTables {
  complaints: ComplaintsTable;
  ombuds_offices: OmbudsOfficesTable;
}
