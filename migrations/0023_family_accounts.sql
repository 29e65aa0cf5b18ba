-- Family accounts, module family: a person of a case (a young person from 14, a parent, a guardian)
-- signs in to the family app with an access code and a PIN of their own and sees the released parts
-- of their case. Staff invite (a one-time link, valid 14 days) and can end the access; a request's
-- code can become an account when its case is opened (the code and PIN stay what the family knows).
CREATE TABLE family_accounts (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  person_id uuid NOT NULL,
  -- the code as normalised for lookup (upper case, no separators), unique across offices
  access_code text NOT NULL UNIQUE,
  pin_hash text,
  status text NOT NULL CHECK (status IN ('invited', 'active', 'ended')),
  invite_token_hash text UNIQUE,
  invite_expires_at timestamptz,
  -- the request whose code became this account (its conversation stays the family's)
  intake_request_id uuid,
  invited_by uuid NOT NULL,
  invited_at timestamptz NOT NULL DEFAULT now(),
  activated_at timestamptz,
  ended_by uuid,
  ended_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES persons(tenant_id, id),
  FOREIGN KEY (tenant_id, intake_request_id) REFERENCES intake_requests(tenant_id, id),
  CHECK (status <> 'active' OR pin_hash IS NOT NULL),
  CHECK (status <> 'ended' OR (ended_at IS NOT NULL AND invite_token_hash IS NULL))
);
-- One open account per person and case (an ended one stays as the record).
CREATE UNIQUE INDEX family_accounts_open ON family_accounts (tenant_id, case_id, person_id)
  WHERE status <> 'ended';

-- Entries and documents staff released to the family: to every account of the case, or to some persons.
CREATE TABLE case_releases (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  case_id uuid NOT NULL,
  item_kind text NOT NULL CHECK (item_kind IN ('entry', 'document')),
  item_id uuid NOT NULL,
  -- null: every person of the case with an account; else only these persons
  person_ids uuid[],
  released_by uuid NOT NULL,
  released_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, item_kind, item_id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
  CHECK (person_ids IS NULL OR cardinality(person_ids) > 0)
);
CREATE INDEX case_releases_case ON case_releases (tenant_id, case_id);

-- A family session belongs to a request (code of a request) or to an account.
ALTER TABLE family_sessions ALTER COLUMN intake_request_id DROP NOT NULL;
ALTER TABLE family_sessions ADD COLUMN family_account_id uuid;
ALTER TABLE family_sessions ADD FOREIGN KEY (tenant_id, family_account_id) REFERENCES family_accounts(tenant_id, id);
ALTER TABLE family_sessions ADD CHECK (intake_request_id IS NOT NULL OR family_account_id IS NOT NULL);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['family_accounts', 'case_releases']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant())', t);
  END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE ON family_accounts TO lotse_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON case_releases TO lotse_app;

-- Families sign in before the office is known: an active account's code first, else a request's.
-- Both answer alike (kind tells the caller which), so whether a code exists never shows.
CREATE FUNCTION lotse_family_by_code(p_code text)
RETURNS TABLE (tenant_id uuid, kind text, id uuid, pin_hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT tenant_id, 'account', id, pin_hash FROM family_accounts
  WHERE access_code = upper(p_code) AND status = 'active'
  UNION ALL
  SELECT r.tenant_id, 'request', r.id, r.pin_hash FROM intake_requests r
  WHERE r.access_code = upper(p_code)
    AND NOT EXISTS (SELECT 1 FROM family_accounts a WHERE a.access_code = upper(p_code))
$$;

-- An invitation link before the office is known.
CREATE FUNCTION lotse_family_invitation(p_token_hash text)
RETURNS TABLE (tenant_id uuid, id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT tenant_id, id FROM family_accounts
  WHERE invite_token_hash = p_token_hash AND status = 'invited' AND invite_expires_at > now()
$$;

-- A session of an ended account ends with it; an account session carries its request, if any.
DROP FUNCTION lotse_family_session(text, int);
CREATE FUNCTION lotse_family_session(p_session_id text, p_idle_seconds int)
RETURNS TABLE (tenant_id uuid, intake_request_id uuid, family_account_id uuid)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE s family_sessions%ROWTYPE; a family_accounts%ROWTYPE;
BEGIN
  SELECT * INTO s FROM family_sessions WHERE id = p_session_id;
  IF NOT FOUND THEN RETURN; END IF;
  IF s.family_account_id IS NOT NULL THEN
    SELECT * INTO a FROM family_accounts WHERE family_accounts.tenant_id = s.tenant_id AND id = s.family_account_id;
  END IF;
  IF s.expires_at < now() OR s.last_seen_at < now() - make_interval(secs => p_idle_seconds)
     OR (s.family_account_id IS NOT NULL AND a.status IS DISTINCT FROM 'active') THEN
    DELETE FROM family_sessions WHERE id = p_session_id;
    RETURN;
  END IF;
  IF s.last_seen_at < now() - interval '60 seconds' THEN
    UPDATE family_sessions SET last_seen_at = now() WHERE id = p_session_id;
  END IF;
  RETURN QUERY SELECT s.tenant_id, coalesce(s.intake_request_id, a.intake_request_id), s.family_account_id;
END $$;

REVOKE ALL ON FUNCTION lotse_family_by_code(text), lotse_family_invitation(text), lotse_family_session(text, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lotse_family_by_code(text), lotse_family_invitation(text), lotse_family_session(text, int) TO lotse_app;
