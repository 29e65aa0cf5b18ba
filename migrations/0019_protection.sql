-- Child protection (§ 8a SGB VIII), module protection. A case can have several procedures over time
-- (Kinderschutzverfahren); each goes open → awaiting_sign_off (a result proposed by one person) →
-- closed (signed off by another person) and never changes after that (restrictive policies below).
-- Free text (the report, reasons, decision, plan, notes) and the survey answers are sealed with the
-- office key; what deadlines, hints and statistics query stays plain: status, dates, result codes.
CREATE TABLE protection_procedures (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  -- The child the procedure is about (a person of the case); the survey takes sex and birth month from it.
  child_person_id uuid,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'awaiting_sign_off', 'closed')),
  received_at timestamptz NOT NULL,
  received_by uuid NOT NULL,
  urgency text NOT NULL CHECK (urgency IN ('immediate', 'within_24h', 'within_days')),
  first_contact_due_at timestamptz NOT NULL,
  first_contact_at timestamptz,
  hint_sources text[] NOT NULL,
  -- A provider reported under § 8a Abs. 4 (then the expert consultation is on the checklist).
  provider_report boolean NOT NULL DEFAULT false,
  -- TReport content and provider name, sealed (context `protection-report:<id>`).
  report_enc bytea NOT NULL,
  -- The checklist with dates, persons and reasons, sealed (context `protection-checklist:<id>`).
  checklist_enc bytea NOT NULL,
  participant_ids uuid[] NOT NULL DEFAULT '{}',
  -- The (proposed) result: codes and dates in plaintext, decision and plan sealed (`protection-outcome:<id>`).
  result text CHECK (result IN ('acute', 'latent', 'help_needed', 'no_need')),
  endangerment_types text[] NOT NULL DEFAULT '{}',
  follow_up_on date,
  open_task_due_dates date[] NOT NULL DEFAULT '{}',
  outcome_enc bytea,
  proposed_by uuid,
  proposed_at timestamptz,
  signed_off_by uuid,
  signed_off_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  CHECK (first_contact_due_at >= received_at),
  CHECK (status = 'open' OR (result IS NOT NULL AND proposed_by IS NOT NULL AND outcome_enc IS NOT NULL)),
  CHECK ((status = 'closed') = (signed_off_by IS NOT NULL AND closed_at IS NOT NULL)),
  -- The second sign-off is another person's (four-eyes principle).
  CHECK (signed_off_by IS NULL OR signed_off_by <> proposed_by),
  CHECK (status = 'open' OR cardinality(participant_ids) >= 2),
  CHECK (result IN ('acute', 'latent') OR cardinality(endangerment_types) = 0)
);
CREATE INDEX protection_procedures_case ON protection_procedures (tenant_id, case_id);
CREATE INDEX protection_procedures_follow_up ON protection_procedures (tenant_id, follow_up_on)
  WHERE follow_up_on IS NOT NULL;

-- Assessments with a factor catalogue; a new row each time (risk and protective factors over time).
CREATE TABLE protection_assessments (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  procedure_id uuid NOT NULL,
  catalogue_id text NOT NULL,
  catalogue_version text NOT NULL,
  assessed_on date NOT NULL,
  -- Ratings with notes and the summary, sealed (context `protection-assessment:<id>`).
  ratings_enc bytea NOT NULL,
  risk_rated int NOT NULL CHECK (risk_rated >= 0),
  protective_rated int NOT NULL CHECK (protective_rated >= 0),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, procedure_id) REFERENCES protection_procedures(tenant_id, id)
);
CREATE INDEX protection_assessments_procedure ON protection_assessments (tenant_id, procedure_id);

-- The official survey's answers the procedure does not hold itself (§ 99 Abs. 6 SGB VIII), sealed
-- (context `protection-survey:<procedure>`). Kept apart from the procedure: statistics answers may
-- still be completed after the procedure is closed, the professional decision may not.
CREATE TABLE protection_surveys (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  procedure_id uuid NOT NULL,
  answers_enc bytea NOT NULL,
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, procedure_id),
  FOREIGN KEY (tenant_id, procedure_id) REFERENCES protection_procedures(tenant_id, id)
);

-- Factor catalogues an office imported (its own licensed sheet); the default ships as a file.
-- Immutable once imported: assessments refer to id and version.
CREATE TABLE protection_catalogues (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id text NOT NULL,
  version text NOT NULL,
  title text NOT NULL,
  content jsonb NOT NULL,
  imported_by uuid NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id, version)
);

ALTER TABLE protection_procedures ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON protection_procedures USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
-- A closed procedure is immutable: updates reach open and awaiting procedures only.
CREATE POLICY closed_is_immutable ON protection_procedures AS RESTRICTIVE FOR UPDATE USING (status <> 'closed') WITH CHECK (true);
ALTER TABLE protection_assessments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON protection_assessments USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
-- No new assessment in a closed procedure.
CREATE POLICY closed_takes_no_assessment ON protection_assessments AS RESTRICTIVE FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM protection_procedures p
                       WHERE p.tenant_id = protection_assessments.tenant_id
                         AND p.id = protection_assessments.procedure_id
                         AND p.status <> 'closed'));
ALTER TABLE protection_surveys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON protection_surveys USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
ALTER TABLE protection_catalogues ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON protection_catalogues USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());

GRANT SELECT, INSERT, UPDATE ON protection_procedures TO lotse_app;
GRANT SELECT, INSERT ON protection_assessments TO lotse_app;
GRANT SELECT, INSERT, UPDATE ON protection_surveys TO lotse_app;
GRANT SELECT, INSERT ON protection_catalogues TO lotse_app;
