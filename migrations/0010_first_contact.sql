-- First contact without loose ends: what a case keeps from the family's request.

-- An age given in the intake becomes a birth year marked as approximate ("ca. 2015").
ALTER TABLE persons ADD COLUMN birth_date_approximate boolean NOT NULL DEFAULT false;

-- A case opened from a request keeps where it came from: the request (for its conversation) and
-- what the assistant saw then (topic, urgency, danger signals, who wrote). Copied at opening: the
-- request's classification does not change afterwards.
ALTER TABLE cases ADD COLUMN origin_request_id uuid;
ALTER TABLE cases ADD COLUMN origin jsonb;
CREATE INDEX cases_origin_request ON cases (tenant_id, origin_request_id) WHERE origin_request_id IS NOT NULL;

-- Messaging's view of each conversation for other modules: how many family messages no one in the
-- office has read, and when the family last wrote. Runs with the caller's rights (RLS applies).
CREATE VIEW conversation_activity WITH (security_invoker = true) AS
  SELECT c.tenant_id,
         c.intake_request_id,
         count(m.id) FILTER (WHERE m.sender_user_id IS NULL AND m.read_by_staff_at IS NULL)::int AS unread_by_staff,
         max(m.created_at) FILTER (WHERE m.sender_user_id IS NULL) AS last_family_message_at
    FROM conversations c
    LEFT JOIN messages m ON m.tenant_id = c.tenant_id AND m.conversation_id = c.id
   GROUP BY c.tenant_id, c.intake_request_id;
GRANT SELECT ON conversation_activity TO lotse_app;
