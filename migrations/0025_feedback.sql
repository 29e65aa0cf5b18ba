-- Feedback, module feedback: short regular check-ins from the family app. Three questions on a 1–5
-- scale and an optional sealed free text, per person of the case (a parent may answer with a younger
-- child in the child version). Append-only: the trend is the list of answers.
CREATE TABLE feedback_settings (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  case_id uuid NOT NULL,
  -- null: check-ins switched off for the case; a case without a row uses the default (four weeks)
  interval_weeks int CHECK (interval_weeks BETWEEN 1 AND 26),
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, case_id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id)
);
ALTER TABLE feedback_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON feedback_settings USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, UPDATE ON feedback_settings TO lotse_app;

CREATE TABLE feedback_answers (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  -- whose answer it is, and the account it was given through (a parent's, for a younger child)
  person_id uuid NOT NULL,
  family_account_id uuid NOT NULL,
  version text NOT NULL CHECK (version IN ('standard', 'child')),
  wellbeing smallint NOT NULL CHECK (wellbeing BETWEEN 1 AND 5),
  helpfulness smallint NOT NULL CHECK (helpfulness BETWEEN 1 AND 5),
  heard smallint NOT NULL CHECK (heard BETWEEN 1 AND 5),
  comment_enc bytea,
  -- the free text raised the danger alarm of the intake's classifier (the family saw emergency numbers)
  danger boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES persons(tenant_id, id),
  FOREIGN KEY (tenant_id, family_account_id) REFERENCES family_accounts(tenant_id, id)
);
CREATE INDEX feedback_answers_case ON feedback_answers (tenant_id, case_id, person_id, created_at);
ALTER TABLE feedback_answers ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON feedback_answers USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT ON feedback_answers TO lotse_app;

-- The same answers without anyone in them, for planning: no case, no person, no free text, no time
-- finer than the month. Written with the answer; the planning figures read only this table.
CREATE TABLE feedback_figures (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  help_type text,
  social_area_id uuid,
  respondent text NOT NULL CHECK (respondent IN ('young_person', 'parent')),
  version text NOT NULL CHECK (version IN ('standard', 'child')),
  wellbeing smallint NOT NULL CHECK (wellbeing BETWEEN 1 AND 5),
  helpfulness smallint NOT NULL CHECK (helpfulness BETWEEN 1 AND 5),
  heard smallint NOT NULL CHECK (heard BETWEEN 1 AND 5),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, social_area_id) REFERENCES social_areas(tenant_id, id)
);
CREATE INDEX feedback_figures_month ON feedback_figures (tenant_id, month, help_type, social_area_id);
ALTER TABLE feedback_figures ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON feedback_figures USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT ON feedback_figures TO lotse_app;
