import type { Generated } from 'kysely';

// Tables of the planning aggregates (migrations/0031_planning.sql). Only this module reads or
// writes them (db/table-ownership.test.ts); none of them holds an id of a case or a person.

/** One measure counted per month and group; `total` sums the measured value (months, days, score). */
export interface PlanningFiguresTable {
  tenant_id: string;
  measure: string;
  /** first day of the month, YYYY-MM-01 */
  month: string;
  social_area: string;
  help_type: string;
  age_group: string;
  sex: string;
  team: string;
  n: number;
  total: Generated<number>;
}

export interface PlanningBuildsTable {
  tenant_id: string;
  built_at: Date | string;
  duration_ms: number;
  source_rows: number;
  aggregate_rows: number;
}

export interface PlanningPopulationTable {
  tenant_id: string;
  year: number;
  social_area: string;
  age_group: string;
  population: number;
}

export interface PlanningAreaShapesTable {
  tenant_id: string;
  social_area: string;
  geometry: unknown;
}

export interface PlanningTables {
  planning_figures: PlanningFiguresTable;
  planning_builds: PlanningBuildsTable;
  planning_population: PlanningPopulationTable;
  planning_area_shapes: PlanningAreaShapesTable;
}
