import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface TenantsTable {
  id: string;
  slug: string;
  name: string;
  crisis_phone: string | null;
  created_at: CreatedAt;
}
export interface TenantKeysTable {
  tenant_id: string;
  version: number;
  wrapped_key: Uint8Array;
  created_at: CreatedAt;
}
export interface SocialAreasTable {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  postcodes: string[];
}
export interface SocialAreaStreetsTable {
  tenant_id: string;
  id: string;
  social_area_id: string;
  postcode: string;
  street: string;
  house_from: number | null;
  house_to: number | null;
}
export interface TeamsTable {
  tenant_id: string;
  id: string;
  name: string;
  kind: 'asd' | 'uma' | 'wiju' | 'other';
  social_area_id: string | null;
  phone: ColumnType<string | null, string | null | undefined, string | null>;
  email: ColumnType<string | null, string | null | undefined, string | null>;
  address: ColumnType<string | null, string | null | undefined, string | null>;
  hours: ColumnType<string | null, string | null | undefined, string | null>;
  /** TWeeklyHours as JSON. */
  weekly_hours: ColumnType<unknown, string | undefined, string>;
}
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
export interface TeamMembershipsTable {
  tenant_id: string;
  team_id: string;
  user_id: string;
  lead: Generated<boolean>;
}
export interface PersonsTable {
  tenant_id: string;
  id: string;
  first_name: string;
  last_name: string;
  birth_date: string | null;
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
export interface HouseholdsTable {
  tenant_id: string;
  id: string;
  label: string;
  /** the case the household was recorded in (null only for old households without members) */
  case_id: string | null;
}
export interface HouseholdMembersTable {
  tenant_id: string;
  household_id: string;
  person_id: string;
}
export interface RelationsTable {
  tenant_id: string;
  id: string;
  from_person_id: string;
  to_person_id: string;
  kind: string;
}
export interface CasesTable {
  tenant_id: string;
  id: string;
  reference: string;
  title: string;
  help_type: string | null;
  status: string;
  team_id: string;
  caseworker_id: string | null;
  social_area_id: string | null;
  search_text: ColumnType<string, string | undefined, string>;
  opened_at: Timestamp;
  closed_at: Date | string | null;
  updated_at: Timestamp;
}
export interface CasePersonsTable {
  tenant_id: string;
  case_id: string;
  person_id: string;
  role: string;
}
export interface CaseDeputiesTable {
  tenant_id: string;
  case_id: string;
  user_id: string;
}
export interface DocumentsTable {
  tenant_id: string;
  id: string;
  case_id: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  blob_key: string;
  uploaded_by: string;
  created_at: CreatedAt;
}
export interface CaseEntriesTable {
  tenant_id: string;
  id: string;
  case_id: string;
  kind: string;
  occurred_at: Date | string;
  author_id: string;
  title: string;
  body_enc: Uint8Array;
  entrusted_to: string | null;
  document_id: string | null;
  created_at: Timestamp;
}
export interface EntryDisclosuresTable {
  tenant_id: string;
  id: string;
  entry_id: string;
  ground: string;
  reference: string;
  to_team_id: string | null;
  to_user_id: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
  /** set together when the entrusted person revokes the disclosure; the row itself stays */
  revoked_at: Generated<Date | null>;
  revoked_by: Generated<string | null>;
}
export interface TasksTable {
  tenant_id: string;
  id: string;
  case_id: string | null;
  title: string;
  due_on: string;
  assignee_id: string | null;
  done_at: Date | string | null;
  created_by: string;
  created_at: CreatedAt;
}
export interface SessionsTable {
  id: string;
  tenant_id: string;
  user_id: string;
  mfa_passed: boolean;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date | string;
}
export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_start: Timestamp;
  locked_until: Date | string | null;
}
export interface AuditEventsTable {
  tenant_id: string;
  id: Generated<string>;
  at: Generated<Date>;
  actor_id: string | null;
  actor_roles: string[];
  action: string;
  resource_type: string;
  resource_id: string | null;
  case_id: string | null;
  outcome: 'allowed' | 'denied' | 'failed';
  ip: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}
export interface AuditSealsTable {
  tenant_id: string;
  seq: string;
  from_id: string;
  to_id: string;
  event_count: number;
  prev_hash: string;
  hash: string;
  sealed_at: CreatedAt;
}

export interface CaseReferenceCountersTable {
  tenant_id: string;
  prefix: string;
  last_number: number;
}

export interface UsedChallengesTable {
  challenge: string;
  expires_at: Date | string;
}
export interface RoutingRulesTable {
  tenant_id: string;
  id: string;
  topic: string | null;
  social_area_id: string | null;
  team_id: string;
}
export interface IntakeFlowsTable {
  tenant_id: string;
  version: number;
  definition: ColumnType<unknown, string, string>;
  created_by: string | null;
  created_at: CreatedAt;
}
export interface ContentPagesTable {
  tenant_id: string;
  slug: string;
  lang: string;
  title: string;
  body_md: string;
  updated_by: string | null;
  updated_at: Timestamp;
}
export interface IntakeRequestsTable {
  tenant_id: string;
  id: string;
  access_code: string;
  pin_hash: string;
  pin_failures: Generated<number>;
  locked_until: Date | string | null;
  status: string;
  urgent: boolean;
  topic: string;
  confidence: number;
  danger_signals: string[];
  language: string;
  writer_role: string;
  age: number | null;
  anonymous: boolean;
  social_area_id: string | null;
  team_id: string;
  claimed_by: string | null;
  case_id: string | null;
  flow_version: number | null;
  summary_enc: Uint8Array;
  transcript_enc: Uint8Array;
  created_at: CreatedAt;
  updated_at: Timestamp;
}
export interface FamilySessionsTable {
  id: string;
  tenant_id: string;
  intake_request_id: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date | string;
}
export interface ConversationsTable {
  tenant_id: string;
  id: string;
  intake_request_id: string;
  team_id: string;
  subject: string;
  confidential: boolean;
  status: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
  closed_at: Date | string | null;
}
export interface MessagesTable {
  tenant_id: string;
  id: string;
  conversation_id: string;
  sender_user_id: string | null;
  body_enc: Uint8Array;
  attachment_id: string | null;
  created_at: Generated<Date>;
  read_by_family_at: Date | string | null;
  read_by_staff_at: Date | string | null;
}
export interface MessageAttachmentsTable {
  tenant_id: string;
  id: string;
  conversation_id: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  blob_key: string;
  created_at: CreatedAt;
}
export interface JobsTable {
  tenant_id: string;
  id: Generated<string>;
  kind: string;
  payload_enc: Uint8Array;
  run_at: Timestamp;
  attempts: Generated<number>;
  locked_until: Date | string | null;
  done_at: Date | string | null;
  last_error: string | null;
  created_at: CreatedAt;
}
export interface MailOutboxTable {
  tenant_id: string;
  id: string;
  recipient: string;
  subject: string;
  body_enc: Uint8Array;
  created_at: CreatedAt;
}

// Meetings (modules/meetings): proposed slots, the chosen one, one-time guest links.
export interface MeetingsTable {
  tenant_id: string;
  id: string;
  intake_request_id: string;
  team_id: string;
  title_enc: Uint8Array;
  duration_minutes: number;
  kind: ColumnType<'video' | 'in_person', 'video' | 'in_person' | undefined, 'video' | 'in_person'>;
  status: ColumnType<
    'proposed' | 'scheduled' | 'cancelled',
    'proposed' | 'scheduled' | 'cancelled' | undefined
  >;
  chosen_slot_id: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}
export interface MeetingSlotsTable {
  tenant_id: string;
  id: string;
  meeting_id: string;
  starts_at: Date | string;
}
export interface MeetingGuestsTable {
  tenant_id: string;
  id: string;
  meeting_id: string;
  label: string;
  token_hash: string;
  session_hash: string | null;
  expires_at: Date | string;
  redeemed_at: Date | string | null;
  created_by: string;
  created_at: CreatedAt;
}

export interface Database {
  tenants: TenantsTable;
  tenant_keys: TenantKeysTable;
  social_areas: SocialAreasTable;
  social_area_streets: SocialAreaStreetsTable;
  teams: TeamsTable;
  users: UsersTable;
  team_memberships: TeamMembershipsTable;
  persons: PersonsTable;
  households: HouseholdsTable;
  household_members: HouseholdMembersTable;
  relations: RelationsTable;
  cases: CasesTable;
  case_reference_counters: CaseReferenceCountersTable;
  case_persons: CasePersonsTable;
  case_deputies: CaseDeputiesTable;
  documents: DocumentsTable;
  case_entries: CaseEntriesTable;
  entry_disclosures: EntryDisclosuresTable;
  tasks: TasksTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_events: AuditEventsTable;
  audit_seals: AuditSealsTable;
  used_challenges: UsedChallengesTable;
  routing_rules: RoutingRulesTable;
  intake_flows: IntakeFlowsTable;
  content_pages: ContentPagesTable;
  intake_requests: IntakeRequestsTable;
  family_sessions: FamilySessionsTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  message_attachments: MessageAttachmentsTable;
  jobs: JobsTable;
  mail_outbox: MailOutboxTable;
  meetings: MeetingsTable;
  meeting_slots: MeetingSlotsTable;
  meeting_guests: MeetingGuestsTable;
}
