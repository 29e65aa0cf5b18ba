-- Providers (freie Träger), module providers: organisations, their facilities and offers, and free
-- places. This data is GLOBAL: one provider serves several offices, and every office it serves sees
-- the same facilities and the same free places (ARCHITECTURE "Scale path": replicated read-only to the
-- shards). It holds no personal data. An office sees a provider when it has it in provider_offices;
-- provider staff are user accounts of an office, linked to their organisation in provider_staff.
-- Writes to the global tables are bound by row-level security to the providers the office's
-- provider staff belong to; the module checks the single staff member on top.
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

CREATE TABLE providers (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  legal_form text,
  email text,
  phone text,
  website text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE provider_facilities (
  id uuid PRIMARY KEY,
  provider_id uuid NOT NULL REFERENCES providers(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  street text,
  postcode text NOT NULL,
  city text NOT NULL,
  latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  -- the point on the earth's surface (earthdistance), stored so a search need not compute it per row
  location earth GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED,
  -- where the facility works, in words ("Musterstadt und Landkreis Musterland")
  service_area text,
  phone text,
  email text,
  capacity integer NOT NULL CHECK (capacity BETWEEN 0 AND 10000),
  free_places integer NOT NULL DEFAULT 0,
  reserved_places integer NOT NULL DEFAULT 0,
  -- when provider staff last confirmed the numbers (null: never)
  confirmed_at timestamptz,
  CHECK (free_places >= 0 AND reserved_places >= 0 AND free_places + reserved_places <= capacity)
);
CREATE INDEX provider_facilities_provider ON provider_facilities (provider_id);
CREATE INDEX provider_facilities_free ON provider_facilities (id) WHERE free_places > 0;

CREATE TABLE provider_offers (
  id uuid PRIMARY KEY,
  facility_id uuid NOT NULL REFERENCES provider_facilities(id),
  provider_id uuid NOT NULL REFERENCES providers(id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  -- help type codes of the contract (enums.ts helpTypes)
  help_types text[] NOT NULL CHECK (cardinality(help_types) BETWEEN 1 AND 10),
  setting text NOT NULL CHECK (setting IN ('ambulant', 'teilstationaer', 'stationaer')),
  age_min smallint NOT NULL CHECK (age_min BETWEEN 0 AND 27),
  age_max smallint NOT NULL CHECK (age_max BETWEEN 0 AND 27),
  -- empty: every gender
  genders text[] NOT NULL DEFAULT '{}',
  -- controlled vocabulary (providers.ts specialisations)
  specialisations text[] NOT NULL DEFAULT '{}',
  -- ISO 639-1 codes of the languages the team speaks
  languages text[] NOT NULL DEFAULT '{}',
  fee_agreement_ref text,
  active boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (age_min <= age_max)
);
CREATE INDEX provider_offers_facility ON provider_offers (facility_id);
CREATE INDEX provider_offers_help_types ON provider_offers USING gin (help_types) WHERE active;

-- Every confirmation of free places, append-only: waiting times and bottlenecks for planning.
CREATE TABLE facility_availability_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  facility_id uuid NOT NULL REFERENCES provider_facilities(id),
  free_places integer NOT NULL CHECK (free_places >= 0),
  reserved_places integer NOT NULL CHECK (reserved_places >= 0),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  -- the office account that confirmed (users are keyed per office; no foreign key across offices)
  recorded_in_tenant uuid,
  recorded_by uuid
);
CREATE INDEX facility_availability_log_facility ON facility_availability_log (facility_id, recorded_at);

-- Postcode centroids for distances ("12 km from the family's postcode"); reference data, no persons.
CREATE TABLE postcode_locations (
  postcode text PRIMARY KEY CHECK (postcode ~ '^[0-9]{5}$'),
  place text NOT NULL,
  latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180)
);

-- Which providers serve this office (its contract partners): the office searches only these.
CREATE TABLE provider_offices (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  provider_id uuid NOT NULL REFERENCES providers(id),
  since date NOT NULL DEFAULT current_date,
  PRIMARY KEY (tenant_id, provider_id)
);
CREATE INDEX provider_offices_provider ON provider_offices (provider_id);

-- Provider staff accounts of this office and their organisation; "admin" may edit its offers.
CREATE TABLE provider_staff (
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  provider_id uuid NOT NULL,
  provider_role text NOT NULL CHECK (provider_role IN ('admin', 'staff')),
  PRIMARY KEY (tenant_id, user_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users(tenant_id, id),
  FOREIGN KEY (tenant_id, provider_id) REFERENCES provider_offices(tenant_id, provider_id)
);
CREATE INDEX provider_staff_provider ON provider_staff (tenant_id, provider_id);

ALTER TABLE provider_offices ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON provider_offices USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT ON provider_offices TO lotse_app;
ALTER TABLE provider_staff ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON provider_staff USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
GRANT SELECT ON provider_staff TO lotse_app;

-- Global tables: everyone reads; the office writes only for providers its provider staff belong to
-- (provider_staff is itself bound to the office by its policy).
ALTER TABLE providers ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON providers FOR SELECT USING (true);
GRANT SELECT ON providers TO lotse_app;

ALTER TABLE provider_facilities ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON provider_facilities FOR SELECT USING (true);
CREATE POLICY own_provider ON provider_facilities FOR UPDATE
  USING (EXISTS (SELECT 1 FROM provider_staff s WHERE s.provider_id = provider_facilities.provider_id))
  WITH CHECK (EXISTS (SELECT 1 FROM provider_staff s WHERE s.provider_id = provider_facilities.provider_id));
GRANT SELECT ON provider_facilities TO lotse_app;
GRANT UPDATE (free_places, reserved_places, confirmed_at) ON provider_facilities TO lotse_app;

ALTER TABLE provider_offers ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON provider_offers FOR SELECT USING (true);
CREATE POLICY own_provider ON provider_offers FOR UPDATE
  USING (EXISTS (SELECT 1 FROM provider_staff s WHERE s.provider_id = provider_offers.provider_id AND s.provider_role = 'admin'))
  WITH CHECK (EXISTS (SELECT 1 FROM provider_staff s WHERE s.provider_id = provider_offers.provider_id AND s.provider_role = 'admin'));
GRANT SELECT ON provider_offers TO lotse_app;
GRANT UPDATE (title, description, help_types, age_min, age_max, genders, specialisations, languages, active, updated_at)
  ON provider_offers TO lotse_app;

ALTER TABLE facility_availability_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON facility_availability_log FOR SELECT USING (true);
CREATE POLICY own_provider ON facility_availability_log FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM provider_staff s JOIN provider_facilities f ON f.provider_id = s.provider_id
                       WHERE f.id = facility_availability_log.facility_id));
GRANT SELECT, INSERT ON facility_availability_log TO lotse_app;

ALTER TABLE postcode_locations ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON postcode_locations FOR SELECT USING (true);
GRANT SELECT ON postcode_locations TO lotse_app;
