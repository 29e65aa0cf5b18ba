-- Help plans, module helpplan: the office's defaults. How many months after the start of a help its
-- first review falls due (§ 36 Abs. 2 SGB VIII: "regelmäßig"), and how many days before a review the
-- caseworker is reminded. One row per office; without a row the defaults apply (6 months, 14 days).
CREATE TABLE help_plan_settings (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  review_months int NOT NULL DEFAULT 6 CHECK (review_months BETWEEN 1 AND 24),
  reminder_lead_days int NOT NULL DEFAULT 14 CHECK (reminder_lead_days BETWEEN 0 AND 60),
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id)
);
ALTER TABLE help_plan_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON help_plan_settings USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, UPDATE ON help_plan_settings TO lotse_app;
