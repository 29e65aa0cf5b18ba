-- Hardening (issue 14): case titles, entry titles, task titles and document names carry children's
-- names; they are encrypted by the application like the bodies (per-tenant keys, *_enc columns).
-- The plaintext columns become legacy_*: the server encrypts what is left in them at start-up and
-- empties them (cases module `sealLegacyPlaintext`); a later migration drops them.
ALTER TABLE cases RENAME COLUMN title TO legacy_title;
ALTER TABLE cases ALTER COLUMN legacy_title DROP NOT NULL;
ALTER TABLE cases ADD COLUMN title_enc bytea;
-- The plaintext search text (reference, title, names) becomes keyed blind-index tokens; NULL until
-- computed. The reference itself is no personal data and stays searchable as text.
DROP INDEX cases_search;
ALTER TABLE cases DROP COLUMN search_text;
ALTER TABLE cases ADD COLUMN search_tokens text[];
CREATE INDEX cases_search_tokens ON cases USING gin (search_tokens);
CREATE INDEX cases_reference_search ON cases USING gin (reference gin_trgm_ops);

ALTER TABLE case_entries RENAME COLUMN title TO legacy_title;
ALTER TABLE case_entries ALTER COLUMN legacy_title DROP NOT NULL;
ALTER TABLE case_entries ADD COLUMN title_enc bytea;

ALTER TABLE tasks RENAME COLUMN title TO legacy_title;
ALTER TABLE tasks ALTER COLUMN legacy_title DROP NOT NULL;
ALTER TABLE tasks ADD COLUMN title_enc bytea;

ALTER TABLE documents RENAME COLUMN filename TO legacy_filename;
ALTER TABLE documents ALTER COLUMN legacy_filename DROP NOT NULL;
ALTER TABLE documents ADD COLUMN filename_enc bytea;
