// Set-based SQL of the generator. Offices are numbered t = 1…T, cases n = 1…C per office. Office-level
// ids (office, areas, teams, users) come from bench_id(kind, t, n) and sit in arrays in bench_office;
// cases, persons and entries get random UUIDs, kept in the staging tables bench_case / bench_person.

import { EDUCATIONAL_HELP_TYPES } from '../apps/server/src/modules/planning/index.js';
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

// ---------- Planning data (help plans, § 8a procedures, placements, feedback, planners) ----------

export const dropPlanningHelpers = 'DROP TABLE IF EXISTS bench_plan, bench_inquiry';

/** A planner per office: `bench.plan<N>`, role planner, in no team. */
export const planners = `
  INSERT INTO users (tenant_id, id, username, display_name, email, password_hash, mfa_enabled, roles)
  SELECT bench_id('tenant', t, 0), bench_id('planner', t, 0), 'bench.plan' || t, 'Bench-Jugendhilfeplanung ' || t,
    'plan' || t || '@beispielkreis.example', $2, false, ARRAY['planner']
  FROM generate_series(1, $1::int) t`;

/**
 * Register figures per year, social area and age group: about 50 000 young people under 21 per
 * social area (~1 M inhabitants per office, so that the take-up per 10 000 comes out near the
 * national figures), growing slightly over the years.
 */
export const population = `
  INSERT INTO planning_population (tenant_id, year, social_area, age_group, population)
  SELECT bench_id('tenant', t, 0), y, (ARRAY['NORD', 'SUED', 'MITTE', 'OST'])[a], g.grp,
    round(g.years * (2300 + 200 * a + 50 * t) * (1 + (y - extract(year FROM now())::int) * 0.01))::int
  FROM generate_series(1, $1::int) t, generate_series(1, 4) a,
    generate_series(extract(year FROM now())::int - 9, extract(year FROM now())::int) y,
    (VALUES ('0-3', 3), ('3-6', 3), ('6-9', 3), ('9-12', 3), ('12-14', 2), ('14-16', 2), ('16-18', 2),
            ('18-21', 3)) g(grp, years)`;

/**
 * One help plan with one final version for every case that had an educational help (running, in
 * review or closed). The plaintext columns are set here; the sealed content is written per office
 * by the generator (really encrypted). Reviews: six-monthly, 8 % of the running ones overdue.
 */
export const stagePlans = `
  CREATE UNLOGGED TABLE bench_plan AS
  SELECT x.t, x.n, x.plan_id, x.case_id, x.tenant_id, x.help_type, x.status, x.author, x.starts_on,
    CASE WHEN x.status = 'closed' THEN greatest(x.closed_on, x.starts_on) END AS ends_on,
    CASE WHEN x.status <> 'closed' AND x.r1 < 0.08 THEN greatest(current_date - (1 + x.n % 60), x.starts_on)
         WHEN x.status <> 'closed' THEN (x.starts_on + make_interval(months => 6 * ((current_date - x.starts_on) / 183 + 1)))::date
         ELSE (x.starts_on + interval '6 months')::date END AS review_on,
    greatest(x.starts_on::timestamptz - interval '5 days', x.opened_at) AS created_at
  FROM (
    SELECT c.t, c.n, gen_random_uuid() AS plan_id, c.id AS case_id, o.tenant_id, c.help_type, c.status,
      o.users[coalesce(c.cw_u, c.team_k) + 1] AS author, c.opened_at, c.updated_at::date AS closed_on,
      least(c.opened_at::date + (c.n % 21)::int,
            CASE WHEN c.status = 'closed' THEN c.updated_at::date ELSE current_date END) AS starts_on,
      random() AS r1
    FROM bench_case c JOIN bench_office o ON o.t = c.t
    WHERE c.status IN ('running', 'review', 'closed') AND c.help_type = ANY(${arr([...EDUCATIONAL_HELP_TYPES])})
  ) x;
  CREATE INDEX ON bench_plan (plan_id);
  CREATE INDEX ON bench_plan (t)`;

export const helpPlans = `
  INSERT INTO help_plans (tenant_id, id, case_id, created_by, created_at)
  SELECT tenant_id, plan_id, case_id, author, created_at FROM bench_plan`;

/** The plaintext facts of one office's plans, for the generator to write their sealed content. */
export const plansOfOffice = `
  SELECT plan_id, help_type, status, starts_on::text AS starts_on, ends_on::text AS ends_on,
    review_on::text AS review_on
  FROM bench_plan WHERE t = $1`;

/** The final version 1 of a batch of plans: ids and their sealed content from the generator. */
export const planVersions = `
  INSERT INTO help_plan_versions (tenant_id, plan_id, version, status, content_enc, help_type, starts_on, ends_on,
                                  review_on, created_by, created_at, finalized_by, finalized_at)
  SELECT p.tenant_id, p.plan_id, 1, 'final', x.body, p.help_type, p.starts_on, p.ends_on, p.review_on, p.author,
    p.created_at, p.author, p.created_at
  FROM unnest($1::uuid[], $2::bytea[]) x(id, body) JOIN bench_plan p ON p.plan_id = x.id`;

/**
 * § 8a procedures for ~4 % of the cases: 45 % of the child-protection cases and 1 % of all others.
 * Closed when the case is closed or the report is older than 60 days (then with result and
 * sign-off by a second person); open ones are partly overdue. The sealed columns hold the office's
 * placeholder ciphertext (the planning job does not open them).
 */
export const protection = `
  INSERT INTO protection_procedures (tenant_id, id, case_id, child_person_id, status, received_at, received_by, urgency,
    first_contact_due_at, first_contact_at, hint_sources, provider_report, report_enc, checklist_enc, participant_ids,
    result, endangerment_types, follow_up_on, open_task_due_dates, outcome_enc, proposed_by, proposed_at,
    signed_off_by, signed_off_at, created_at, closed_at)
  SELECT o.tenant_id, gen_random_uuid(), y.id, y.person_ids[1], y.pstatus, y.received_at, o.users[y.author + 1],
    y.urgency, y.received_at + y.due_hours * interval '1 hour',
    CASE WHEN y.pstatus <> 'open' OR y.r2 < 0.7 THEN y.received_at + y.due_hours * y.r3 * interval '1 hour' END,
    ARRAY[(ARRAY['police_court_prosecutor', 'school', 'day_care', 'neighbours_acquaintances', 'relatives', 'child_self',
                 'parents', 'health_sector', 'social_services', 'anonymous', 'other'])[1 + y.n % 11]],
    y.n % 9 = 0, ph.body, ph.body,
    CASE WHEN y.pstatus = 'open' THEN '{}'::uuid[] ELSE ARRAY[o.users[y.author + 1], o.users[y.signer + 1]] END,
    y.result,
    CASE WHEN y.result IN ('acute', 'latent')
         THEN ARRAY[(ARRAY['neglect', 'physical_abuse', 'psychological_abuse', 'sexual_violence'])[1 + y.n % 4]]
         ELSE '{}'::text[] END,
    CASE WHEN y.result = 'help_needed' THEN (y.received_at + interval '90 days')::date END,
    CASE WHEN y.pstatus = 'open' THEN ARRAY[current_date + (y.n % 20 - 8)] ELSE '{}'::date[] END,
    CASE WHEN y.pstatus <> 'open' THEN ph.body END,
    CASE WHEN y.pstatus <> 'open' THEN o.users[y.author + 1] END,
    CASE WHEN y.pstatus <> 'open' THEN y.proposed_at END,
    CASE WHEN y.pstatus = 'closed' THEN o.users[y.signer + 1] END,
    CASE WHEN y.pstatus = 'closed' THEN y.signed_at END,
    y.received_at,
    CASE WHEN y.pstatus = 'closed' THEN y.signed_at END
  FROM (
    SELECT x.*,
      CASE WHEN x.status = 'closed' OR x.received_at < now() - interval '60 days' THEN 'closed'
           WHEN x.r1 < 0.6 THEN 'open' ELSE 'awaiting_sign_off' END AS pstatus,
      least(x.received_at + (3 + x.r5 * 20) * interval '1 day', now() - interval '2 hours') AS proposed_at,
      least(x.received_at + (4 + x.r5 * 20 + x.r3) * interval '1 day', now() - interval '1 hour') AS signed_at
    FROM (
      SELECT c.t, c.n, c.id, c.person_ids, c.status, coalesce(c.cw_u, c.team_k) AS author,
        -- the second signature: the team lead, or a colleague when the lead proposed
        CASE WHEN coalesce(c.cw_u, c.team_k) = c.team_k THEN c.team_k + c.nt ELSE c.team_k END AS signer,
        least(c.opened_at + (c.n % 48) * interval '1 hour', now() - interval '3 hours') AS received_at,
        (ARRAY['immediate', 'within_24h', 'within_days'])[1 + c.n % 3] AS urgency,
        (ARRAY[2, 24, 120])[1 + c.n % 3] AS due_hours,
        CASE WHEN c.r < 0.12 THEN 'acute' WHEN c.r < 0.30 THEN 'latent' WHEN c.r < 0.68 THEN 'help_needed'
             ELSE 'no_need' END AS result0,
        random() AS r1, random() AS r2, random() AS r3, random() AS r5
      FROM (SELECT *, random() AS r, random() AS pick FROM bench_case) c
      WHERE (c.help_type = 'p8a_child_protection' AND c.pick < 0.45) OR c.pick < 0.01
    ) x
  ) y0
  CROSS JOIN LATERAL (SELECT y0.*, CASE WHEN y0.pstatus = 'open' THEN NULL ELSE y0.result0 END AS result) y
  JOIN bench_office o ON o.t = y.t
  JOIN bench_placeholder ph ON ph.t = y.t`;

/** 300 providers with two facilities each (global), serving every office. */
export const providers = `
  WITH ins_providers AS (
    INSERT INTO providers (id, name, legal_form)
    SELECT bench_id('provider', 0, i), 'Träger ' || i, CASE WHEN i % 2 = 0 THEN 'e. V.' ELSE 'gGmbH' END
    FROM generate_series(1, 300) i
    RETURNING 1
  ), ins_facilities AS (
    INSERT INTO provider_facilities (id, provider_id, name, postcode, city, latitude, longitude, capacity, free_places,
                                     confirmed_at)
    SELECT bench_id('facility', 0, f), bench_id('provider', 0, (f + 1) / 2), 'Einrichtung ' || f,
      lpad((20000 + f * 53)::text, 5, '0'), 'Ort ' || f, 50.5 + (f % 37) * 0.05, 8.5 + (f % 41) * 0.08,
      4 + f % 9, f % 3, now() - (f % 30) * interval '1 day'
    FROM generate_series(1, 600) f
    RETURNING 1
  ), ins_offices AS (
    INSERT INTO provider_offices (tenant_id, provider_id, since)
    SELECT bench_id('tenant', t, 0), bench_id('provider', 0, i), current_date - 1000
    FROM generate_series(1, $1::int) t, generate_series(1, 300) i
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM ins_providers) + (SELECT count(*) FROM ins_facilities) +
         (SELECT count(*) FROM ins_offices)`;

/**
 * Placement inquiries for § 33/§ 34 cases: 35 % of those that had the help (placed after 2–80 days,
 * one to three facilities asked), half of those still planning or asking (open or cancelled).
 */
export const stageInquiries = `
  CREATE UNLOGGED TABLE bench_inquiry AS
  SELECT x.*, CASE WHEN x.placed THEN least((x.created_at + (2 + x.r2 * x.r2 * 78) * interval '1 day')::date,
                                           x.last_day) END AS started_on
  FROM (
    SELECT c.t, c.n, c.id AS case_id, o.tenant_id, gen_random_uuid() AS inquiry_id, gen_random_uuid() AS placement_id,
      c.person_ids[1] AS person_id, c.help_type, o.users[coalesce(c.cw_u, c.team_k) + 1] AS author,
      least(c.opened_at + (c.n % 10) * interval '1 day', now() - interval '1 hour',
            CASE WHEN c.status = 'closed' THEN c.updated_at END) AS created_at,
      c.status IN ('running', 'review', 'closed') AS placed,
      CASE WHEN c.status IN ('running', 'review', 'closed') THEN 'placed' WHEN c.r < 0.2 THEN 'cancelled'
           ELSE 'open' END AS istatus,
      CASE WHEN c.status = 'closed' THEN c.updated_at::date ELSE current_date END AS last_day,
      CASE WHEN c.status = 'closed' THEN c.updated_at END AS ended_at,
      p.birth_date, p.gender, 1 + (c.n * 7 + c.t) % 600 AS facility, c.r2
    FROM (SELECT *, random() AS r, random() AS r2, random() AS pick FROM bench_case
          WHERE help_type IN ('p33_foster_care', 'p34_residential_care')) c
    JOIN bench_office o ON o.t = c.t
    JOIN bench_person p ON p.t = c.t AND p.n = c.n AND p.k = 1
    WHERE (c.status IN ('running', 'review', 'closed') AND c.pick < 0.35)
       OR (c.status IN ('planning', 'inquiry') AND c.pick < 0.5)
  ) x`;

export const inquiries = `
  INSERT INTO placement_inquiries (tenant_id, id, case_id, person_id, profile, answer_by, status, created_by,
                                   created_at, closed_at)
  SELECT tenant_id, inquiry_id, case_id, person_id,
    json_build_object('age', greatest(0, least(27, extract(year FROM age(created_at, birth_date))::int)),
                      'gender', gender, 'helpType', help_type, 'specialisations', '[]'::json,
                      'languages', '[]'::json, 'startBy', NULL),
    created_at::date + 14, istatus, author, created_at,
    CASE WHEN istatus = 'placed' THEN started_on::timestamptz WHEN istatus = 'cancelled' THEN created_at + interval '20 days' END
  FROM bench_inquiry`;

/** One to three facilities asked per inquiry; the first took the child where it was placed. */
export const inquiryRecipients = `
  INSERT INTO placement_inquiry_recipients (tenant_id, id, inquiry_id, provider_id, facility_id, status, answered_at,
                                            withdrawn_at)
  SELECT i.tenant_id, gen_random_uuid(), i.inquiry_id, bench_id('provider', 0, (f.f + 1) / 2), bench_id('facility', 0, f.f),
    CASE WHEN i.istatus = 'placed' AND j = 1 THEN 'placed' WHEN i.istatus = 'placed' THEN 'declined'
         WHEN i.istatus = 'cancelled' THEN 'withdrawn' ELSE 'sent' END,
    CASE WHEN i.istatus = 'placed' THEN i.created_at + interval '1 day' END,
    CASE WHEN i.istatus = 'cancelled' THEN i.created_at + interval '20 days' END
  FROM bench_inquiry i
  CROSS JOIN LATERAL generate_series(1, 1 + i.n % 3) j
  CROSS JOIN LATERAL (SELECT 1 + (i.facility + (j - 1) * 37) % 600 AS f) f`;

export const placements = `
  INSERT INTO placements (tenant_id, id, case_id, inquiry_id, provider_id, facility_id, help_type, started_on, ended_at,
                          created_by, created_at)
  SELECT tenant_id, placement_id, case_id, inquiry_id, bench_id('provider', 0, (facility + 1) / 2),
    bench_id('facility', 0, facility), help_type, started_on,
    CASE WHEN ended_at IS NOT NULL THEN greatest(ended_at, started_on + interval '1 day') END, author,
    least(started_on::timestamptz, now())
  FROM bench_inquiry WHERE placed`;

/**
 * The families' feedback without anyone in it: a quarter of the helps answer one to five times
 * over their course, within the last three years (the family app is young).
 */
export const feedback = `
  INSERT INTO feedback_figures (tenant_id, id, month, help_type, social_area_id, respondent, version, wellbeing,
                                helpfulness, heard)
  SELECT p.tenant_id, gen_random_uuid(), m.month, p.help_type, o.areas[c.area],
    CASE WHEN (c.n + k) % 3 = 0 THEN 'young_person' ELSE 'parent' END,
    CASE WHEN (c.n + k) % 3 = 0 AND c.n % 2 = 0 THEN 'child' ELSE 'standard' END,
    (ARRAY[1, 2, 3, 3, 4, 4, 4, 5, 5, 5])[1 + floor(random() * 10)::int],
    (ARRAY[1, 2, 2, 3, 3, 4, 4, 4, 5, 5])[1 + floor(random() * 10)::int],
    (ARRAY[2, 3, 3, 4, 4, 4, 5, 5, 5, 5])[1 + floor(random() * 10)::int]
  FROM bench_plan p
  JOIN bench_case c ON c.t = p.t AND c.n = p.n
  JOIN bench_office o ON o.t = p.t
  CROSS JOIN LATERAL generate_series(1, 1 + c.n % 5) k
  CROSS JOIN LATERAL (
    SELECT date_trunc('month', p.starts_on + (coalesce(p.ends_on, current_date) - p.starts_on) * k / (2 + c.n % 5))::date
      AS month
  ) m
  WHERE p.n % 4 = 0 AND m.month >= date_trunc('month', now() - interval '36 months')`;
