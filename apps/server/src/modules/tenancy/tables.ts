import type { ColumnType, Generated } from 'kysely';

// Tables of the office, its social areas and teams. Only this module reads or writes them
// (db/table-ownership.test.ts); db/schema.ts composes every owner's tables into one Database type.
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
export interface TeamMembershipsTable {
  tenant_id: string;
  team_id: string;
  user_id: string;
  lead: Generated<boolean>;
}

export interface HelpLinesTable {
  tenant_id: string;
  key: string;
  phone: string;
  enabled: boolean;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_by: string | null;
}

export interface TenancyTables {
  help_lines: HelpLinesTable;
  social_areas: SocialAreasTable;
  social_area_streets: SocialAreaStreetsTable;
  teams: TeamsTable;
  team_memberships: TeamMembershipsTable;
}

export interface DirectoryTeamsView {
  tenant_id: string;
  id: string;
  name: string;
  kind: 'asd' | 'uma' | 'wiju' | 'other';
  social_area_id: string | null;
}
export interface DirectorySocialAreasView {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
}

/** Views other modules may read, never write (migrations/0009_directory_views.sql). */
export interface TenancyReadable {
  directory_teams: DirectoryTeamsView;
  directory_social_areas: DirectorySocialAreasView;
}
