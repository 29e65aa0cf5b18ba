-- Help lines the family app shows (emergency, crisis and counselling numbers). The app ships the
-- nationwide defaults; an office changes a number or switches a line off here (Verwaltung).
CREATE TABLE help_lines (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  key text NOT NULL CHECK (key IN ('police', 'fire', 'kids', 'parents', 'women', 'crisis', 'crisis_alt', 'abuse')),
  phone text NOT NULL CHECK (length(phone) BETWEEN 3 AND 40),
  enabled boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (tenant_id, key)
);
ALTER TABLE help_lines ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON help_lines USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON help_lines TO lotse_app;
