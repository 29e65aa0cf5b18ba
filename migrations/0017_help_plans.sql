-- Help plans (§ 36 SGB VIII), module helpplan. A case can have several plans over time; each plan
-- has numbered versions: at most one draft, the others final. A final version never changes
-- (restrictive policy below: the app role can update drafts only, and delete nothing).
CREATE TABLE help_plans (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id)
);
CREATE INDEX help_plans_case ON help_plans (tenant_id, case_id);

CREATE TABLE help_plan_versions (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  plan_id uuid NOT NULL,
  version int NOT NULL CHECK (version >= 1),
  status text NOT NULL CHECK (status IN ('draft', 'final')),
  -- Participants, views, needs, goals, agreements: personal text, sealed with the office key.
  content_enc bytea NOT NULL,
  -- What deadlines and statistics query, in plaintext: the help type code and the dates.
  help_type text NOT NULL,
  starts_on date NOT NULL,
  ends_on date,
  review_on date,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  finalized_by uuid,
  finalized_at timestamptz,
  PRIMARY KEY (tenant_id, plan_id, version),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES help_plans(tenant_id, id),
  CHECK (ends_on IS NULL OR ends_on >= starts_on),
  CHECK ((status = 'final') = (finalized_at IS NOT NULL))
);
-- At most one draft per plan.
CREATE UNIQUE INDEX help_plan_versions_one_draft ON help_plan_versions (tenant_id, plan_id) WHERE status = 'draft';
CREATE INDEX help_plan_versions_review ON help_plan_versions (tenant_id, review_on) WHERE review_on IS NOT NULL;

ALTER TABLE help_plans ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON help_plans USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
ALTER TABLE help_plan_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON help_plan_versions USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
-- A final version is immutable: updates reach drafts only.
CREATE POLICY final_is_immutable ON help_plan_versions AS RESTRICTIVE FOR UPDATE USING (status = 'draft') WITH CHECK (true);

GRANT SELECT, INSERT ON help_plans TO lotse_app;
GRANT SELECT, INSERT, UPDATE ON help_plan_versions TO lotse_app;
