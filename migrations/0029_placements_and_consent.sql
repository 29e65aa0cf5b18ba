-- Placement inquiries and placements (module placements), consents and shares with providers
-- (module consent), and provider documentation in the case timeline (module cases).

-- An inquiry asks one or several facilities for a place, with an anonymised profile of the child
-- (age, gender, help type, needs, languages — no names, no address). The needs text is sealed.
CREATE TABLE placement_inquiries (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  person_id uuid NOT NULL,
  profile jsonb NOT NULL,
  needs_enc bytea,
  answer_by date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'placed', 'cancelled')),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES persons(tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES users(tenant_id, id)
);
CREATE INDEX placement_inquiries_case ON placement_inquiries (tenant_id, case_id, created_at DESC);

CREATE TABLE placement_inquiry_recipients (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  inquiry_id uuid NOT NULL,
  provider_id uuid NOT NULL REFERENCES providers(id),
  facility_id uuid NOT NULL REFERENCES provider_facilities(id),
  status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'accepted', 'declined', 'withdrawn', 'placed')),
  reason text,
  answered_at timestamptz,
  answered_by uuid,
  withdrawn_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, inquiry_id, facility_id),
  FOREIGN KEY (tenant_id, inquiry_id) REFERENCES placement_inquiries(tenant_id, id),
  FOREIGN KEY (tenant_id, answered_by) REFERENCES users(tenant_id, id)
);
CREATE INDEX placement_inquiry_recipients_provider ON placement_inquiry_recipients (tenant_id, provider_id, status);

-- The case's help as delivered by a facility, from placement until it ends.
CREATE TABLE placements (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  inquiry_id uuid,
  provider_id uuid NOT NULL REFERENCES providers(id),
  facility_id uuid NOT NULL REFERENCES provider_facilities(id),
  help_type text NOT NULL,
  started_on date NOT NULL,
  ended_at timestamptz,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, inquiry_id) REFERENCES placement_inquiries(tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES users(tenant_id, id)
);
CREATE INDEX placements_case ON placements (tenant_id, case_id);
CREATE INDEX placements_provider ON placements (tenant_id, provider_id) WHERE ended_at IS NULL;

-- A person's consent to share sections of a case with one provider for a purpose and a time.
-- status "requested": asked in the family app, not given yet. Revocation is kept, never deleted.
CREATE TABLE consents (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  person_id uuid NOT NULL,
  provider_id uuid NOT NULL REFERENCES providers(id),
  purpose text NOT NULL,
  sections text[] NOT NULL CHECK (cardinality(sections) >= 1 AND sections <@ ARRAY['persons', 'contact', 'help_plan', 'documents']),
  valid_from date NOT NULL,
  valid_until date,
  source text NOT NULL CHECK (source IN ('form', 'app')),
  document_id uuid,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  given_at timestamptz,
  declined_at timestamptz,
  revoked_at timestamptz,
  -- "staff" or "family"
  revoked_by_kind text CHECK (revoked_by_kind IN ('staff', 'family')),
  PRIMARY KEY (tenant_id, id),
  CHECK (valid_until IS NULL OR valid_until >= valid_from),
  CHECK (source <> 'form' OR given_at IS NOT NULL),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES persons(tenant_id, id),
  FOREIGN KEY (tenant_id, document_id) REFERENCES documents(tenant_id, id),
  FOREIGN KEY (tenant_id, recorded_by) REFERENCES users(tenant_id, id)
);
CREATE INDEX consents_case ON consents (tenant_id, case_id);
CREATE INDEX consents_person ON consents (tenant_id, person_id);

-- Sections of a case opened to a provider, on consent or on a recorded legal ground.
CREATE TABLE case_shares (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  provider_id uuid NOT NULL REFERENCES providers(id),
  sections text[] NOT NULL CHECK (cardinality(sections) >= 1 AND sections <@ ARRAY['persons', 'contact', 'help_plan', 'documents']),
  basis text NOT NULL CHECK (basis IN ('consent', 'legal_ground')),
  legal_ground text,
  document_ids uuid[] NOT NULL DEFAULT '{}',
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  ended_by uuid,
  PRIMARY KEY (tenant_id, id),
  CHECK (basis <> 'legal_ground' OR length(legal_ground) >= 5),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES users(tenant_id, id)
);
CREATE INDEX case_shares_provider ON case_shares (tenant_id, provider_id) WHERE ended_at IS NULL;
CREATE INDEX case_shares_case ON case_shares (tenant_id, case_id);

-- Provider staff document their work in the same case; the timeline marks the source.
ALTER TABLE case_entries ADD COLUMN source_provider_id uuid REFERENCES providers(id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['placement_inquiries', 'placement_inquiry_recipients', 'placements', 'consents', 'case_shares'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO lotse_app', t);
  END LOOP;
END $$;
