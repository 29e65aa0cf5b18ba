-- Messages between staff of different offices (module cooperation, "Kolleg*innen anderer Ämter"),
-- e.g. on a case that moves to another office under § 86c SGB VIII.
--
-- A conversation spans two offices, so its tables are global: they have no tenant_id and no
-- tenant_isolation policy. Every row names the offices and users taking part instead, and row-level
-- security still keeps any third office out:
--   * an office sees a conversation, its participants, messages and case links only while one of its
--     users takes part (lotse_colleague_office_takes_part, SECURITY DEFINER so the policy on
--     colleague_participants does not recurse into itself);
--   * the office that started a conversation (and only it) adds its participants;
--   * an office writes messages and case links only in its own name, and only as a participant
--     (foreign keys onto colleague_participants);
--   * an office moves only its own users' read markers; nothing is ever updated or deleted otherwise.
-- Which user of a participating office may see a conversation is the module's rule on top: the
-- participants themselves (colleague-policy.ts).
--
-- Subjects, message bodies and recorded grounds are encrypted by the app with an installation-wide key
-- for the purpose "cooperation", derived from the master key (KeyRing.encryptShared): both offices must
-- read them, and no office's own key is shared with another. Case references stay plain text as on
-- cases (they name no one).
--
-- Case data only with a ground: an office links one of its cases to a conversation only with a recorded
-- legal ground or consent (colleague_case_links, one per office and conversation); until then the app
-- refuses texts that carry a case reference of the sender's office.
--
-- Finding a colleague: lotse_colleague_directory shows across offices only what is needed (name, office,
-- teams) of active staff who do case work or lead teams, never of the caller's own office.

CREATE TABLE colleague_conversations (
  id uuid PRIMARY KEY,
  subject_enc bytea NOT NULL,
  created_by_office uuid NOT NULL REFERENCES tenants(id),
  created_by_user uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (created_by_office, created_by_user) REFERENCES users(tenant_id, id)
);

CREATE TABLE colleague_participants (
  conversation_id uuid NOT NULL REFERENCES colleague_conversations(id),
  office_id uuid NOT NULL REFERENCES tenants(id),
  user_id uuid NOT NULL,
  joined_at timestamptz NOT NULL DEFAULT now(),
  last_read_at timestamptz,
  PRIMARY KEY (conversation_id, office_id, user_id),
  FOREIGN KEY (office_id, user_id) REFERENCES users(tenant_id, id)
);
CREATE INDEX colleague_participants_user ON colleague_participants (office_id, user_id);

CREATE TABLE colleague_messages (
  id uuid PRIMARY KEY,
  conversation_id uuid NOT NULL,
  sender_office_id uuid NOT NULL,
  sender_user_id uuid NOT NULL,
  body_enc bytea NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (conversation_id, sender_office_id, sender_user_id)
    REFERENCES colleague_participants(conversation_id, office_id, user_id)
);
CREATE INDEX colleague_messages_conversation ON colleague_messages (conversation_id, sent_at);

CREATE TABLE colleague_case_links (
  conversation_id uuid NOT NULL,
  office_id uuid NOT NULL,
  case_id uuid NOT NULL,
  case_reference text NOT NULL,
  -- 'legal_ground' (a provision, e.g. § 86c Abs. 2 SGB VIII) or 'consent' of the persons concerned
  basis text NOT NULL CHECK (basis IN ('legal_ground', 'consent')),
  ground_enc bytea NOT NULL,
  linked_by uuid NOT NULL,
  linked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, office_id),
  FOREIGN KEY (conversation_id, office_id, linked_by)
    REFERENCES colleague_participants(conversation_id, office_id, user_id),
  FOREIGN KEY (office_id, case_id) REFERENCES cases(tenant_id, id)
);

-- Does a user of the transaction's office take part in the conversation? Runs as the owner, so the
-- policies below can ask it without recursing into colleague_participants' own policy.
CREATE FUNCTION lotse_colleague_office_takes_part(p_conversation uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM colleague_participants
                  WHERE conversation_id = p_conversation AND office_id = lotse_tenant())
$$;

ALTER TABLE colleague_conversations ENABLE ROW LEVEL SECURITY;
CREATE POLICY participating_office ON colleague_conversations FOR SELECT
  USING (created_by_office = lotse_tenant() OR lotse_colleague_office_takes_part(id));
CREATE POLICY starting_office ON colleague_conversations FOR INSERT
  WITH CHECK (created_by_office = lotse_tenant());
GRANT SELECT, INSERT ON colleague_conversations TO lotse_app;

ALTER TABLE colleague_participants ENABLE ROW LEVEL SECURITY;
CREATE POLICY participating_office ON colleague_participants FOR SELECT
  USING (lotse_colleague_office_takes_part(conversation_id));
CREATE POLICY starting_office ON colleague_participants FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM colleague_conversations c
                       WHERE c.id = conversation_id AND c.created_by_office = lotse_tenant()));
CREATE POLICY own_read_marker ON colleague_participants FOR UPDATE
  USING (office_id = lotse_tenant()) WITH CHECK (office_id = lotse_tenant());
GRANT SELECT, INSERT ON colleague_participants TO lotse_app;
GRANT UPDATE (last_read_at) ON colleague_participants TO lotse_app;

ALTER TABLE colleague_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY participating_office ON colleague_messages FOR SELECT
  USING (lotse_colleague_office_takes_part(conversation_id));
CREATE POLICY own_office_sends ON colleague_messages FOR INSERT
  WITH CHECK (sender_office_id = lotse_tenant() AND lotse_colleague_office_takes_part(conversation_id));
GRANT SELECT, INSERT ON colleague_messages TO lotse_app;

ALTER TABLE colleague_case_links ENABLE ROW LEVEL SECURITY;
CREATE POLICY participating_office ON colleague_case_links FOR SELECT
  USING (lotse_colleague_office_takes_part(conversation_id));
CREATE POLICY own_office_links ON colleague_case_links FOR INSERT
  WITH CHECK (office_id = lotse_tenant() AND lotse_colleague_office_takes_part(conversation_id));
GRANT SELECT, INSERT ON colleague_case_links TO lotse_app;

-- The cross-office directory: name, office and teams of active staff who do case work or lead teams,
-- in other offices than the caller's, and only for a caller inside an office transaction. Every word
-- of p_words (already escaped for LIKE) must occur in the name, the office or a team; p_office and
-- p_user pick one person (to check a recipient).
CREATE FUNCTION lotse_colleague_directory(p_words text[], p_office uuid, p_user uuid, p_limit int)
RETURNS TABLE (office_id uuid, user_id uuid, display_name text, office_name text, team_names text[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT u.tenant_id, u.id, u.display_name, t.name,
         ARRAY(SELECT tm.name FROM team_memberships m
                 JOIN teams tm ON tm.tenant_id = m.tenant_id AND tm.id = m.team_id
                WHERE m.tenant_id = u.tenant_id AND m.user_id = u.id ORDER BY tm.name)
    FROM users u JOIN tenants t ON t.id = u.tenant_id
   WHERE lotse_tenant() IS NOT NULL
     AND u.tenant_id <> lotse_tenant()
     AND NOT u.disabled
     AND u.roles && ARRAY['caseworker', 'team_lead']::text[]
     AND (p_office IS NULL OR u.tenant_id = p_office)
     AND (p_user IS NULL OR u.id = p_user)
     AND NOT EXISTS (
       SELECT 1 FROM unnest(p_words) AS w(word)
        WHERE NOT (u.display_name ILIKE '%' || w.word || '%' OR t.name ILIKE '%' || w.word || '%'
                   OR EXISTS (SELECT 1 FROM team_memberships m
                                JOIN teams tm ON tm.tenant_id = m.tenant_id AND tm.id = m.team_id
                               WHERE m.tenant_id = u.tenant_id AND m.user_id = u.id
                                 AND tm.name ILIKE '%' || w.word || '%')))
   ORDER BY t.name, u.display_name
   LIMIT least(greatest(p_limit, 0), 50)
$$;

-- Name, office and teams of everyone taking part in these conversations, for the offices taking part.
CREATE FUNCTION lotse_colleague_people(p_conversations uuid[])
RETURNS TABLE (conversation_id uuid, office_id uuid, user_id uuid, display_name text, office_name text,
               team_names text[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT p.conversation_id, p.office_id, p.user_id, u.display_name, t.name,
         ARRAY(SELECT tm.name FROM team_memberships m
                 JOIN teams tm ON tm.tenant_id = m.tenant_id AND tm.id = m.team_id
                WHERE m.tenant_id = u.tenant_id AND m.user_id = u.id ORDER BY tm.name)
    FROM colleague_participants p
    JOIN colleague_conversations c ON c.id = p.conversation_id
    JOIN users u ON u.tenant_id = p.office_id AND u.id = p.user_id
    JOIN tenants t ON t.id = p.office_id
   WHERE p.conversation_id = ANY (p_conversations)
     AND EXISTS (SELECT 1 FROM colleague_participants me
                  WHERE me.conversation_id = p.conversation_id AND me.office_id = lotse_tenant())
   -- the one who started first, then in the order they joined
   ORDER BY p.joined_at, (p.office_id = c.created_by_office AND p.user_id = c.created_by_user) DESC,
            u.display_name
$$;

REVOKE ALL ON FUNCTION lotse_colleague_office_takes_part(uuid),
  lotse_colleague_directory(text[], uuid, uuid, int), lotse_colleague_people(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lotse_colleague_office_takes_part(uuid),
  lotse_colleague_directory(text[], uuid, uuid, int), lotse_colleague_people(uuid[]) TO lotse_app;
