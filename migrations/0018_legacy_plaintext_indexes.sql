-- The start-up sealing (sealLegacyPlaintext & co.) asks every table for rows still holding legacy
-- plaintext. Without these partial indexes that question scans whole tables on every start, long
-- after everything is sealed; with them it costs an index lookup on an empty index.
CREATE INDEX cases_legacy_title ON cases (tenant_id, id) WHERE legacy_title IS NOT NULL;
CREATE INDEX cases_without_search_tokens ON cases (tenant_id, id) WHERE search_tokens IS NULL;
CREATE INDEX case_entries_legacy_title ON case_entries (tenant_id, id) WHERE legacy_title IS NOT NULL;
CREATE INDEX tasks_legacy_title ON tasks (tenant_id, id) WHERE legacy_title IS NOT NULL;
CREATE INDEX documents_legacy_filename ON documents (tenant_id, id) WHERE legacy_filename IS NOT NULL;
CREATE INDEX persons_legacy_name ON persons (tenant_id, id) WHERE legacy_first_name IS NOT NULL;
CREATE INDEX households_legacy_label ON households (tenant_id, id) WHERE legacy_label IS NOT NULL;
CREATE INDEX entry_disclosures_legacy_reference ON entry_disclosures (tenant_id, id) WHERE legacy_reference IS NOT NULL;
CREATE INDEX message_attachments_legacy_filename ON message_attachments (tenant_id, id) WHERE legacy_filename IS NOT NULL;
CREATE INDEX meeting_guests_legacy_label ON meeting_guests (tenant_id, id) WHERE legacy_label IS NOT NULL;
