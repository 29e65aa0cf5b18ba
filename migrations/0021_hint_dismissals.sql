-- Blind-spot hints, module hints: a caseworker may set a hint aside with a reason. The record stays
-- (who, when, why); taking the dismissal back marks it withdrawn instead of deleting it.
CREATE TABLE hint_dismissals (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  rule text NOT NULL CHECK (rule ~ '^[a-z0-9_]{1,60}$'),
  -- Why the hint does not apply here: personal text, sealed (context `hint-dismissal:<id>`).
  reason_enc bytea NOT NULL,
  dismissed_by uuid NOT NULL,
  dismissed_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_by uuid,
  withdrawn_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  CHECK ((withdrawn_by IS NULL) = (withdrawn_at IS NULL))
);
-- At most one standing dismissal per rule and case.
CREATE UNIQUE INDEX hint_dismissals_standing ON hint_dismissals (tenant_id, case_id, rule) WHERE withdrawn_at IS NULL;

ALTER TABLE hint_dismissals ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON hint_dismissals USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());

GRANT SELECT, INSERT ON hint_dismissals TO lotse_app;
GRANT UPDATE (withdrawn_by, withdrawn_at) ON hint_dismissals TO lotse_app;
