-- Data-subject rights, module privacy (DSGVO Art. 15–18, 21): the data protection officer records what
-- a person asked for (access, correction, restriction, erasure, objection), by when it must be answered
-- (one month, Art. 12 (3)) and what was decided, with the reason. Note and decision are sealed.
CREATE TABLE data_subject_requests (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  "right" text NOT NULL CHECK ("right" IN ('access', 'correction', 'restriction', 'erasure', 'objection')),
  received_on date NOT NULL,
  due_on date NOT NULL,
  note_enc bytea NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'refused')),
  decision_enc bytea,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid,
  decided_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES persons(tenant_id, id),
  FOREIGN KEY (tenant_id, recorded_by) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, decided_by) REFERENCES users(tenant_id, id),
  CHECK (status = 'open' OR (decision_enc IS NOT NULL AND decided_by IS NOT NULL AND decided_at IS NOT NULL))
);
CREATE INDEX data_subject_requests_person ON data_subject_requests (tenant_id, person_id);
ALTER TABLE data_subject_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON data_subject_requests
  USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, UPDATE ON data_subject_requests TO lotse_app;

-- The Art. 15 export finds the events about a person, request or family account (resource_id) besides
-- those of their cases. Partial: the reads of cases, most of the trail, add nothing to this index.
CREATE INDEX audit_events_person_resource ON audit_events (tenant_id, resource_id)
  WHERE resource_type IN ('person', 'intake', 'family_account', 'data_subject_request');

-- Retention (§ 84 SGB X, Art. 5 (1) e, 17 DSGVO): the office's periods per record type (months; a
-- missing entry takes the documented default) and whether due records are erased every night.
CREATE TABLE retention_settings (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  periods jsonb NOT NULL DEFAULT '{}',
  automatic boolean NOT NULL DEFAULT false,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id),
  FOREIGN KEY (tenant_id, updated_by) REFERENCES users(tenant_id, id)
);
ALTER TABLE retention_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON retention_settings
  USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, UPDATE ON retention_settings TO lotse_app;

-- A legal hold keeps a case from erasure (court proceedings, an inspection, a claim), with the reason.
CREATE TABLE retention_holds (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  reason_enc bytea NOT NULL,
  placed_by uuid NOT NULL,
  placed_at timestamptz NOT NULL DEFAULT now(),
  lifted_by uuid,
  lifted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, placed_by) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, lifted_by) REFERENCES users(tenant_id, id)
);
CREATE INDEX retention_holds_case ON retention_holds (tenant_id, case_id) WHERE lifted_at IS NULL;
ALTER TABLE retention_holds ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON retention_holds
  USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, UPDATE ON retention_holds TO lotse_app;

-- Each dry run and each erasure run with its report (file numbers, counts; no names, no content).
-- An erasure run erases only what a dry run at least a day before listed and what is still due.
CREATE TABLE retention_runs (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('dry_run', 'erasure')),
  -- the dry run an erasure run carries out
  dry_run_id uuid,
  requested_by uuid,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  report jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, requested_by) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, dry_run_id) REFERENCES retention_runs(tenant_id, id)
);
CREATE INDEX retention_runs_recent ON retention_runs (tenant_id, started_at DESC);
ALTER TABLE retention_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON retention_runs
  USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, UPDATE ON retention_runs TO lotse_app;
