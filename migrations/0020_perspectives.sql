-- Perspectives (Sichtweisen), module perspectives: child, parents, caseworker and provider rate the
-- same dimensions of the child's situation in rating rounds; and the case's ecomap (Ökokarte).
-- Values are small numbers in plaintext (for the chart and, later, anonymous statistics); comments,
-- ecomap labels and notes are personal text, sealed with the office key.
CREATE TABLE perspective_rounds (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  rated_on date NOT NULL,
  -- The help plan version the round belongs to (§ 36), if any.
  help_plan_id uuid,
  help_plan_version int CHECK (help_plan_version >= 1),
  -- The catalogue (data/perspectives) the dimension ids refer to.
  catalogue_id text NOT NULL,
  catalogue_version int NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, help_plan_id) REFERENCES help_plans(tenant_id, id),
  CHECK ((help_plan_id IS NULL) = (help_plan_version IS NULL))
);
CREATE INDEX perspective_rounds_case ON perspective_rounds (tenant_id, case_id, rated_on);

-- One perspective's view in a round; entering it again replaces the ratings (audited).
CREATE TABLE perspective_entries (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  round_id uuid NOT NULL,
  perspective text NOT NULL CHECK (perspective IN ('child', 'parent', 'caseworker', 'provider')),
  -- Child and parents: entered together with them or written down in their words; staff views: NULL.
  recorded_as text CHECK (recorded_as IN ('together', 'their_words')),
  entered_by uuid NOT NULL,
  entered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, round_id, perspective),
  FOREIGN KEY (tenant_id, round_id) REFERENCES perspective_rounds(tenant_id, id),
  CHECK ((perspective IN ('child', 'parent')) = (recorded_as IS NOT NULL))
);

CREATE TABLE perspective_ratings (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  round_id uuid NOT NULL,
  perspective text NOT NULL,
  dimension text NOT NULL,
  -- 1 (very bad) … 5 (very good); NULL: "keine Angabe".
  value smallint CHECK (value BETWEEN 1 AND 5),
  comment_enc bytea,
  PRIMARY KEY (tenant_id, round_id, perspective, dimension),
  FOREIGN KEY (tenant_id, round_id, perspective) REFERENCES perspective_entries(tenant_id, round_id, perspective) ON DELETE CASCADE
);

-- The ecomap: one per case, replaced as a whole by the form; who changed it last.
CREATE TABLE ecomaps (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  case_id uuid NOT NULL,
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, case_id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id)
);
CREATE TABLE ecomap_nodes (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  case_id uuid NOT NULL,
  id uuid NOT NULL,
  position int NOT NULL,
  kind text NOT NULL CHECK (kind IN ('family', 'relative', 'friend', 'school', 'day_care', 'doctor', 'provider', 'youth_office', 'club', 'other')),
  closeness smallint NOT NULL CHECK (closeness BETWEEN 1 AND 3),
  quality text NOT NULL CHECK (quality IN ('supportive', 'neutral', 'stressful')),
  label_enc bytea NOT NULL,
  note_enc bytea,
  PRIMARY KEY (tenant_id, case_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES ecomaps(tenant_id, case_id)
);

ALTER TABLE perspective_rounds ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON perspective_rounds USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
ALTER TABLE perspective_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON perspective_entries USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
ALTER TABLE perspective_ratings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON perspective_ratings USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
ALTER TABLE ecomaps ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ecomaps USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
ALTER TABLE ecomap_nodes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ecomap_nodes USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());

-- Rounds stay; a perspective's entry is replaced by updating it and renewing its ratings.
GRANT SELECT, INSERT ON perspective_rounds TO lotse_app;
GRANT SELECT, INSERT, UPDATE ON perspective_entries TO lotse_app;
GRANT SELECT, INSERT, DELETE ON perspective_ratings TO lotse_app;
GRANT SELECT, INSERT, UPDATE ON ecomaps TO lotse_app;
GRANT SELECT, INSERT, DELETE ON ecomap_nodes TO lotse_app;
