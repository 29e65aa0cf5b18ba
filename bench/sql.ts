// Set-based SQL of the generator. Offices are numbered t = 1…T, cases n = 1…C per office. Office-level
// ids (office, areas, teams, users) come from bench_id(kind, t, n) and sit in arrays in bench_office;
// cases, persons and entries get random UUIDs, kept in the staging tables bench_case / bench_person.
import { benchId } from './common.js';
import type { entryTitles as EntryTitles, NameGroup } from './names.js';

export const tenantId = (t: number) => benchId('tenant', t, 0);

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const arr = (list: string[]) => `ARRAY[${list.map(lit).join(', ')}]::text[]`;

export const sessionSettings = `
  SET synchronous_commit = off;
  SET maintenance_work_mem = '1GB';
  SET work_mem = '256MB';
  SET max_parallel_maintenance_workers = 2;
  -- The generated rows are consistent by construction: skip the per-row foreign-key triggers.
  SET session_replication_role = replica;`;

/** Help types of ASD cases with their cumulative share (the rest: § 18). */
const asdHelpTypes: [string, number][] = [
  ['p31_spfh', 0.18],
  ['p28_educational_counselling', 0.32],
  ['p34_residential_care', 0.45],
  ['counselling', 0.55],
  ['p8a_child_protection', 0.64],
  ['p30_educational_assistant', 0.71],
  ['p33_foster_care', 0.78],
  ['p35a_integration_help', 0.84],
  ['p41_young_adults', 0.88],
  ['p32_day_group', 0.91],
  ['p27_flexible', 0.93],
  ['p35_intensive_individual', 0.95],
  ['p29_social_group_work', 0.96],
  ['p42_emergency_custody', 0.98],
  ['p19_parent_child_home', 0.985],
  ['p16_family_education', 0.99],
  ['p17_separation_counselling', 0.995],
];

const helpLabels: Record<string, string> = {
  p31_spfh: 'SPFH',
  p28_educational_counselling: 'Erziehungsberatung',
  p34_residential_care: 'Heimerziehung',
  counselling: 'Beratung',
  p8a_child_protection: 'Meldung § 8a',
  p30_educational_assistant: 'Erziehungsbeistand',
  p33_foster_care: 'Vollzeitpflege',
  p35a_integration_help: 'Eingliederungshilfe',
  p41_young_adults: 'Hilfe für junge Volljährige',
  p32_day_group: 'Tagesgruppe',
  p27_flexible: 'Flexible Hilfe',
  p35_intensive_individual: 'Intensive Einzelbetreuung',
  p29_social_group_work: 'Soziale Gruppenarbeit',
  p42_emergency_custody: 'Inobhutnahme',
  p42a_uma_custody: 'Vorläufige Inobhutnahme',
  p19_parent_child_home: 'Mutter-Kind-Einrichtung',
  p16_family_education: 'Familienbildung',
  p17_separation_counselling: 'Trennungsberatung',
  p18_custody_counselling: 'Umgangsberatung',
};

export function helpers(groups: NameGroup[], streets: string[], titles: typeof EntryTitles): string {
  const total = groups.reduce((s, g) => s + g.weight, 0);
  let acc = 0;
  const nameRows = groups.map((g, i) => {
    const lo = acc / total;
    acc += g.weight;
    return `(${i + 1}, ${lit(g.language)}, ${lo}, ${acc / total}, ${arr(g.female)}, ${arr(g.male)}, ${arr(g.last)})`;
  });
  const helpRows = Object.entries(helpLabels).map(([code, label]) => `(${lit(code)}, ${lit(label)})`);
  const titleCase = Object.entries(titles)
    .map(([kind, list]) => `WHEN ${lit(kind)} THEN bench_pick(${arr(list)}, i)`)
    .join(' ');
  return `
    CREATE FUNCTION bench_id(kind text, t int, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT overlay(overlay(md5(kind || ':' || t || ':' || n) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$;
    CREATE FUNCTION bench_pick(list text[], i bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT list[1 + abs(i) % array_length(list, 1)] $$;
    CREATE FUNCTION bench_postcode(t int, area int, i int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT (10000 + t * 100 + area * 10 + 1 + 2 * i)::text $$;
    CREATE FUNCTION bench_street(i bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT bench_pick(${arr(streets)}, i) $$;
    CREATE FUNCTION bench_entry_title(kind text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT CASE kind ${titleCase} END $$;
    CREATE UNLOGGED TABLE bench_names (g int PRIMARY KEY, language text, lo float8, hi float8,
      female text[], male text[], last text[]);
    INSERT INTO bench_names VALUES ${nameRows.join(',\n')};
    CREATE UNLOGGED TABLE bench_help (code text PRIMARY KEY, label text);
    INSERT INTO bench_help VALUES ${helpRows.join(', ')};
    CREATE UNLOGGED TABLE bench_placeholder (t int PRIMARY KEY, body bytea NOT NULL);
    CREATE UNLOGGED TABLE bench_entry_id (t int, n int, i int, id uuid, PRIMARY KEY (t, n, i));
    CREATE UNLOGGED TABLE bench_cipher (id uuid PRIMARY KEY, body bytea NOT NULL);`;
}

export const dropHelpers = `
  DROP TABLE bench_case, bench_person, bench_office, bench_placeholder, bench_entry_id, bench_cipher, bench_names,
    bench_help;
  DROP FUNCTION bench_entry_title, bench_street, bench_postcode, bench_pick, bench_id;`;

/** Plain indexes (not behind a constraint): dropped before the load, rebuilt after it. */
export const secondaryIndexes = `
  SELECT format('%I', ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS def
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_class c ON c.oid = i.indrelid
  JOIN pg_namespace ns ON ns.oid = c.relnamespace
  WHERE ns.nspname = 'public' AND c.relname NOT LIKE 'bench\\_%'
    AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`;

// Offices: 6–8 teams (k): 1–4 ASD per social area, 5 UMA, 6 WiJu, 7 foster care service, 8 a second ASD Mitte.
export const offices = `
  WITH ins_tenants AS (
    INSERT INTO tenants (id, slug, name, crisis_phone)
    SELECT bench_id('tenant', t, 0), 'bench-' || lpad(t::text, 2, '0'),
      'Jugendamt Beispielkreis ' || lpad(t::text, 2, '0'), '0800 000 00 ' || lpad(t::text, 2, '0')
    FROM generate_series(1, $1::int) t
    RETURNING 1
  ), ins_areas AS (
    INSERT INTO social_areas (tenant_id, id, code, name, postcodes)
    SELECT bench_id('tenant', t, 0), bench_id('area', t, a), (ARRAY['NORD', 'SUED', 'MITTE', 'OST'])[a],
      (ARRAY['Nord', 'Süd', 'Mitte', 'Ost'])[a], ARRAY[bench_postcode(t, a, 0), bench_postcode(t, a, 1)]
    FROM generate_series(1, $1::int) t, generate_series(1, 4) a
    RETURNING 1
  ), ins_teams AS (
    INSERT INTO teams (tenant_id, id, name, kind, social_area_id)
    SELECT bench_id('tenant', t, 0), bench_id('team', t, k),
      (ARRAY['ASD Nord', 'ASD Süd', 'ASD Mitte', 'ASD Ost', 'UMA', 'Wirtschaftliche Jugendhilfe',
             'Pflegekinderdienst', 'ASD Mitte II'])[k],
      (ARRAY['asd', 'asd', 'asd', 'asd', 'uma', 'wiju', 'other', 'asd'])[k],
      CASE WHEN k <= 4 THEN bench_id('area', t, k) WHEN k = 8 THEN bench_id('area', t, 3) END
    FROM generate_series(1, $1::int) t, generate_series(1, 6 + t % 3) k
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM ins_tenants) + (SELECT count(*) FROM ins_areas) + (SELECT count(*) FROM ins_teams)`;

/** The office-level ids as arrays: areas[a], teams[k], users[u + 1] (u = 0 is the bench user). */
export const officeIds = `
  CREATE UNLOGGED TABLE bench_office AS
  SELECT t, bench_id('tenant', t, 0) AS tenant_id,
    ARRAY(SELECT bench_id('area', t, a) FROM generate_series(1, 4) a ORDER BY a) AS areas,
    ARRAY(SELECT bench_id('team', t, k) FROM generate_series(1, 8) k ORDER BY k) AS teams,
    ARRAY(SELECT bench_id('user', t, u) FROM generate_series(0, 40) u ORDER BY u) AS users
  FROM generate_series(1, $1::int) t`;

// Users u = 1…40 per office; user k leads team k; member of team (u-1) % teams + 1. u = 0 is the
// bench user, a caseworker in team 1, the busiest.
export const users = `
  WITH ins_users AS (
    INSERT INTO users (tenant_id, id, username, display_name, email, password_hash, mfa_enabled, roles)
    SELECT bench_id('tenant', t, 0), bench_id('user', t, u),
      CASE WHEN u = 0 THEN 'bench.asd' || t ELSE 'fk' || t || '.' || u END,
      CASE WHEN u = 0 THEN 'Bench-Fachkraft ' || t
        ELSE bench_pick(CASE WHEN u % 2 = 0 THEN nm.female ELSE nm.male END, u * 7 + t) || ' ' ||
             bench_pick(nm.last, u * 13 + t) END,
      'fk' || t || '.' || u || '@beispielkreis.example', $2, false,
      CASE WHEN u BETWEEN 1 AND 6 + t % 3 THEN ARRAY['team_lead', 'caseworker'] ELSE ARRAY['caseworker'] END
    FROM generate_series(1, $1::int) t, generate_series(0, 40) u, bench_names nm
    WHERE nm.g = 1
    RETURNING 1
  ), ins_members AS (
    INSERT INTO team_memberships (tenant_id, team_id, user_id, lead)
    SELECT bench_id('tenant', t, 0), bench_id('team', t, CASE WHEN u = 0 THEN 1 ELSE (u - 1) % (6 + t % 3) + 1 END),
      bench_id('user', t, u), u BETWEEN 1 AND 6 + t % 3
    FROM generate_series(1, $1::int) t, generate_series(0, 40) u
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM ins_users) + (SELECT count(*) FROM ins_members)`;

const asdHelpCase = `CASE ${asdHelpTypes.map(([code, upTo]) => `WHEN r4 < ${upTo} THEN ${lit(code)}`).join(' ')} ELSE 'p18_custody_counselling' END`;

// One row per case with every random choice, so the real tables agree with each other.
// Team k's members are users k + teams·j (j < m): the caseworker is one of them.
export function stageCases(groups: NameGroup[]): string {
  const total = groups.reduce((s, g) => s + g.weight, 0);
  let acc = 0;
  const groupCase = `CASE ${groups
    .map((g, i) => {
      acc += g.weight;
      return `WHEN r8 < ${acc / total} THEN ${i + 1}`;
    })
    .join(' ')} ELSE 1 END`;
  return `
  CREATE UNLOGGED TABLE bench_case AS
  SELECT s.*, ARRAY(SELECT gen_random_uuid() FROM generate_series(1, s.np)) AS person_ids FROM (
  WITH raw AS (
    SELECT t, n, 6 + t % 3 AS nt, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
      random() AS r5, random() AS r6, random() AS r7, random() AS r8
    FROM generate_series(1, $1::int) t, generate_series(1, $2::int) n
  ), teamed AS (
    SELECT *, CASE WHEN k0 > nt THEN 1 + n % 4 ELSE k0 END AS team_k
    FROM (SELECT *, CASE WHEN r1 < 0.24 THEN 1 WHEN r1 < 0.42 THEN 2 WHEN r1 < 0.58 THEN 3 WHEN r1 < 0.72 THEN 4
                         WHEN r1 < 0.80 THEN 5 WHEN r1 < 0.86 THEN 6 WHEN r1 < 0.93 THEN 7 ELSE 8 END AS k0
          FROM raw) x
  ), statused AS (
    SELECT *, (40 - team_k) / nt + 1 AS m,
      CASE WHEN r3 < 0.55 THEN 'closed' WHEN r3 < 0.77 THEN 'running' WHEN r3 < 0.82 THEN 'review'
           WHEN r3 < 0.88 THEN 'planning' WHEN r3 < 0.94 THEN 'clarification' ELSE 'inquiry' END AS status
    FROM teamed
  ), dated AS (
    SELECT *, CASE WHEN status = 'closed' THEN now() - (30 + r6 * 2900) * interval '1 day'
                   ELSE now() - (r6 * r6 * 900 + 1) * interval '1 day' END AS opened_at
    FROM statused
  )
  SELECT t, n, gen_random_uuid() AS id, nt, team_k, m, floor(r2 * m)::int AS cw_j,
    CASE WHEN status = 'inquiry' AND n % 10 = 0 THEN NULL ELSE team_k + nt * floor(r2 * m)::int END AS cw_u,
    status,
    CASE WHEN status = 'inquiry' AND r5 < 0.5 THEN NULL
         WHEN team_k = 5 THEN CASE WHEN r4 < 0.3 THEN 'p42a_uma_custody' WHEN r4 < 0.8 THEN 'p34_residential_care'
                                   ELSE 'p41_young_adults' END
         WHEN team_k = 6 THEN CASE WHEN r4 < 0.5 THEN 'p33_foster_care' ELSE 'p34_residential_care' END
         WHEN team_k = 7 THEN 'p33_foster_care'
         ELSE ${asdHelpCase} END AS help_type,
    CASE WHEN team_k <= 4 THEN team_k WHEN team_k = 8 THEN 3 ELSE 1 + n % 4 END AS area,
    ${groupCase} AS g,
    CASE WHEN team_k = 5 THEN 1 ELSE 1 + (n * 7 + t) % 4 END AS np,
    1 + (n * 11 + t) % 5 AS ne,
    opened_at,
    CASE WHEN status = 'closed' THEN opened_at + r7 * least(now() - opened_at - interval '1 day', interval '700 days')
         ELSE now() - r7 * r7 * r7 * (now() - opened_at) END AS updated_at
  FROM dated) s`;
}

// Persons k = 1…np: 1 child, 2 mother, 3 father, 4 a sibling.
export const stagePersons = `
  CREATE UNLOGGED TABLE bench_person AS
  SELECT t, n, k, id, case_id, gender, role,
    bench_pick(CASE WHEN gender = 'female' THEN female ELSE male END, n * 13 + k) AS first_name,
    CASE WHEN k = 3 AND n % 3 = 0 THEN bench_pick(last, n + 1) ELSE bench_pick(last, n) END AS last_name,
    birth_date,
    CASE WHEN role = 'parent' THEN ARRAY[language] WHEN language = 'de' THEN ARRAY['de']
         ELSE ARRAY[language, 'de'] END AS languages,
    area
  FROM (
    SELECT c.t, c.n, k, c.person_ids[k] AS id, c.id AS case_id, nm.female, nm.male, nm.last, nm.language, c.area,
      CASE k WHEN 1 THEN CASE WHEN c.n % 97 = 0 THEN 'diverse' WHEN c.n % 2 = 0 THEN 'female' ELSE 'male' END
             WHEN 2 THEN 'female' WHEN 3 THEN 'male'
             ELSE CASE WHEN c.n % 3 = 0 THEN 'female' ELSE 'male' END END AS gender,
      CASE WHEN k IN (1, 4) THEN 'child' ELSE 'parent' END AS role,
      (c.opened_at - (CASE WHEN k IN (1, 4) THEN CASE WHEN c.team_k = 5 THEN 14 + c.n % 4 ELSE (c.n * k) % 17 END
                           ELSE 24 + (c.n * k) % 22 END * 365 + (c.n * 31 + k) % 365) * interval '1 day')::date
        AS birth_date
    FROM bench_case c
    JOIN bench_names nm ON nm.g = c.g
    CROSS JOIN LATERAL generate_series(1, c.np) k
  ) p`;

export const cases = `
  INSERT INTO cases (tenant_id, id, reference, legacy_title, title_enc, search_tokens, help_type, status, team_id,
                     caseworker_id, social_area_id, opened_at, closed_at, updated_at)
  SELECT o.tenant_id, c.id, x.ref,
    -- The bench users' team (1) gets its titles in plaintext here, sealed by the server's own
    -- sealLegacyPlaintext afterwards; the other teams' cases, which no bench user opens, a placeholder.
    CASE WHEN c.team_k = 1 THEN x.title END, CASE WHEN c.team_k <> 1 THEN ph.body END,
    CASE WHEN c.team_k <> 1 THEN '{}'::text[] END,
    c.help_type, c.status, o.teams[c.team_k], o.users[c.cw_u + 1],
    o.areas[c.area], c.opened_at,
    CASE WHEN c.status = 'closed' THEN c.updated_at END, c.updated_at
  FROM bench_case c
  JOIN bench_office o ON o.t = c.t
  JOIN bench_placeholder ph ON ph.t = c.t
  JOIN (SELECT t, n, (array_agg(first_name || ' ' || last_name ORDER BY k))[1] AS first_person
        FROM bench_person GROUP BY t, n) p ON p.t = c.t AND p.n = c.n
  LEFT JOIN bench_help h ON h.code = c.help_type
  CROSS JOIN LATERAL (
    SELECT to_char(c.opened_at, 'YYYY') || '-' || (ARRAY['NORD', 'SUED', 'MITTE', 'OST'])[c.area] || '-' ||
             lpad(c.n::text, 6, '0') AS ref,
           p.first_person || ' – ' || coalesce(h.label, 'Anfrage') AS title
  ) x`;

export const persons = `
  INSERT INTO persons (tenant_id, id, legacy_first_name, legacy_last_name, birth_date, gender, languages,
                       legacy_street, legacy_house_number, legacy_postcode, legacy_city, personal_enc, social_area_id,
                       created_at)
  SELECT o.tenant_id, p.id, CASE WHEN b THEN first_name END, CASE WHEN b THEN last_name END, birth_date, gender,
    languages, CASE WHEN b THEN bench_street(p.n) END, CASE WHEN b THEN (1 + p.n % 120)::text END,
    CASE WHEN b THEN bench_postcode(p.t, p.area, (p.n % 2)::int) END,
    CASE WHEN b THEN 'Beispielkreis ' || lpad(p.t::text, 2, '0') END, CASE WHEN NOT b THEN ph.body END,
    o.areas[p.area], now()
  FROM bench_person p
  JOIN bench_office o ON o.t = p.t
  JOIN bench_placeholder ph ON ph.t = p.t
  JOIN bench_case c ON c.t = p.t AND c.n = p.n
  CROSS JOIN LATERAL (SELECT c.team_k = 1 AS b) team`;

export const casePersons = `
  INSERT INTO case_persons (tenant_id, case_id, person_id, role)
  SELECT o.tenant_id, p.case_id, p.id, p.role FROM bench_person p JOIN bench_office o ON o.t = p.t`;

// "from is <kind> of to" between the persons k of a case: mother and father are parents of the
// children (1, 4), the children siblings, the parents of every second case partners.
export const relations = `
  INSERT INTO relations (tenant_id, id, from_person_id, to_person_id, kind)
  SELECT o.tenant_id, gen_random_uuid(), c.person_ids[r.a], c.person_ids[r.b], r.kind
  FROM bench_case c
  JOIN bench_office o ON o.t = c.t
  CROSS JOIN (VALUES (2, 1, 'parent'), (3, 1, 'parent'), (2, 4, 'parent'), (3, 4, 'parent'), (1, 4, 'sibling'),
                     (2, 3, 'partner')) r(a, b, kind)
  WHERE r.a <= c.np AND r.b <= c.np AND (r.kind <> 'partner' OR c.n % 2 = 0)`;

export const deputies = `
  INSERT INTO case_deputies (tenant_id, case_id, user_id)
  SELECT o.tenant_id, c.id, o.users[c.team_k + c.nt * ((c.cw_j + 1) % c.m) + 1]
  FROM bench_case c JOIN bench_office o ON o.t = c.t
  WHERE c.n % 20 = 0 AND c.m > 1`;

export const tasks = `
  INSERT INTO tasks (tenant_id, id, case_id, legacy_title, title_enc, due_on, assignee_id, created_by, created_at)
  SELECT o.tenant_id, gen_random_uuid(), c.id,
    CASE WHEN c.team_k = 1 THEN
      bench_pick(ARRAY['Hilfeplangespräch vorbereiten', 'Bericht des Trägers anfordern', 'Hausbesuch dokumentieren',
                       'Rückruf Schule', 'Fortschreibung des Hilfeplans'], c.n) END,
    CASE WHEN c.team_k <> 1 THEN ph.body END,
    current_date + (c.n % 31 - 10)::int, o.users[coalesce(c.cw_u, c.team_k) + 1],
    o.users[coalesce(c.cw_u, c.team_k) + 1], c.updated_at
  FROM bench_case c JOIN bench_office o ON o.t = c.t JOIN bench_placeholder ph ON ph.t = c.t
  WHERE c.status <> 'closed'`;

/** Ids for the entries in team 1, the bench users' team: they get real ciphertexts. */
export const stageBenchTeamEntryIds = `
  INSERT INTO bench_entry_id (t, n, i, id)
  SELECT c.t, c.n, i, gen_random_uuid() FROM bench_case c, generate_series(1, c.ne) i WHERE c.team_k = 1`;

export const entries = `
  INSERT INTO case_entries (tenant_id, id, case_id, kind, occurred_at, author_id, legacy_title, title_enc, body_enc,
                            entrusted_to, created_at)
  SELECT o.tenant_id, coalesce(b.id, gen_random_uuid()), c.id, e.kind, e.at, o.users[e.author_u + 1],
    CASE WHEN b.id IS NOT NULL THEN bench_entry_title(e.kind, c.n + e.i) END,
    CASE WHEN b.id IS NULL THEN ph.body END, coalesce(x.body, ph.body),
    CASE WHEN (c.n * 8 + e.i) % 211 = 0 THEN o.users[e.author_u + 1] END, e.at
  FROM bench_case c
  JOIN bench_office o ON o.t = c.t
  JOIN bench_placeholder ph ON ph.t = c.t
  CROSS JOIN LATERAL (
    SELECT i,
      CASE WHEN i = 1 THEN 'contact' WHEN i = c.ne AND c.status <> 'inquiry' THEN 'status_change'
           ELSE (ARRAY['note', 'contact', 'decision'])[1 + (c.n + i) % 3] END AS kind,
      c.opened_at + (c.updated_at - c.opened_at) * ((i - 1)::float8 / greatest(c.ne - 1, 1)) AS at,
      coalesce(c.cw_u, c.team_k) AS author_u
    FROM generate_series(1, c.ne) i
  ) e
  LEFT JOIN bench_entry_id b ON b.t = c.t AND b.n = c.n AND b.i = e.i
  LEFT JOIN bench_cipher x ON x.id = b.id`;

export const report = `
  SELECT c.relname AS name, c.reltuples::bigint::text AS rows, pg_size_pretty(pg_total_relation_size(c.oid)) AS size
  FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
  WHERE ns.nspname = 'public' AND c.relkind = 'r' AND pg_total_relation_size(c.oid) > 65536
  ORDER BY pg_total_relation_size(c.oid) DESC`;
