-- Case references ("Aktenzeichen") count per office, year and area prefix: 2026-NORD-0009.
-- The first number continues after the highest existing reference with that prefix.
CREATE TABLE case_reference_counters (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  prefix text NOT NULL,
  last_number int NOT NULL,
  PRIMARY KEY (tenant_id, prefix)
);
ALTER TABLE case_reference_counters ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON case_reference_counters
  USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, UPDATE ON case_reference_counters TO lotse_app;
