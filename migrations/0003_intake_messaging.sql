-- Family-facing parts: intake requests with routing, family access (code + PIN), conversations
-- and messages, and a transactional job queue for side effects (mail) after commit.

-- Contact details of teams, shown to families.
ALTER TABLE teams ADD COLUMN phone text, ADD COLUMN email text, ADD COLUMN address text, ADD COLUMN hours text;

-- Proof-of-work challenges already used (replay protection for public forms).
CREATE TABLE used_challenges (
  challenge text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
GRANT SELECT, INSERT, DELETE ON used_challenges TO lotse_app;

-- Routing rules: topic × social area → team. NULL matches any; the most specific rule wins.
CREATE TABLE routing_rules (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  topic text,
  social_area_id uuid,
  team_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, social_area_id) REFERENCES social_areas(tenant_id, id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES teams(tenant_id, id)
);
CREATE UNIQUE INDEX routing_rules_unique ON routing_rules (tenant_id, COALESCE(topic, ''), COALESCE(social_area_id, '00000000-0000-0000-0000-000000000000'));

-- The intake conversation as data, versioned; the newest published version is used.
CREATE TABLE intake_flows (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  version int NOT NULL,
  definition jsonb NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, version)
);

-- Editable content of the family app (Markdown per page and language).
CREATE TABLE content_pages (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  slug text NOT NULL,
  lang text NOT NULL,
  title text NOT NULL,
  body_md text NOT NULL,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, slug, lang)
);

CREATE TABLE intake_requests (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  -- the code families use to come back; unique across offices (looked up before the tenant is known)
  access_code text NOT NULL,
  pin_hash text NOT NULL,
  pin_failures int NOT NULL DEFAULT 0,
  locked_until timestamptz,
  status text NOT NULL CHECK (status IN ('new', 'claimed', 'case_opened', 'closed')),
  urgent boolean NOT NULL DEFAULT false,
  topic text NOT NULL,
  confidence real NOT NULL,
  danger_signals text[] NOT NULL DEFAULT '{}',
  language text NOT NULL,
  writer_role text NOT NULL CHECK (writer_role IN ('child', 'young_person', 'parent', 'professional', 'other')),
  age int,
  anonymous boolean NOT NULL DEFAULT false,
  social_area_id uuid,
  team_id uuid NOT NULL,
  claimed_by uuid,
  case_id uuid,
  flow_version int,
  -- structured summary (names, contact, concern) and transcript, encrypted by the application
  summary_enc bytea NOT NULL,
  transcript_enc bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES teams(tenant_id, id),
  FOREIGN KEY (tenant_id, claimed_by) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, social_area_id) REFERENCES social_areas(tenant_id, id)
);
CREATE UNIQUE INDEX intake_requests_code ON intake_requests (access_code);
CREATE INDEX intake_requests_inbox ON intake_requests (tenant_id, team_id, status, urgent DESC, created_at);

-- Sessions of families who came back with code + PIN.
CREATE TABLE family_sessions (
  id text PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  intake_request_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  FOREIGN KEY (tenant_id, intake_request_id) REFERENCES intake_requests(tenant_id, id)
);

-- A conversation between one family party (the holder of an access code) and the office.
-- confidential: a young person's counselling without the parents' knowledge (§ 8 Abs. 3 SGB VIII).
CREATE TABLE conversations (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  intake_request_id uuid NOT NULL,
  case_id uuid,
  team_id uuid NOT NULL,
  subject text NOT NULL,
  confidential boolean NOT NULL DEFAULT false,
  status text NOT NULL CHECK (status IN ('open', 'closed')) DEFAULT 'open',
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, intake_request_id) REFERENCES intake_requests(tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES teams(tenant_id, id)
);
CREATE INDEX conversations_intake ON conversations (tenant_id, intake_request_id);
CREATE INDEX conversations_team ON conversations (tenant_id, team_id, status);

CREATE TABLE messages (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  conversation_id uuid NOT NULL,
  -- staff author; NULL when the family wrote it
  sender_user_id uuid,
  body_enc bytea NOT NULL,
  attachment_id uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  read_by_family_at timestamptz,
  read_by_staff_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversations(tenant_id, id),
  FOREIGN KEY (tenant_id, sender_user_id) REFERENCES users(tenant_id, id)
);
CREATE INDEX messages_conversation ON messages (tenant_id, conversation_id, created_at);

CREATE TABLE message_attachments (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  conversation_id uuid NOT NULL,
  filename text NOT NULL,
  media_type text NOT NULL,
  size_bytes int NOT NULL,
  blob_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversations(tenant_id, id)
);

-- Transactional outbox: side effects are enqueued in the transaction that causes them and run
-- after commit by a worker (FOR UPDATE SKIP LOCKED). Payloads are encrypted (they hold addresses).
CREATE TABLE jobs (
  tenant_id uuid NOT NULL,
  id bigserial NOT NULL,
  kind text NOT NULL,
  payload_enc bytea NOT NULL,
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts int NOT NULL DEFAULT 0,
  locked_until timestamptz,
  done_at timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX jobs_due ON jobs (run_at) WHERE done_at IS NULL;

-- Mails that were not sent because no SMTP server is configured (readable by admins).
CREATE TABLE mail_outbox (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  recipient text NOT NULL,
  subject text NOT NULL,
  body_enc bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['routing_rules', 'intake_flows', 'content_pages', 'intake_requests', 'family_sessions',
    'conversations', 'messages', 'message_attachments', 'jobs', 'mail_outbox']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO lotse_app', t);
  END LOOP;
END $$;
GRANT USAGE ON SEQUENCE jobs_id_seq TO lotse_app;

-- Families come back with a code before the office is known.
CREATE FUNCTION lotse_intake_by_code(p_code text)
RETURNS TABLE (tenant_id uuid, id uuid, pin_hash text, locked_until timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT tenant_id, id, pin_hash, locked_until FROM intake_requests WHERE access_code = upper(p_code)
$$;

CREATE FUNCTION lotse_family_session(p_session_id text, p_idle_seconds int)
RETURNS TABLE (tenant_id uuid, intake_request_id uuid)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE s family_sessions%ROWTYPE;
BEGIN
  SELECT * INTO s FROM family_sessions WHERE id = p_session_id;
  IF NOT FOUND THEN RETURN; END IF;
  IF s.expires_at < now() OR s.last_seen_at < now() - make_interval(secs => p_idle_seconds) THEN
    DELETE FROM family_sessions WHERE id = p_session_id;
    RETURN;
  END IF;
  IF s.last_seen_at < now() - interval '60 seconds' THEN
    UPDATE family_sessions SET last_seen_at = now() WHERE id = p_session_id;
  END IF;
  RETURN QUERY SELECT s.tenant_id, s.intake_request_id;
END $$;

-- The job worker claims due jobs across offices; it then works on each inside its tenant.
CREATE FUNCTION lotse_claim_jobs(p_limit int, p_lock_seconds int)
RETURNS TABLE (tenant_id uuid, id bigint, kind text, attempts int)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  UPDATE jobs j SET locked_until = now() + make_interval(secs => p_lock_seconds), attempts = j.attempts + 1
  FROM (SELECT tenant_id, id FROM jobs
        WHERE done_at IS NULL AND run_at <= now() AND (locked_until IS NULL OR locked_until < now())
        ORDER BY run_at LIMIT p_limit FOR UPDATE SKIP LOCKED) due
  WHERE j.tenant_id = due.tenant_id AND j.id = due.id
  RETURNING j.tenant_id, j.id, j.kind, j.attempts
$$;

-- Public pages need the office before anyone signs in: by slug, or the only office there is.
CREATE FUNCTION lotse_public_office(p_slug text)
RETURNS TABLE (id uuid, name text, crisis_phone text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id, name, crisis_phone FROM tenants
  WHERE (p_slug IS NOT NULL AND slug = p_slug)
     OR (p_slug IS NULL AND (SELECT count(*) FROM tenants) = 1)
$$;
REVOKE ALL ON FUNCTION lotse_public_office(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lotse_public_office(text) TO lotse_app;

REVOKE ALL ON FUNCTION lotse_intake_by_code(text), lotse_family_session(text, int), lotse_claim_jobs(int, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lotse_intake_by_code(text), lotse_family_session(text, int), lotse_claim_jobs(int, int) TO lotse_app;
