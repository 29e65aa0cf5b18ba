-- Lotse initial schema: tenancy, staff, people, cases, sessions, audit.
-- Every office-owned table carries tenant_id in its primary key (Citus-ready) and is protected by
-- row-level security on the per-transaction setting app.tenant as a second wall behind the policies.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

DO $$
BEGIN
  CREATE ROLE lotse_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

GRANT USAGE ON SCHEMA public TO lotse_app;

-- Let a non-superuser schema owner switch to the app role at run time.
DO $$
BEGIN
  EXECUTE format('GRANT lotse_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN NULL;
END $$;

-- The tenant of the current transaction; NULL (so: no rows) when unset.
CREATE FUNCTION lotse_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.tenant', true), '')::uuid $$;

CREATE TABLE tenants (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  crisis_phone text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Per-tenant data keys, wrapped (AES-256-GCM) by the master key.
CREATE TABLE tenant_keys (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  version int NOT NULL,
  wrapped_key bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, version)
);

CREATE TABLE social_areas (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  postcodes text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code)
);

-- Street ranges refine postcodes that are split between social areas.
CREATE TABLE social_area_streets (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  social_area_id uuid NOT NULL,
  postcode text NOT NULL,
  street text NOT NULL,
  house_from int,
  house_to int,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, social_area_id) REFERENCES social_areas(tenant_id, id)
);
CREATE INDEX social_area_streets_lookup ON social_area_streets (tenant_id, postcode, lower(street));

CREATE TABLE teams (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('asd', 'uma', 'wiju', 'other')),
  social_area_id uuid,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, social_area_id) REFERENCES social_areas(tenant_id, id)
);

CREATE TABLE users (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  username text NOT NULL,
  display_name text NOT NULL,
  email text,
  password_hash text NOT NULL,
  totp_secret_enc bytea,
  mfa_enabled boolean NOT NULL DEFAULT false,
  roles text[] NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
-- Usernames are unique across offices: login happens before the tenant is known.
CREATE UNIQUE INDEX users_username ON users (lower(username));

CREATE TABLE team_memberships (
  tenant_id uuid NOT NULL,
  team_id uuid NOT NULL,
  user_id uuid NOT NULL,
  lead boolean NOT NULL DEFAULT false,
  PRIMARY KEY (tenant_id, team_id, user_id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES teams(tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id)
);
CREATE INDEX team_memberships_user ON team_memberships (tenant_id, user_id);

CREATE TABLE persons (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  first_name text NOT NULL,
  last_name text NOT NULL,
  birth_date date,
  gender text NOT NULL CHECK (gender IN ('female', 'male', 'diverse', 'unspecified')),
  languages text[] NOT NULL DEFAULT '{}',
  phone text,
  email text,
  street text,
  house_number text,
  postcode text,
  city text,
  social_area_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, social_area_id) REFERENCES social_areas(tenant_id, id)
);

CREATE TABLE households (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  label text NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE household_members (
  tenant_id uuid NOT NULL,
  household_id uuid NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, household_id, person_id),
  FOREIGN KEY (tenant_id, household_id) REFERENCES households(tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES persons(tenant_id, id)
);

-- "from_person is <kind> of to_person" (parent, step_parent, guardian, foster_parent, sibling, partner).
CREATE TABLE relations (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  from_person_id uuid NOT NULL,
  to_person_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('parent', 'step_parent', 'guardian', 'foster_parent', 'sibling', 'partner')),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, from_person_id, to_person_id, kind),
  CHECK (from_person_id <> to_person_id),
  FOREIGN KEY (tenant_id, from_person_id) REFERENCES persons(tenant_id, id),
  FOREIGN KEY (tenant_id, to_person_id) REFERENCES persons(tenant_id, id)
);
CREATE INDEX relations_to ON relations (tenant_id, to_person_id);

CREATE SEQUENCE case_reference_seq;

CREATE TABLE cases (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  reference text NOT NULL,
  title text NOT NULL,
  help_type text,
  status text NOT NULL CHECK (status IN ('inquiry', 'clarification', 'planning', 'running', 'review', 'closed')),
  team_id uuid NOT NULL,
  caseworker_id uuid,
  social_area_id uuid,
  -- names of the persons concerned, denormalised for search (kept in step by the case module)
  search_text text NOT NULL DEFAULT '',
  opened_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, reference),
  FOREIGN KEY (tenant_id, team_id) REFERENCES teams(tenant_id, id),
  FOREIGN KEY (tenant_id, caseworker_id) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, social_area_id) REFERENCES social_areas(tenant_id, id)
);
CREATE INDEX cases_team ON cases (tenant_id, team_id, status, updated_at DESC);
CREATE INDEX cases_caseworker ON cases (tenant_id, caseworker_id, updated_at DESC);
CREATE INDEX cases_search ON cases USING gin (search_text gin_trgm_ops);

CREATE TABLE case_persons (
  tenant_id uuid NOT NULL,
  case_id uuid NOT NULL,
  person_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('child', 'parent', 'guardian', 'relative', 'other')),
  PRIMARY KEY (tenant_id, case_id, person_id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES persons(tenant_id, id)
);
CREATE INDEX case_persons_person ON case_persons (tenant_id, person_id);

CREATE TABLE case_deputies (
  tenant_id uuid NOT NULL,
  case_id uuid NOT NULL,
  user_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, case_id, user_id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id)
);
CREATE INDEX case_deputies_user ON case_deputies (tenant_id, user_id);

CREATE TABLE documents (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  filename text NOT NULL,
  media_type text NOT NULL,
  size_bytes int NOT NULL,
  blob_key text NOT NULL,
  uploaded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, uploaded_by) REFERENCES users(tenant_id, id)
);
CREATE INDEX documents_case ON documents (tenant_id, case_id, created_at DESC);

-- Timeline of a case. Bodies are encrypted by the application (AES-256-GCM, tenant data key).
CREATE TABLE case_entries (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('note', 'contact', 'document', 'decision', 'status_change')),
  occurred_at timestamptz NOT NULL,
  author_id uuid NOT NULL,
  title text NOT NULL,
  body_enc bytea NOT NULL,
  -- § 65 SGB VIII: entrusted to this caseworker personally
  entrusted_to uuid,
  document_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, author_id) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, entrusted_to) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, document_id) REFERENCES documents(tenant_id, id)
);
CREATE INDEX case_entries_case ON case_entries (tenant_id, case_id, occurred_at DESC);
CREATE INDEX case_entries_recent ON case_entries (tenant_id, created_at DESC);

-- Recorded consent or legal ground that widens access to an entrusted entry.
CREATE TABLE entry_disclosures (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  entry_id uuid NOT NULL,
  ground text NOT NULL,
  reference text NOT NULL,
  to_team_id uuid,
  to_user_id uuid,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CHECK ((to_team_id IS NULL) <> (to_user_id IS NULL)),
  FOREIGN KEY (tenant_id, entry_id) REFERENCES case_entries(tenant_id, id)
);
CREATE INDEX entry_disclosures_entry ON entry_disclosures (tenant_id, entry_id);

CREATE TABLE tasks (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  case_id uuid,
  title text NOT NULL,
  due_on date NOT NULL,
  assignee_id uuid,
  done_at timestamptz,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, assignee_id) REFERENCES users(tenant_id, id)
);
CREATE INDEX tasks_assignee ON tasks (tenant_id, assignee_id, due_on) WHERE done_at IS NULL;
CREATE INDEX tasks_case ON tasks (tenant_id, case_id);

-- Server-side sessions. The id is the SHA-256 of the cookie token, never the token itself.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  user_id uuid NOT NULL,
  mfa_passed boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id)
);

-- Login throttling per account name and per IP (keys are hashes; no tenant: checked before login).
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  failures int NOT NULL DEFAULT 0,
  window_start timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz
);

-- Append-only audit log. The app role may only INSERT and SELECT. Events without an office
-- (e.g. a login attempt for an unknown name) use the nil tenant.
CREATE TABLE audit_events (
  tenant_id uuid NOT NULL,
  id bigserial NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_id uuid,
  actor_roles text[] NOT NULL DEFAULT '{}',
  action text NOT NULL,
  resource_type text NOT NULL,
  resource_id text,
  case_id uuid,
  outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied', 'failed')),
  ip text,
  details jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_events_case ON audit_events (tenant_id, case_id, id DESC);
CREATE INDEX audit_events_actor ON audit_events (tenant_id, actor_id, id DESC);

-- Seals chain batches of audit events: hash = sha256(prev_hash || hashes of events in (from_id, to_id]).
CREATE TABLE audit_seals (
  tenant_id uuid NOT NULL,
  seq bigint NOT NULL,
  from_id bigint NOT NULL,
  to_id bigint NOT NULL,
  event_count int NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  sealed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, seq)
);

-- Row-level security on every tenant table.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['social_areas', 'social_area_streets', 'teams', 'users', 'team_memberships',
    'persons', 'households', 'household_members', 'relations', 'cases', 'case_persons', 'case_deputies',
    'documents', 'case_entries', 'entry_disclosures', 'tasks', 'sessions', 'audit_events', 'audit_seals',
    'tenant_keys']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO lotse_app', t);
  END LOOP;
END $$;

ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_self ON tenants USING (id = lotse_tenant());
GRANT SELECT ON tenants TO lotse_app;

-- The audit log and its seals are append-only for the application.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events, audit_seals FROM lotse_app;
-- Data keys are created, never changed by the application.
REVOKE UPDATE, DELETE ON tenant_keys FROM lotse_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO lotse_app;
GRANT USAGE ON SEQUENCE audit_events_id_seq, case_reference_seq TO lotse_app;

-- Session lookup happens before the tenant is known, so it runs as the schema owner. It checks
-- idle (30 min) and absolute expiry, touches last_seen_at at most once a minute, and returns the actor.
CREATE FUNCTION lotse_session_actor(p_session_id text, p_idle_seconds int)
RETURNS TABLE (tenant_id uuid, user_id uuid, mfa_passed boolean, username text, display_name text,
               roles text[], mfa_enabled boolean, member_team_ids uuid[], lead_team_ids uuid[])
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE s sessions%ROWTYPE;
BEGIN
  SELECT * INTO s FROM sessions WHERE id = p_session_id;
  IF NOT FOUND THEN RETURN; END IF;
  IF s.expires_at < now() OR s.last_seen_at < now() - make_interval(secs => p_idle_seconds) THEN
    DELETE FROM sessions WHERE id = p_session_id;
    RETURN;
  END IF;
  IF s.last_seen_at < now() - interval '60 seconds' THEN
    UPDATE sessions SET last_seen_at = now() WHERE id = p_session_id;
  END IF;
  RETURN QUERY
    SELECT u.tenant_id, u.id, s.mfa_passed, u.username, u.display_name, u.roles, u.mfa_enabled,
      COALESCE(array_agg(m.team_id) FILTER (WHERE m.team_id IS NOT NULL), '{}'),
      COALESCE(array_agg(m.team_id) FILTER (WHERE m.lead), '{}')
    FROM users u LEFT JOIN team_memberships m ON m.tenant_id = u.tenant_id AND m.user_id = u.id
    WHERE u.tenant_id = s.tenant_id AND u.id = s.user_id AND NOT u.disabled
    GROUP BY u.tenant_id, u.id;
END $$;

-- Login looks up the account across offices by name.
CREATE FUNCTION lotse_login_account(p_username text)
RETURNS TABLE (tenant_id uuid, user_id uuid, password_hash text, disabled boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT tenant_id, id, password_hash, disabled FROM users WHERE lower(username) = lower(p_username)
$$;

REVOKE ALL ON FUNCTION lotse_session_actor(text, int), lotse_login_account(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lotse_session_actor(text, int), lotse_login_account(text) TO lotse_app;
