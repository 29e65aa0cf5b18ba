-- Hardening (issue 14): a person's name, contact data and address are encrypted by the application
-- (per-tenant key) as one sealed record, personal_enc. The plaintext columns become legacy_*, which
-- the server seals and empties at start-up (people module `sealLegacyPersons`). Kept in plaintext:
-- the birth date (the social-area rule orders children by it, and age groups feed the statistics),
-- gender, languages and the derived social area.
ALTER TABLE persons ADD COLUMN personal_enc bytea;
ALTER TABLE persons RENAME COLUMN first_name TO legacy_first_name;
ALTER TABLE persons RENAME COLUMN last_name TO legacy_last_name;
ALTER TABLE persons RENAME COLUMN phone TO legacy_phone;
ALTER TABLE persons RENAME COLUMN email TO legacy_email;
ALTER TABLE persons RENAME COLUMN street TO legacy_street;
ALTER TABLE persons RENAME COLUMN house_number TO legacy_house_number;
ALTER TABLE persons RENAME COLUMN postcode TO legacy_postcode;
ALTER TABLE persons RENAME COLUMN city TO legacy_city;
ALTER TABLE persons ALTER COLUMN legacy_first_name DROP NOT NULL;
ALTER TABLE persons ALTER COLUMN legacy_last_name DROP NOT NULL;
