-- Complaints, module complaints (§ 9a SGB VIII): a family member complains in the family app (with an
-- account of a case or with a request's code); the complaint office takes it, answers by the deadline
-- and may share it with the staff of the case. Until shared, the caseworker concerned cannot read it
-- (the module's policy; the API has no way to it). Text and answer are sealed.
CREATE TABLE complaints (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  -- "B-2026-0007": what the family and the office can name on the phone
  reference text NOT NULL,
  family_account_id uuid,
  intake_request_id uuid,
  case_id uuid,
  -- the team of the case (the complaint office sees which team, not the case file)
  team_id uuid,
  -- the caseworker of the case when the complaint came in: never its handler
  concerns_user_id uuid,
  -- "parent", "young_person" (with the age then), "request"
  complainant text NOT NULL,
  topic text NOT NULL CHECK (topic IN ('contact', 'decision', 'help', 'provider', 'privacy', 'other')),
  text_enc bytea NOT NULL,
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'in_progress', 'answered')),
  received_at timestamptz NOT NULL DEFAULT now(),
  due_on date NOT NULL,
  handler_id uuid,
  answer_enc bytea,
  answered_at timestamptz,
  shared_at timestamptz,
  shared_by uuid,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, reference),
  FOREIGN KEY (tenant_id, family_account_id) REFERENCES family_accounts(tenant_id, id),
  FOREIGN KEY (tenant_id, intake_request_id) REFERENCES intake_requests(tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES teams(tenant_id, id),
  FOREIGN KEY (tenant_id, concerns_user_id) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, handler_id) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, shared_by) REFERENCES users(tenant_id, id),
  CHECK (family_account_id IS NOT NULL OR intake_request_id IS NOT NULL),
  CHECK (status <> 'answered' OR (answer_enc IS NOT NULL AND answered_at IS NOT NULL AND handler_id IS NOT NULL)),
  CHECK (handler_id IS NULL OR concerns_user_id IS NULL OR handler_id <> concerns_user_id)
);
CREATE INDEX complaints_open ON complaints (tenant_id, status, due_on);
CREATE INDEX complaints_case ON complaints (tenant_id, case_id) WHERE shared_at IS NOT NULL;
ALTER TABLE complaints ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON complaints USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, UPDATE ON complaints TO lotse_app;

-- The independent ombuds office of the region, one per office, as the admin entered it.
CREATE TABLE ombuds_offices (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  name text NOT NULL,
  phone text,
  email text,
  website text,
  address text,
  hours text,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id)
);
ALTER TABLE ombuds_offices ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ombuds_offices USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, UPDATE ON ombuds_offices TO lotse_app;
