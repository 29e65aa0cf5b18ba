-- A conversation belongs to its intake request; the request names the case once one is opened.
-- conversations.case_id repeated intake_requests.case_id and was written but never read. Dropping it
-- lets `requests` (which opens the case) stay independent of `messaging` (which owns conversations).
ALTER TABLE conversations DROP COLUMN case_id;
