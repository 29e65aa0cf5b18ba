-- Hardening (issue 14): the last personal text fields stored in plaintext — a household's label
-- ("Haushalt Mutter Meier"), a disclosure's reference (whose consent, which court order), the
-- names of files sent in a conversation and a meeting guest's label (an interpreter's name) — are
-- encrypted by the application like the titles (per-tenant keys, *_enc columns). The plaintext
-- columns become legacy_*: the server seals what is left in them at start-up and empties them
-- (cases `sealLegacyPlaintext`, messaging `sealLegacyAttachmentNames`, meetings
-- `sealLegacyGuestLabels`); a later migration drops them.
ALTER TABLE households RENAME COLUMN label TO legacy_label;
ALTER TABLE households ALTER COLUMN legacy_label DROP NOT NULL;
ALTER TABLE households ADD COLUMN label_enc bytea;

ALTER TABLE entry_disclosures RENAME COLUMN reference TO legacy_reference;
ALTER TABLE entry_disclosures ALTER COLUMN legacy_reference DROP NOT NULL;
ALTER TABLE entry_disclosures ADD COLUMN reference_enc bytea;
-- A disclosure stays as recorded: the app may only mark it revoked (0006), so it cannot rewrite the
-- sealed reference either. Sealing a reference left in plaintext is the one other change, once per
-- row and only in the transaction's own office, through this function.
CREATE FUNCTION lotse_seal_disclosure_reference(p_id uuid, p_reference_enc bytea) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
  WITH sealed AS (
    UPDATE public.entry_disclosures SET reference_enc = p_reference_enc, legacy_reference = NULL
    WHERE tenant_id = public.lotse_tenant() AND id = p_id
      AND legacy_reference IS NOT NULL
    RETURNING id
  )
  SELECT EXISTS (SELECT 1 FROM sealed)
$$;
REVOKE ALL ON FUNCTION lotse_seal_disclosure_reference(uuid, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lotse_seal_disclosure_reference(uuid, bytea) TO lotse_app;

ALTER TABLE message_attachments RENAME COLUMN filename TO legacy_filename;
ALTER TABLE message_attachments ALTER COLUMN legacy_filename DROP NOT NULL;
ALTER TABLE message_attachments ADD COLUMN filename_enc bytea;

ALTER TABLE meeting_guests RENAME COLUMN label TO legacy_label;
ALTER TABLE meeting_guests ALTER COLUMN legacy_label DROP NOT NULL;
ALTER TABLE meeting_guests ADD COLUMN label_enc bytea;

-- The guest session answers with the sealed label; the server opens it with the office's key.
DROP FUNCTION lotse_meeting_guest_session(text);
CREATE FUNCTION lotse_meeting_guest_session(p_session_hash text)
RETURNS TABLE (tenant_id uuid, id uuid, meeting_id uuid, label_enc bytea)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT tenant_id, id, meeting_id, label_enc FROM meeting_guests
  WHERE session_hash = p_session_hash AND expires_at > now()
$$;
REVOKE ALL ON FUNCTION lotse_meeting_guest_session(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lotse_meeting_guest_session(text) TO lotse_app;
