-- Office hours as a weekly schedule (families see whether the team is in and when it answers),
-- files in the messenger (one attachment per message), and an index the case page needs.

ALTER TABLE teams ADD COLUMN weekly_hours jsonb NOT NULL DEFAULT '[]'::jsonb;

ALTER TABLE messages
  ADD CONSTRAINT messages_attachment
  FOREIGN KEY (tenant_id, attachment_id) REFERENCES message_attachments(tenant_id, id);
CREATE UNIQUE INDEX messages_one_per_attachment ON messages (tenant_id, attachment_id)
  WHERE attachment_id IS NOT NULL;

-- The case page finds households by their members.
CREATE INDEX household_members_person ON household_members (tenant_id, person_id);
