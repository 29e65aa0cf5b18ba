-- Help plans, module helpplan: what a person of the case says to the agreed plan in the family app —
-- agreement (yes or not yet) and an optional comment, sealed. Append-only: every response is kept
-- with its time and person; the newest per person counts.
CREATE TABLE help_plan_responses (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  plan_id uuid NOT NULL,
  version int NOT NULL,
  person_id uuid NOT NULL,
  agreed boolean NOT NULL,
  comment_enc bytea,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, plan_id, version) REFERENCES help_plan_versions(tenant_id, plan_id, version),
  FOREIGN KEY (tenant_id, person_id) REFERENCES persons(tenant_id, id)
);
CREATE INDEX help_plan_responses_plan ON help_plan_responses (tenant_id, plan_id, version, created_at DESC);
ALTER TABLE help_plan_responses ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON help_plan_responses USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT ON help_plan_responses TO lotse_app;
