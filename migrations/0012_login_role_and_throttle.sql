-- Hardening (issue 14).
-- 1. The runtime connects as the login role lotse_app itself instead of switching role from the
--    owner: a request connection then has nothing to RESET ROLE back to. lotse_app owns nothing,
--    is nobody's member and may not bypass row-level security. In production give it a password
--    (ALTER ROLE lotse_app PASSWORD '…') and set DATABASE_URL to it, DATABASE_MIGRATION_URL to the owner.
--    An owner that is not a superuser may not change these attributes; the server checks them when it
--    connects and refuses to run as a role that could bypass row-level security.
DO $$
BEGIN
  ALTER ROLE lotse_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION;
EXCEPTION WHEN insufficient_privilege THEN
  BEGIN
    ALTER ROLE lotse_app LOGIN;
  EXCEPTION WHEN insufficient_privilege THEN NULL;
  END;
END $$;

-- 2. Throttling without lockouts: each key waits longer after every further failure (growing delays
--    computed by the server); a key starts afresh an hour after its last failure.
ALTER TABLE login_throttle RENAME COLUMN window_start TO last_failure_at;

-- Family codes are throttled in login_throttle too, whether the code exists or not; the per-request
-- counter would answer only for codes that exist (an oracle).
DROP FUNCTION lotse_intake_by_code(text);
ALTER TABLE intake_requests DROP COLUMN pin_failures, DROP COLUMN locked_until;
CREATE FUNCTION lotse_intake_by_code(p_code text)
RETURNS TABLE (tenant_id uuid, id uuid, pin_hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT tenant_id, id, pin_hash FROM intake_requests WHERE access_code = upper(p_code)
$$;
REVOKE ALL ON FUNCTION lotse_intake_by_code(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lotse_intake_by_code(text) TO lotse_app;
