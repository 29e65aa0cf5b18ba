-- Closing gaps in the case file core.

-- TOTP replay protection: the time step (unix time / 30 s) of the last code accepted for the user.
-- A code whose step is not later than this one is refused, even inside its validity window.
-- integer holds time steps until the year 4000.
ALTER TABLE users ADD COLUMN totp_last_step integer;

-- § 65 SGB VIII: a disclosure of an entrusted entry can be revoked (e.g. the consent was withdrawn).
-- The row stays as the record of who opened the entry to whom, marked with when and by whom it was
-- revoked; the app role may set those two columns and nothing else, and may not delete.
ALTER TABLE entry_disclosures
  ADD COLUMN revoked_at timestamptz,
  ADD COLUMN revoked_by uuid,
  ADD CONSTRAINT entry_disclosures_revoked_complete CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
  ADD CONSTRAINT entry_disclosures_revoked_by
    FOREIGN KEY (tenant_id, revoked_by) REFERENCES users(tenant_id, id);
REVOKE UPDATE, DELETE ON entry_disclosures FROM lotse_app;
GRANT UPDATE (revoked_at, revoked_by) ON entry_disclosures TO lotse_app;
