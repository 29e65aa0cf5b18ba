-- Audit log hardening (issue 14, decision 0012).
--
-- 1. The application role no longer writes audit_events (or seals) directly. It calls
--    lotse_record_audit(), which runs as the schema owner and fills in what the caller must not
--    choose: the time (now()) and the office (the transaction's app.tenant, the same setting
--    row-level security reads). Without app.tenant it refuses. The actor still comes from the
--    caller: the app sets no session setting for it (see the decision record).
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_events, audit_seals FROM lotse_app;
REVOKE USAGE ON SEQUENCE audit_events_id_seq FROM lotse_app;

CREATE FUNCTION lotse_record_audit(
  p_actor_id uuid,
  p_actor_roles text[],
  p_action text,
  p_resource_type text,
  p_resource_id text,
  p_case_id uuid,
  p_outcome text,
  p_ip text,
  p_details jsonb
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  v_tenant uuid := public.lotse_tenant();
BEGIN
  IF v_tenant IS NULL THEN
    RAISE EXCEPTION 'lotse_record_audit: no office in this transaction (app.tenant)'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO public.audit_events
    (tenant_id, at, actor_id, actor_roles, action, resource_type, resource_id, case_id, outcome, ip, details)
  VALUES
    (v_tenant, now(), p_actor_id, COALESCE(p_actor_roles, '{}'), p_action, p_resource_type, p_resource_id,
     p_case_id, p_outcome, p_ip, COALESCE(p_details, '{}'::jsonb));
END $$;

REVOKE ALL ON FUNCTION lotse_record_audit(uuid, text[], text, text, text, uuid, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lotse_record_audit(uuid, text[], text, text, text, uuid, text, text, jsonb) TO lotse_app;

-- 2. Seals written from now on are keyed: hash = 'hmac-sha256:' || HMAC(key, header ‖ events), with a
--    key derived from the server's MASTER_KEY, which the database never sees. Every new seal is also
--    appended to DATA_DIR/audit-anchor.log (outside the database). Seals already stored keep their
--    plain SHA-256 hash and stay verifiable as "legacy, unkeyed": the first start after this
--    migration writes each office's newest legacy seal to the anchor file, and audit:verify accepts
--    unkeyed seals only up to that anchored head; the first keyed seal then chains onto it. No
--    re-seal is needed. Nothing in this file changes existing rows.
COMMENT ON COLUMN audit_seals.hash IS
  'hmac-sha256:<hex> (keyed, decision 0012) or plain sha256 hex (legacy, before migration 0013)';
