-- Appointments and video meetings for an intake request: staff propose slots, the family picks one;
-- interpreters join through one-time guest links.

CREATE TABLE meetings (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  intake_request_id uuid NOT NULL,
  team_id uuid NOT NULL,
  -- the title may name the family: encrypted by the application
  title_enc bytea NOT NULL,
  duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  status text NOT NULL CHECK (status IN ('proposed', 'scheduled', 'cancelled')) DEFAULT 'proposed',
  chosen_slot_id uuid,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, intake_request_id) REFERENCES intake_requests(tenant_id, id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES teams(tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES users(tenant_id, id)
);
CREATE INDEX meetings_request ON meetings (tenant_id, intake_request_id, created_at);

CREATE TABLE meeting_slots (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  starts_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, meeting_id) REFERENCES meetings(tenant_id, id)
);
CREATE INDEX meeting_slots_meeting ON meeting_slots (tenant_id, meeting_id, starts_at);

-- Guests (e.g. an interpreter) get a one-time link; redeeming it opens a session for this meeting only.
-- Only hashes of the link token and of the session token are stored.
CREATE TABLE meeting_guests (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  label text NOT NULL,
  token_hash text NOT NULL,
  session_hash text,
  expires_at timestamptz NOT NULL,
  redeemed_at timestamptz,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, meeting_id) REFERENCES meetings(tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES users(tenant_id, id)
);
CREATE UNIQUE INDEX meeting_guests_token ON meeting_guests (token_hash);
CREATE UNIQUE INDEX meeting_guests_session ON meeting_guests (session_hash) WHERE session_hash IS NOT NULL;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['meetings', 'meeting_slots', 'meeting_guests']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO lotse_app', t);
  END LOOP;
END $$;

-- A guest link is redeemed before the office is known: find it by the hash of its token.
CREATE FUNCTION lotse_meeting_guest_by_token(p_token_hash text)
RETURNS TABLE (tenant_id uuid, id uuid, meeting_id uuid, expires_at timestamptz, redeemed_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT tenant_id, id, meeting_id, expires_at, redeemed_at FROM meeting_guests WHERE token_hash = p_token_hash
$$;

-- The guest session (cookie) of a redeemed link, while it has not expired.
CREATE FUNCTION lotse_meeting_guest_session(p_session_hash text)
RETURNS TABLE (tenant_id uuid, id uuid, meeting_id uuid, label text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT tenant_id, id, meeting_id, label FROM meeting_guests
  WHERE session_hash = p_session_hash AND expires_at > now()
$$;

REVOKE ALL ON FUNCTION lotse_meeting_guest_by_token(text), lotse_meeting_guest_session(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lotse_meeting_guest_by_token(text), lotse_meeting_guest_session(text) TO lotse_app;
