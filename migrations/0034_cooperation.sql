-- Cooperation between offices (module cooperation). Several offices on one installation share a
-- space of publications (templates, good-practice articles, § 8a catalogues, never personal data:
-- the module checks before publishing) and a directory of experts and services in the region.
-- Both are GLOBAL: every office reads them. They name the office that wrote a row in
-- publisher_tenant / added_by_tenant (not tenant_id: these rows are not the office's own data, and
-- rls-catalogue.test.ts binds every tenant_id table to one office); row-level security lets an
-- office insert and change only rows that name itself. What an office took from the space and its
-- signing key for template packages are its own (tenant tables).

CREATE TABLE cooperation_publications (
  id uuid PRIMARY KEY,
  publisher_tenant uuid NOT NULL REFERENCES tenants(id),
  -- the office's name when it published (other offices cannot read the tenants row)
  publisher_office text NOT NULL CHECK (length(publisher_office) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('article', 'letter', 'checklist', 'goal_catalogue', 'protection_catalogue')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 500),
  tags text[] NOT NULL DEFAULT '{}',
  -- an article or template {title, kind, body, tags}, or a § 8a catalogue
  content jsonb NOT NULL,
  -- SHA-256 (hex) of the canonical JSON of content
  content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  -- where it came from in the publishing office: an article id, or catalogue id@version
  source_ref text NOT NULL,
  -- display name of the publisher's staff member (user ids are per office)
  published_by_name text NOT NULL,
  published_by uuid NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz,
  -- kept by lotse_cooperation_count_imports: offices read each other's imports nowhere else
  import_count integer NOT NULL DEFAULT 0,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('german', title), 'A') ||
    setweight(to_tsvector('german', lotse_words(tags)), 'A') ||
    setweight(to_tsvector('german', summary), 'B')
  ) STORED
);
CREATE INDEX cooperation_publications_listed ON cooperation_publications (published_at DESC) WHERE withdrawn_at IS NULL;
CREATE INDEX cooperation_publications_publisher ON cooperation_publications (publisher_tenant, published_at DESC);
CREATE INDEX cooperation_publications_search ON cooperation_publications USING gin (search);
-- One live publication per source in an office: publishing a changed version withdraws the old one.
CREATE UNIQUE INDEX cooperation_publications_source ON cooperation_publications (publisher_tenant, source_ref)
  WHERE withdrawn_at IS NULL;

CREATE TABLE cooperation_imports (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  id uuid NOT NULL,
  -- a publication of the shared space, or null for an item of a signed package
  publication_id uuid REFERENCES cooperation_publications(id),
  source text NOT NULL CHECK (source IN ('space', 'package')),
  source_office text NOT NULL,
  -- the signer's key fingerprint (packages)
  signer_fingerprint text,
  kind text NOT NULL,
  title text NOT NULL,
  content_hash text NOT NULL,
  local_article_id uuid,
  local_catalogue_id text,
  local_catalogue_version text,
  imported_by uuid NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, imported_by) REFERENCES users(tenant_id, id)
);
-- An office takes a publication once.
CREATE UNIQUE INDEX cooperation_imports_once ON cooperation_imports (tenant_id, publication_id)
  WHERE publication_id IS NOT NULL;
CREATE INDEX cooperation_imports_publication ON cooperation_imports (publication_id);

CREATE TABLE cooperation_directory (
  id uuid PRIMARY KEY,
  added_by_tenant uuid NOT NULL REFERENCES tenants(id),
  added_by_office text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('child_psychiatry', 'interpreting', 'experienced_professional',
    'family_court', 'counselling_centre', 'addiction_counselling', 'women_shelter', 'health_service',
    'police', 'school', 'early_help', 'other')),
  topics text[] NOT NULL DEFAULT '{}',
  -- ISO 639-1 codes (and dgs for German Sign Language)
  languages text[] NOT NULL DEFAULT '{}',
  region text NOT NULL DEFAULT '',
  postcodes text[] NOT NULL DEFAULT '{}',
  phone text,
  email text,
  address text,
  website text,
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('german', name), 'A') ||
    setweight(to_tsvector('german', lotse_words(topics)), 'A') ||
    setweight(to_tsvector('german', region || ' ' || coalesce(address, '')), 'B') ||
    setweight(to_tsvector('german', notes), 'C')
  ) STORED
);
CREATE INDEX cooperation_directory_search ON cooperation_directory USING gin (search);
CREATE INDEX cooperation_directory_topics ON cooperation_directory USING gin (topics);
CREATE INDEX cooperation_directory_languages ON cooperation_directory USING gin (languages);

-- The office's Ed25519 key pair for signed template packages; the private key sealed with the
-- office's data key (KeyRing), created on first use.
CREATE TABLE cooperation_keys (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  public_key text NOT NULL,
  private_key_enc bytea NOT NULL,
  fingerprint text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id)
);

ALTER TABLE cooperation_imports ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON cooperation_imports USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT ON cooperation_imports TO lotse_app;

ALTER TABLE cooperation_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON cooperation_keys USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT, INSERT ON cooperation_keys TO lotse_app;

-- Global: every office reads; an office inserts only as itself and withdraws only its own.
ALTER TABLE cooperation_publications ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON cooperation_publications FOR SELECT USING (true);
CREATE POLICY own_office_publishes ON cooperation_publications FOR INSERT
  WITH CHECK (publisher_tenant = lotse_tenant());
CREATE POLICY own_office_withdraws ON cooperation_publications FOR UPDATE
  USING (publisher_tenant = lotse_tenant()) WITH CHECK (publisher_tenant = lotse_tenant());
GRANT SELECT ON cooperation_publications TO lotse_app;
GRANT INSERT (id, publisher_tenant, publisher_office, kind, title, summary, tags, content, content_hash,
  source_ref, published_by_name, published_by) ON cooperation_publications TO lotse_app;
GRANT UPDATE (withdrawn_at) ON cooperation_publications TO lotse_app;

ALTER TABLE cooperation_directory ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON cooperation_directory FOR SELECT USING (true);
CREATE POLICY own_office_adds ON cooperation_directory FOR INSERT
  WITH CHECK (added_by_tenant = lotse_tenant());
CREATE POLICY own_office_edits ON cooperation_directory FOR UPDATE
  USING (added_by_tenant = lotse_tenant()) WITH CHECK (added_by_tenant = lotse_tenant());
GRANT SELECT ON cooperation_directory TO lotse_app;
GRANT INSERT (id, added_by_tenant, added_by_office, name, kind, topics, languages, region, postcodes,
  phone, email, address, website, notes) ON cooperation_directory TO lotse_app;
GRANT UPDATE (name, kind, topics, languages, region, postcodes, phone, email, address, website, notes,
  updated_at) ON cooperation_directory TO lotse_app;

-- A publication's import count across offices: recounted from the imports (which each office sees
-- only of its own), so calling it can never inflate the number.
CREATE FUNCTION lotse_cooperation_count_imports(p_publication_id uuid) RETURNS integer
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  UPDATE cooperation_publications
     SET import_count = (SELECT count(*) FROM cooperation_imports WHERE publication_id = p_publication_id)
   WHERE id = p_publication_id
  RETURNING import_count
$$;
REVOKE ALL ON FUNCTION lotse_cooperation_count_imports(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lotse_cooperation_count_imports(uuid) TO lotse_app;
