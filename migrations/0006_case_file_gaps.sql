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

-- Households belong to the case they were recorded in, so that one whose members were all removed
-- is still shown in its case (and can be deleted there). Existing households go to the case of
-- their members.
ALTER TABLE households
  ADD COLUMN case_id uuid,
  ADD CONSTRAINT households_case FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id);
UPDATE households h SET case_id = (
  SELECT cp.case_id FROM household_members m
  JOIN case_persons cp ON cp.tenant_id = m.tenant_id AND cp.person_id = m.person_id
  WHERE m.tenant_id = h.tenant_id AND m.household_id = h.id
  ORDER BY cp.case_id LIMIT 1);
CREATE INDEX households_case ON households (tenant_id, case_id);
