-- Passkeys (WebAuthn) of family accounts, module family: instead of code and PIN, the person signs in
-- with a passkey of their phone. Public keys only; the private key never leaves the device.
CREATE TABLE family_passkeys (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  family_account_id uuid NOT NULL,
  -- the credential id as the browser reports it (base64url), unique across offices
  credential_id text NOT NULL UNIQUE,
  public_key bytea NOT NULL,
  sign_count bigint NOT NULL DEFAULT 0,
  transports text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, family_account_id) REFERENCES family_accounts(tenant_id, id)
);
CREATE INDEX family_passkeys_account ON family_passkeys (tenant_id, family_account_id);
ALTER TABLE family_passkeys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON family_passkeys USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON family_passkeys TO lotse_app;

-- A passkey sign-in before the office is known: the credential of an active account.
CREATE FUNCTION lotse_family_passkey(p_credential_id text)
RETURNS TABLE (tenant_id uuid, id uuid, family_account_id uuid, public_key bytea, sign_count bigint, transports text[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT k.tenant_id, k.id, k.family_account_id, k.public_key, k.sign_count, k.transports
  FROM family_passkeys k
  JOIN family_accounts a ON a.tenant_id = k.tenant_id AND a.id = k.family_account_id
  WHERE k.credential_id = p_credential_id AND a.status = 'active'
$$;
REVOKE ALL ON FUNCTION lotse_family_passkey(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lotse_family_passkey(text) TO lotse_app;
