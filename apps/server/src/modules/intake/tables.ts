import type { ColumnType } from 'kysely';
import type { CreatedAt } from '../../db/column-types.js';

// Tables of the intake assistant's flow and routing rules. Only this module reads or writes them
// (db/table-ownership.test.ts); db/schema.ts composes every owner's tables into one Database type.
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

export interface IntakeTables {
  routing_rules: RoutingRulesTable;
  intake_flows: IntakeFlowsTable;
}
