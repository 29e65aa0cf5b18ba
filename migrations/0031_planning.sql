-- Planning, module planning: anonymised aggregates built by a job from the case data. The planning
-- API reads only these tables, never the live case tables. No ids of cases or persons, no names, no
-- birth dates: a row is a measure counted per month, social area, help type, age group, sex (and,
-- for today's workload, team).
CREATE TABLE planning_figures (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  measure text NOT NULL,
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  -- social area code ('' = not known), help type key ('' = none), age group, sex, team name ('' = not split)
  social_area text NOT NULL,
  help_type text NOT NULL,
  age_group text NOT NULL,
  sex text NOT NULL,
  team text NOT NULL,
  -- how many (cases, helps, procedures, answers) and the sum of the measured value (months, days, score)
  n integer NOT NULL CHECK (n >= 0),
  total double precision NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, measure, month, social_area, help_type, age_group, sex, team)
);
ALTER TABLE planning_figures ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON planning_figures USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, DELETE ON planning_figures TO lotse_app;

-- One row per office: when the aggregates were built and how long it took.
CREATE TABLE planning_builds (
  tenant_id uuid NOT NULL REFERENCES tenants(id) PRIMARY KEY,
  built_at timestamptz NOT NULL,
  duration_ms integer NOT NULL,
  source_rows integer NOT NULL,
  aggregate_rows integer NOT NULL
);
ALTER TABLE planning_builds ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON planning_builds USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, UPDATE ON planning_builds TO lotse_app;

-- Population per year, social area and age group (the municipality's register extract, imported
-- from a CSV), so figures can be given per 10 000 young people.
CREATE TABLE planning_population (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  social_area text NOT NULL,
  age_group text NOT NULL,
  population integer NOT NULL CHECK (population >= 0),
  PRIMARY KEY (tenant_id, year, social_area, age_group)
);
ALTER TABLE planning_population ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON planning_population USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, DELETE ON planning_population TO lotse_app;

-- The outline of each social area (GeoJSON geometry) for the map.
CREATE TABLE planning_area_shapes (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  social_area text NOT NULL,
  geometry jsonb NOT NULL,
  PRIMARY KEY (tenant_id, social_area)
);
ALTER TABLE planning_area_shapes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON planning_area_shapes USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, DELETE ON planning_area_shapes TO lotse_app;
