-- The law at hand: SGB VIII, SGB I, SGB X and KKG per paragraph and sentence (module law).
-- Reference data for every office (no tenant_id, no persons); written only by the import at start-up
-- (schema owner), read by everyone.
CREATE TABLE law_sources (
  book text PRIMARY KEY,
  source_hash text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE law_norms (
  book text NOT NULL,
  paragraph text NOT NULL,
  position integer NOT NULL,
  title text NOT NULL,
  context text[] NOT NULL DEFAULT '{}',
  body text NOT NULL,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('german', '§ ' || paragraph || ' ' || title), 'A') || setweight(to_tsvector('german', body), 'B')
  ) STORED,
  PRIMARY KEY (book, paragraph),
  UNIQUE (book, position)
);
CREATE INDEX law_norms_search ON law_norms USING gin (search);

CREATE TABLE law_sentences (
  book text NOT NULL,
  paragraph text NOT NULL,
  subsection text NOT NULL, -- '1', '2a'; '' when the paragraph has no numbered subsections
  sentence integer NOT NULL,
  position integer NOT NULL, -- order within the paragraph
  body text NOT NULL,
  search tsvector GENERATED ALWAYS AS (to_tsvector('german', body)) STORED,
  PRIMARY KEY (book, paragraph, subsection, sentence),
  FOREIGN KEY (book, paragraph) REFERENCES law_norms (book, paragraph) ON DELETE CASCADE
);

ALTER TABLE law_sources ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON law_sources FOR SELECT USING (true);
GRANT SELECT ON law_sources TO lotse_app;
ALTER TABLE law_norms ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON law_norms FOR SELECT USING (true);
GRANT SELECT ON law_norms TO lotse_app;
ALTER TABLE law_sentences ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON law_sentences FOR SELECT USING (true);
GRANT SELECT ON law_sentences TO lotse_app;
