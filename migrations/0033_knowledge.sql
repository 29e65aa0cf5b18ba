-- Knowledge base, staff Q&A and onboarding (module knowledge). Office knowledge, no case data:
-- articles are Markdown, versioned, with an owner and a review day; the current text is kept on the
-- article row for full-text search (German stemming), every version in article_versions.
-- array_to_string is only STABLE (array output may depend on settings); for text[] it is not, and a
-- generated column needs an IMMUTABLE expression.
CREATE FUNCTION lotse_words(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_string($1, ' ') $$;

CREATE TABLE knowledge_articles (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 160),
  body text NOT NULL CHECK (length(body) <= 100000),
  tags text[] NOT NULL DEFAULT '{}',
  -- an article, or a template the office works from: a letter, a checklist, a help plan goal catalogue
  kind text NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'letter', 'checklist', 'goal_catalogue')),
  owner_id uuid NOT NULL,
  edited_by uuid NOT NULL,
  version integer NOT NULL DEFAULT 1,
  review_on date NOT NULL,
  archived_at timestamptz,
  -- 'own' or 'imported' (a copy of another office's published article); the publisher's name
  origin text NOT NULL DEFAULT 'own' CHECK (origin IN ('own', 'imported')),
  origin_office text,
  question_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('german', title), 'A') ||
    setweight(to_tsvector('german', lotse_words(tags)), 'A') ||
    setweight(to_tsvector('german', body), 'B')
  ) STORED,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, owner_id) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, edited_by) REFERENCES users(tenant_id, id)
);
CREATE INDEX knowledge_articles_search ON knowledge_articles USING gin (search);
-- Ranking reads every match's vector: keep it in the row instead of out-of-line (TOAST).
ALTER TABLE knowledge_articles ALTER COLUMN search SET STORAGE MAIN;

-- The office's best full-text matches. Under row-level security PostgreSQL may not use the GIN index
-- for `@@` (ts_match_vq is not leakproof) and would read every article of every office; this function
-- runs as the schema owner, binds the office itself (lotse_tenant(); NULL matches nothing), uses the
-- index and returns only ids and ranks — the caller reads the rows through row-level security.
CREATE FUNCTION lotse_article_matches(p_query tsquery, p_limit int)
RETURNS TABLE (id uuid, rank real)
-- ROWS: the planner then joins the few ids through the primary key instead of hashing all articles.
LANGUAGE sql STABLE SECURITY DEFINER ROWS 20 SET search_path = public AS $$
  SELECT a.id, ts_rank(a.search, p_query) AS rank
  FROM knowledge_articles a
  WHERE a.search @@ p_query AND a.tenant_id = lotse_tenant() AND a.archived_at IS NULL
  ORDER BY rank DESC, a.updated_at DESC, a.id
  LIMIT p_limit
$$;
REVOKE ALL ON FUNCTION lotse_article_matches(tsquery, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lotse_article_matches(tsquery, int) TO lotse_app;
CREATE INDEX knowledge_articles_tags ON knowledge_articles USING gin (tags);
CREATE INDEX knowledge_articles_updated ON knowledge_articles (tenant_id, updated_at DESC);

CREATE TABLE knowledge_article_versions (
  tenant_id uuid NOT NULL,
  article_id uuid NOT NULL,
  version integer NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  tags text[] NOT NULL,
  edited_by uuid NOT NULL,
  edited_at timestamptz NOT NULL DEFAULT now(),
  note text NOT NULL DEFAULT '',
  PRIMARY KEY (tenant_id, article_id, version),
  FOREIGN KEY (tenant_id, article_id) REFERENCES knowledge_articles(tenant_id, id)
);

CREATE TABLE knowledge_questions (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  asked_by uuid NOT NULL,
  asked_at timestamptz NOT NULL DEFAULT now(),
  accepted_answer_id uuid,
  article_id uuid,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', body), 'B')
  ) STORED,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, asked_by) REFERENCES users(tenant_id, id)
);
CREATE INDEX knowledge_questions_search ON knowledge_questions USING gin (search);

CREATE TABLE knowledge_answers (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  question_id uuid NOT NULL,
  body text NOT NULL,
  answered_by uuid NOT NULL,
  answered_at timestamptz NOT NULL DEFAULT now(),
  search tsvector GENERATED ALWAYS AS (to_tsvector('german', body)) STORED,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, question_id) REFERENCES knowledge_questions(tenant_id, id),
  FOREIGN KEY (tenant_id, answered_by) REFERENCES users(tenant_id, id)
);
CREATE INDEX knowledge_answers_question ON knowledge_answers (tenant_id, question_id);
CREATE INDEX knowledge_answers_search ON knowledge_answers USING gin (search);

-- Onboarding: paths per audience (e.g. new ASD caseworkers), steps by week, who is on which path
-- with which mentor, and the steps they have done.
CREATE TABLE onboarding_paths (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  audience text NOT NULL,
  weeks integer NOT NULL CHECK (weeks BETWEEN 1 AND 52),
  PRIMARY KEY (tenant_id, id)
);
CREATE TABLE onboarding_steps (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  path_id uuid NOT NULL,
  position integer NOT NULL,
  week integer NOT NULL CHECK (week >= 1),
  kind text NOT NULL CHECK (kind IN ('article', 'law', 'task', 'meeting')),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  article_id uuid,
  law_ref text,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, path_id, position),
  FOREIGN KEY (tenant_id, path_id) REFERENCES onboarding_paths(tenant_id, id),
  FOREIGN KEY (tenant_id, article_id) REFERENCES knowledge_articles(tenant_id, id)
);
CREATE TABLE onboarding_assignments (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  path_id uuid NOT NULL,
  user_id uuid NOT NULL,
  mentor_id uuid,
  started_on date NOT NULL,
  assigned_by uuid NOT NULL,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, path_id, user_id),
  FOREIGN KEY (tenant_id, path_id) REFERENCES onboarding_paths(tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, mentor_id) REFERENCES users(tenant_id, id)
);
CREATE TABLE onboarding_progress (
  tenant_id uuid NOT NULL,
  assignment_id uuid NOT NULL,
  step_id uuid NOT NULL,
  done_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, assignment_id, step_id),
  FOREIGN KEY (tenant_id, assignment_id) REFERENCES onboarding_assignments(tenant_id, id),
  FOREIGN KEY (tenant_id, step_id) REFERENCES onboarding_steps(tenant_id, id)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['knowledge_articles', 'knowledge_article_versions', 'knowledge_questions',
    'knowledge_answers', 'onboarding_paths', 'onboarding_steps', 'onboarding_assignments', 'onboarding_progress']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant())', t);
  END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE ON knowledge_articles, knowledge_questions TO lotse_app;
GRANT SELECT, INSERT ON knowledge_article_versions, knowledge_answers, onboarding_assignments TO lotse_app;
GRANT SELECT, INSERT, UPDATE ON onboarding_paths TO lotse_app;
-- A step taken out of a path goes with its ticks (progress on a step that is no longer there means nothing).
GRANT SELECT, INSERT, UPDATE, DELETE ON onboarding_steps TO lotse_app;
GRANT SELECT, INSERT, DELETE ON onboarding_progress TO lotse_app;
