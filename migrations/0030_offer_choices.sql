-- The family's choice (§ 5 SGB VIII), module placements: offers the caseworker releases to the family
-- of a case, and each person's wish among them (or none fits), kept as history.
CREATE TABLE offer_choices (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  offer_id uuid NOT NULL REFERENCES provider_offers(id),
  released_by uuid NOT NULL,
  released_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, case_id, offer_id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, released_by) REFERENCES users(tenant_id, id)
);

CREATE TABLE offer_wishes (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  person_id uuid NOT NULL,
  -- null: none of the offers fits
  offer_id uuid REFERENCES provider_offers(id),
  note_enc bytea,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES persons(tenant_id, id)
);
CREATE INDEX offer_wishes_case ON offer_wishes (tenant_id, case_id, created_at DESC);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['offer_choices', 'offer_wishes'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT ON %I TO lotse_app', t);
  END LOOP;
END $$;
