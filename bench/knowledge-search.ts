import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import type { TKnowledgeSearchResult } from '@lotse/shared';
import pg from 'pg';
import { openDatabase, runtimeDatabaseUrl, type Tx, withTenant } from '../apps/server/src/db/connection.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { searchKnowledge } from '../apps/server/src/modules/knowledge/search.js';
import { ensureLawImported } from '../apps/server/src/modules/law/index.js';
import type { Actor } from '../apps/server/src/platform/actor.js';
import { hashPassword } from '../apps/server/src/platform/auth/passwords.js';
import { searchTerms } from '../apps/server/src/platform/full-text.js';
import type { ActorScope } from '../apps/server/src/platform/scope.js';
import {
  BENCH_PASSWORD,
  benchId,
  benchLogin,
  cpuSince,
  postgresCpu,
  processCpuMs,
  recreateDatabase,
  repoPath,
  startBuiltServer,
  stopServer,
  waitForHealth,
  writeReadmeSection,
} from './common.js';

const { values: args } = parseArgs({
  options: {
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/lotse_bench_knowledge' },
    rounds: { type: 'string', default: '300' },
    articles: { type: 'string', default: '10000' },
    questions: { type: 'string', default: '400' },
    /** Keep the database of the last run (only measure again). */
    'skip-generate': { type: 'boolean', default: false },
    'no-readme': { type: 'boolean', default: false },
  },
});
const url = args['database-url'];
const benchDatabase = new URL(url).pathname.slice(1);
const rounds = Number(args.rounds);
const PORT = 3230;
const TARGET_P95_MS = 50;
const tenantId = benchId('knowledge-tenant', 1, 0);
const username = 'bench.wissen';
const userId = benchId('knowledge-user', 1, 0);

/** Typical searches of a caseworker, from the frequent one-word search to a word no article has. */
const queries: { kind: string; q: string }[] = [
  { kind: 'one word, frequent', q: 'Hilfeplan' },
  { kind: 'one word', q: 'Schulbegleitung' },
  { kind: 'compound prefix', q: 'Kindeswohl' },
  { kind: 'two words', q: 'Inobhutnahme Wochenende' },
  { kind: 'two words', q: 'Pflegefamilie Besuchskontakte' },
  { kind: 'three words', q: 'Schutzkonzept Beteiligung Beschwerde' },
  { kind: 'citation', q: '§ 8a' },
  { kind: 'rare word', q: 'Traumapädagogik' },
  { kind: 'word in no article', q: 'Quantenphysik' },
];

// ---------------------------------------------------------------------------------------------
// Text generator (deterministic: mulberry32 with a fixed seed)

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20261205);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
/** Zipf-like: the first entries are picked far more often than the last. */
function zipf<T>(list: readonly T[], s = 0.9): () => T {
  const weights = list.map((_, i) => 1 / (i + 1) ** s);
  const total = weights.reduce((a, b) => a + b, 0);
  return () => {
    let r = random() * total;
    for (const [i, w] of weights.entries()) {
      r -= w;
      if (r <= 0) return list[i] as T;
    }
    return list.at(-1) as T;
  };
}
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Main topics: the term in titles and text, its tag and objects (accusative) that belong to it. */
const topics: { term: string; tag: string; objects: string[] }[] = [
  {
    term: 'Hilfeplanung',
    tag: 'hilfeplan',
    objects: [
      'den Hilfeplan',
      'das Hilfeplangespräch',
      'die Fortschreibung des Hilfeplans',
      'die Ziele der Hilfe',
    ],
  },
  {
    term: 'Kindeswohlgefährdung',
    tag: 'kinderschutz',
    objects: [
      'die Gefährdungseinschätzung',
      'die Meldung nach § 8a',
      'den Schutzplan',
      'die Kindeswohlprüfung',
    ],
  },
  {
    term: 'Elternarbeit',
    tag: 'elternarbeit',
    objects: [
      'das Elterngespräch',
      'die Erziehungsvereinbarung',
      'die Elternberatung',
      'die Ressourcen der Familie',
    ],
  },
  {
    term: 'Inobhutnahme',
    tag: 'inobhutnahme',
    objects: ['die Inobhutnahme', 'die Bereitschaftspflege', 'die Notaufnahme', 'die Rufbereitschaft'],
  },
  {
    term: 'Pflegefamilie',
    tag: 'pflegekinderdienst',
    objects: [
      'die Pflegefamilie',
      'die Besuchskontakte',
      'die Rückführung',
      'die Eignungsprüfung der Pflegeeltern',
    ],
  },
  {
    term: 'Schulbegleitung',
    tag: 'eingliederungshilfe',
    objects: [
      'die Schulbegleitung',
      'den Antrag auf Eingliederungshilfe',
      'die Teilhabeplanung',
      'das Gutachten',
    ],
  },
  {
    term: 'Schutzkonzept',
    tag: 'schutzkonzept',
    objects: [
      'das Schutzkonzept',
      'das Beschwerdeverfahren',
      'die Risikoanalyse',
      'die Beteiligung der Kinder',
    ],
  },
  {
    term: 'Sozialraumorientierung',
    tag: 'sozialraum',
    objects: [
      'die Sozialraumkonferenz',
      'das Netzwerk im Sozialraum',
      'das Familienzentrum',
      'die Stadtteilarbeit',
    ],
  },
  {
    term: 'Heimerziehung',
    tag: 'stationaer',
    objects: ['die Wohngruppe', 'die Verselbständigung', 'den Entwicklungsbericht', 'die Heimaufsicht'],
  },
  {
    term: 'Vormundschaft',
    tag: 'vormundschaft',
    objects: [
      'die Vormundschaft',
      'das Sorgerecht',
      'den Umgang',
      'die Stellungnahme für das Familiengericht',
    ],
  },
  {
    term: 'Frühe Hilfen',
    tag: 'fruehe-hilfen',
    objects: [
      'den Willkommensbesuch',
      'die Familienhebamme',
      'das Lotsenangebot der Geburtsklinik',
      'die Elternbriefe',
    ],
  },
  {
    term: 'Datenschutz',
    tag: 'datenschutz',
    objects: ['die Sozialdaten', 'die Einwilligung', 'die Datenübermittlung', 'die Akteneinsicht'],
  },
  {
    term: 'Jugendhilfe im Strafverfahren',
    tag: 'jugendgerichtshilfe',
    objects: ['den Bericht an das Jugendgericht', 'die Diversion', 'die Weisung', 'die Haftvermeidung'],
  },
  {
    term: 'Unbegleitete Minderjährige',
    tag: 'uma',
    objects: ['die Alterseinschätzung', 'die Sprachmittlung', 'das Clearingverfahren', 'die Verteilung'],
  },
  {
    term: 'Trennung und Scheidung',
    tag: 'trennungsberatung',
    objects: [
      'die Umgangsregelung',
      'die Beratung der Eltern',
      'das Verfahren beim Familiengericht',
      'den Wechselmodell-Plan',
    ],
  },
  {
    term: 'Careleaver',
    tag: 'junge-volljaehrige',
    objects: [
      'die Hilfe für junge Volljährige',
      'die Nachbetreuung',
      'den Übergangsplan',
      'die Wohnungssuche',
    ],
  },
  {
    term: 'Kollegiale Beratung',
    tag: 'fallberatung',
    objects: ['die Fallberatung', 'das Genogramm', 'die Hypothesen', 'die Fallübergabe'],
  },
  {
    term: 'Psychisch erkrankte Eltern',
    tag: 'elternerkrankung',
    objects: ['das Krisengespräch', 'die Kooperation mit der Klinik', 'die Patenschaft', 'den Notfallplan'],
  },
];
const pickTopic = zipf(topics, 0.7);

const aspects = [
  'Checkliste für den Alltag',
  'was Fachkräfte wissen müssen',
  'Ablauf und Zuständigkeiten',
  'häufige Fragen aus dem Team',
  'Vorlagen und Fristen',
  'ein Praxisleitfaden',
  'richtig dokumentieren',
  'Zusammenarbeit mit freien Trägern',
  'Hinweise für neue Kolleginnen und Kollegen',
  'Arbeitshilfe des Jugendamts',
  'rechtliche Grundlagen',
  'Beispiele aus der Praxis',
  'Gespräche mit Familien führen',
  'Stolpersteine und Lösungen',
];
const headings = [
  'Worum es geht',
  'Rechtlicher Rahmen',
  'Ablauf',
  'Checkliste',
  'Typische Stolpersteine',
  'Zusammenarbeit',
  'Dokumentation',
  'Fristen',
  'Beteiligung der Familie',
  'Ansprechpersonen',
  'Beispiel aus der Praxis',
  'Nach dem Gespräch',
];
const actors = [
  'die fallführende Fachkraft',
  'die Teamleitung',
  'der Pflegekinderdienst',
  'die insoweit erfahrene Fachkraft',
  'der freie Träger',
  'die Schule',
  'das Familiengericht',
  'die Vormundin',
  'der Allgemeine Soziale Dienst',
  'die Erziehungsberatungsstelle',
  'die Kita',
  'die wirtschaftliche Jugendhilfe',
];
const recipients = [
  'die Eltern',
  'das Kind',
  'die Jugendliche',
  'die Teamleitung',
  'den Träger',
  'die Schule',
  'die Pflegeeltern',
  'den Vormund',
  'die Sorgeberechtigten',
  'das Familiengericht',
];
const datives = [
  'den Eltern',
  'dem Kind',
  'der Teamleitung',
  'dem Träger',
  'der Schule',
  'den Pflegeeltern',
  'dem Vormund',
  'der Familie',
  'dem jungen Menschen',
];
const generalObjects = [
  'die Akte',
  'den Vermerk',
  'die Fallakte',
  'das Protokoll',
  'die Vereinbarung',
  'den Bericht',
  'die Stellungnahme',
  'den Antrag',
  'den Bescheid',
  'die Zuständigkeit',
  'die Kostenübernahme',
  'die nächsten Schritte',
  'die Sicht des Kindes',
  'die Einschätzung',
  'den Hausbesuch',
  'die Fallkonferenz',
  'die Entwicklung',
  'die Ressourcen',
  'den Unterstützungsbedarf',
  'die Absprachen',
];
const verbs: { v: string; pp: string; inf: string }[] = [
  { v: 'prüft', pp: 'geprüft', inf: 'prüfen' },
  { v: 'dokumentiert', pp: 'dokumentiert', inf: 'dokumentieren' },
  { v: 'bespricht', pp: 'besprochen', inf: 'besprechen' },
  { v: 'vereinbart', pp: 'vereinbart', inf: 'vereinbaren' },
  { v: 'überprüft', pp: 'überprüft', inf: 'überprüfen' },
  { v: 'aktualisiert', pp: 'aktualisiert', inf: 'aktualisieren' },
  { v: 'erläutert', pp: 'erläutert', inf: 'erläutern' },
  { v: 'bewertet', pp: 'bewertet', inf: 'bewerten' },
  { v: 'klärt', pp: 'geklärt', inf: 'klären' },
  { v: 'begleitet', pp: 'begleitet', inf: 'begleiten' },
  { v: 'plant', pp: 'geplant', inf: 'planen' },
  { v: 'unterstützt', pp: 'unterstützt', inf: 'unterstützen' },
];
const times = [
  'innerhalb von drei Werktagen',
  'vor dem nächsten Hilfeplangespräch',
  'spätestens nach sechs Monaten',
  'am selben Tag',
  'unverzüglich',
  'in der kollegialen Beratung',
  'gemeinsam im Team',
  'vor der Entscheidung',
  'am Wochenende über die Rufbereitschaft',
  'nach jedem Hausbesuch',
  'in der Regel halbjährlich',
];
const laws = [
  '§ 8a SGB VIII',
  '§ 8a Abs. 4 SGB VIII',
  '§ 36 SGB VIII',
  '§ 27 SGB VIII',
  '§ 35a SGB VIII',
  '§ 42 SGB VIII',
  '§ 37 SGB VIII',
  '§ 33 SGB VIII',
  '§ 34 SGB VIII',
  '§ 41 SGB VIII',
  '§ 45 SGB VIII',
  '§ 62 SGB VIII',
  '§ 65 SGB VIII',
  '§ 4 KKG',
  '§ 1666 BGB',
  '§ 67 SGB X',
  '§ 35 SGB I',
];
const helpers = [
  'die Checkliste im Lotse',
  'die Dienstanweisung Kinderschutz',
  'der Leitfaden des Landesjugendamts',
  'die kollegiale Beratung im Team',
  'die Fachberatung',
  'das Handbuch des Allgemeinen Sozialen Dienstes',
];
const matters = [
  'eine klare Sprache',
  'verlässliche Absprachen',
  'die Sicht des Kindes',
  'eine gute Dokumentation',
  'die Fristen',
  'Transparenz gegenüber den Eltern',
  'die Beteiligung junger Menschen',
  'eine gute Vorbereitung',
  'kurze Wege zwischen den Diensten',
];
const offers = [
  'eine feste Ansprechperson',
  'ein offenes Beratungsangebot',
  'ein Familienzentrum',
  'eine Elterngruppe',
  'regelmäßige Fallkonferenzen',
  'eine Kooperationsvereinbarung mit den Schulen',
  'eine Sprechstunde der Erziehungsberatung',
];
const areas = ['Nord', 'Mitte', 'Süd', 'Ost', 'West', 'Altstadt', 'Hafen', 'Neustadt'];
/** Words only a few articles have (about one in 300 each). */
const rareWords = [
  'Traumapädagogik',
  'Erlebnispädagogik',
  'Resilienzförderung',
  'Familiengruppenkonferenz',
  'Biografiearbeit',
  'Adoptionsvermittlung',
  'Vaterschaftsanerkennung',
  'Medienkompetenz',
];

/** One sentence about a topic (its term and objects), from a few dozen templates. */
function sentence(topic: (typeof topics)[number]): string {
  const object = () => (random() < 0.55 ? pick(topic.objects) : pick(generalObjects));
  const verb = pick(verbs);
  switch (between(0, 13)) {
    case 0:
      return `${capitalise(pick(actors))} ${verb.v} ${object()} ${pick(times)}.`;
    case 1:
      return `Nach ${pick(laws)} ${verb.v} ${pick(actors)} ${object()}.`;
    case 2:
      return `Im Bereich ${topic.term} ${verb.v} ${pick(actors)} ${object()} gemeinsam mit ${pick(datives)}.`;
    case 3:
      return `Wichtig ist, dass ${pick(actors)} ${object()} ${pick(times)} ${verb.v}.`;
    case 4:
      return `Bei Fragen zum Thema ${topic.term} hilft ${pick(helpers)}.`;
    case 5:
      return `${topic.term} gelingt nur, wenn ${pick(actors)} und ${pick(actors)} eng zusammenarbeiten.`;
    case 6:
      return `Halten Sie in der Akte fest, wer ${object()} wann ${verb.pp} hat und mit welchem Ergebnis.`;
    case 7:
      return `${capitalise(pick(actors))} informiert ${pick(recipients)} über ${object()} und ${object()}.`;
    case 8:
      return `Im Sozialraum ${pick(areas)} gibt es dafür ${pick(offers)}.`;
    case 9:
      return `Beim Thema ${topic.term} kommt es auf ${pick(matters)} an.`;
    case 10:
      return `Erfahrungsgemäß lohnt es sich, ${object()} mit ${pick(datives)} ${pick(times)} zu ${verb.inf}.`;
    case 11:
      return `Die Grundlage dafür ist ${pick(laws)}; ${pick(actors)} ${verb.v} deshalb ${object()} sorgfältig.`;
    case 12:
      return `Fehlt die Mitwirkung, ${verb.v} ${pick(actors)} ${object()} erneut und bezieht ${pick(recipients)} ein.`;
    default:
      return `Offene Punkte rund um ${object()} werden ${pick(times)} mit ${pick(datives)} geklärt.`;
  }
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

interface Article {
  id: string;
  title: string;
  body: string;
  tags: string[];
  owner: number;
  updatedDaysAgo: number;
  archived: boolean;
}

/** A Markdown article of 200–800 words on a main topic with one or two side topics. */
function article(n: number): Article {
  const main = pickTopic();
  const side = [pickTopic(), pickTopic()].filter((t) => t !== main);
  const target = between(200, 800);
  const title =
    random() < 0.6
      ? `${main.term}: ${pick(aspects)}`
      : `${capitalise(pick(main.objects).split(' ').slice(1).join(' '))} – ${pick(aspects)}`;
  const parts = [`# ${title}`, ''];
  let count = 0;
  const topicOf = () => (random() < 0.65 || side.length === 0 ? main : pick(side));
  const used = new Set<string>();
  while (count < target) {
    let heading = pick(headings);
    while (used.has(heading) && used.size < headings.length) heading = pick(headings);
    used.add(heading);
    parts.push(`## ${heading}`, '');
    if (heading === 'Checkliste' || random() < 0.15) {
      const items = Array.from({ length: between(3, 6) }, () => {
        const t = topicOf();
        const o = (random() < 0.6 ? pick(t.objects) : pick(generalObjects)).split(' ').slice(1).join(' ');
        return `- ${capitalise(o)} ${pick(verbs).inf}`;
      });
      parts.push(...items, '');
      count += words(items.join(' '));
    }
    for (let p = between(1, 3); p > 0 && count < target; p--) {
      const text = Array.from({ length: between(2, 5) }, () => sentence(topicOf())).join(' ');
      parts.push(text, '');
      count += words(text);
    }
    for (const rare of rareWords)
      if (random() < 0.0008) {
        const text = `Hinweise zur ${rare} finden Sie im Fachkonzept des Jugendamts.`;
        parts.push(text, '');
        count += words(text);
      }
  }
  const tags = [
    ...new Set([main.tag, ...side.map((t) => t.tag), ...(random() < 0.3 ? ['arbeitshilfe'] : [])]),
  ];
  return {
    id: benchId('knowledge-article', 1, n),
    title: title.slice(0, 160),
    body: parts.join('\n').trim(),
    tags,
    owner: n % AUTHORS,
    updatedDaysAgo: Math.floor(random() * 3 * 365),
    archived: random() < 0.03,
  };
}

const questionStarts = [
  'Wer ist zuständig für',
  'Welche Fristen gelten bei',
  'Was tun bei',
  'Gibt es eine Vorlage für',
  'Wie läuft das ab mit',
  'Wer entscheidet über',
  'Brauche ich die Teamleitung für',
];

const AUTHORS = 12;

// ---------------------------------------------------------------------------------------------
// Database

async function generate(articleCount: number, questionCount: number) {
  const db = await openDatabase({ databaseUrl: url, poolSize: 2 });
  await migrate(db);
  await ensureLawImported(db);
  await db.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const hash = await hashPassword(BENCH_PASSWORD);
    await client.query(
      `INSERT INTO tenants (id, slug, name) VALUES ($1, 'bench-wissen', 'Jugendamt Wissen (Benchmark)')`,
      [tenantId],
    );
    const authors = Array.from({ length: AUTHORS }, (_, i) => benchId('knowledge-author', 1, i));
    await client.query(
      `INSERT INTO users (tenant_id, id, username, display_name, password_hash, mfa_enabled, roles)
       VALUES ($1, $2, $3, 'Bench Wissen', $4, false, ARRAY['caseworker'])`,
      [tenantId, userId, username, hash],
    );
    await client.query(
      `INSERT INTO users (tenant_id, id, username, display_name, password_hash, mfa_enabled, roles)
       SELECT $1, a.id, 'bench.autor' || a.n, 'Autorin ' || a.n, $2, false,
              CASE WHEN a.n % 4 = 0 THEN ARRAY['team_lead'] ELSE ARRAY['caseworker'] END
         FROM unnest($3::uuid[]) WITH ORDINALITY AS a(id, n)`,
      [tenantId, hash, authors],
    );
    await client.query('SET synchronous_commit = off');
    const stats = { words: 0 };
    const BATCH = 500;
    for (let from = 0; from < articleCount; from += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, articleCount - from) }, (_, i) => article(from + i));
      for (const a of batch) stats.words += words(a.body);
      await client.query(
        `INSERT INTO knowledge_articles (tenant_id, id, title, body, tags, owner_id, edited_by, review_on,
                                         archived_at, created_at, updated_at)
         SELECT $1, a.id, a.title, a.body, ARRAY(SELECT jsonb_array_elements_text(a.tags)), a.owner, a.owner,
                (now() + interval '1 year' - a.age * interval '1 day')::date,
                CASE WHEN a.archived THEN now() - a.age * interval '1 day' END,
                now() - a.age * interval '1 day' - interval '30 days', now() - a.age * interval '1 day'
           FROM unnest($2::uuid[], $3::text[], $4::text[], $5::jsonb[], $6::uuid[], $7::int[], $8::boolean[])
                AS a(id, title, body, tags, owner, age, archived)`,
        [
          tenantId,
          batch.map((a) => a.id),
          batch.map((a) => a.title),
          batch.map((a) => a.body),
          batch.map((a) => JSON.stringify(a.tags)),
          batch.map((a) => authors[a.owner]),
          batch.map((a) => a.updatedDaysAgo),
          batch.map((a) => a.archived),
        ],
      );
    }
    await client.query(
      `INSERT INTO knowledge_article_versions (tenant_id, article_id, version, title, body, tags, edited_by, edited_at)
       SELECT tenant_id, id, 1, title, body, tags, edited_by, updated_at FROM knowledge_articles WHERE tenant_id = $1`,
      [tenantId],
    );
    // Staff questions: a title, a short text, 0–3 answers (most of them answered, most accepted).
    const qs: { id: string; title: string; body: string; by: string; accepted: string | null }[] = [];
    const answers: { id: string; question: string; body: string; by: string }[] = [];
    for (let n = 0; n < questionCount; n++) {
      const topic = pickTopic();
      const id = benchId('knowledge-question', 1, n);
      const about = random() < 0.5 ? topic.term : pick(topic.objects).split(' ').slice(1).join(' ');
      const body = Array.from({ length: between(1, 3) }, () => sentence(topic)).join(' ');
      const answerCount = random() < 0.15 ? 0 : between(1, 3);
      const ids: string[] = [];
      for (let a = 0; a < answerCount; a++) {
        const answerId = benchId('knowledge-answer', n, a);
        ids.push(answerId);
        const text = Array.from({ length: between(1, 4) }, () => sentence(topic)).join(' ');
        answers.push({
          id: answerId,
          question: id,
          body: `${text} Siehe auch ${pick(laws)}.`,
          by: pick(authors),
        });
      }
      qs.push({
        id,
        title: `${pick(questionStarts)} ${about}?`,
        body,
        by: pick([userId, ...authors]),
        accepted: ids.length > 0 && random() < 0.7 ? (ids[0] ?? null) : null,
      });
    }
    await client.query(
      `INSERT INTO knowledge_questions (tenant_id, id, title, body, asked_by, asked_at)
       SELECT $1, q.id, q.title, q.body, q.by, now() - q.n * interval '2 days'
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[]) WITH ORDINALITY AS q(id, title, body, by, n)`,
      [tenantId, qs.map((q) => q.id), qs.map((q) => q.title), qs.map((q) => q.body), qs.map((q) => q.by)],
    );
    await client.query(
      `INSERT INTO knowledge_answers (tenant_id, id, question_id, body, answered_by)
       SELECT $1, a.id, a.question, a.body, a.by FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::uuid[]) AS a(id, question, body, by)`,
      [
        tenantId,
        answers.map((a) => a.id),
        answers.map((a) => a.question),
        answers.map((a) => a.body),
        answers.map((a) => a.by),
      ],
    );
    await client.query(
      `UPDATE knowledge_questions q SET accepted_answer_id = x.accepted
         FROM unnest($2::uuid[], $3::uuid[]) AS x(id, accepted)
        WHERE q.tenant_id = $1 AND q.id = x.id AND x.accepted IS NOT NULL`,
      [tenantId, qs.map((q) => q.id), qs.map((q) => q.accepted)],
    );
    await client.query('VACUUM ANALYZE');
    return { words: stats.words, answers: answers.length };
  } finally {
    await client.end();
  }
}

async function databaseFacts() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM knowledge_articles WHERE tenant_id = $1)::text AS articles,
              (SELECT count(*) FROM knowledge_articles WHERE tenant_id = $1 AND archived_at IS NOT NULL)::text AS archived,
              (SELECT round(avg(array_length(regexp_split_to_array(trim(body), '\\s+'), 1)))::text
                 FROM knowledge_articles WHERE tenant_id = $1) AS words,
              (SELECT count(*) FROM knowledge_questions WHERE tenant_id = $1)::text AS questions,
              (SELECT count(*) FROM knowledge_answers WHERE tenant_id = $1)::text AS answers,
              (SELECT count(*) FROM law_norms)::text AS norms,
              (SELECT count(*) FROM law_sentences)::text AS sentences,
              pg_size_pretty(pg_total_relation_size('knowledge_articles')) AS size,
              current_setting('server_version') AS pg`,
      [tenantId],
    );
    const facts = rows[0] ?? {};
    // How many articles each search matches (the endpoint ranks them all and returns 20).
    const matches: number[] = [];
    for (const { q } of queries) {
      const terms = searchTerms(q.replace(/§/g, ' '));
      const r = await client.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM knowledge_articles
          WHERE tenant_id = $1 AND archived_at IS NULL AND search @@ to_tsquery('german', $2)`,
        [tenantId, terms.map((t) => `${t}:*`).join(' & ')],
      );
      matches.push(Number(r.rows[0]?.n ?? 0));
    }
    return { facts, matches };
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// The statements of one search, recorded from the module's own code

interface Statement {
  label: string;
  sql: string;
  parameters: readonly unknown[];
  name: string;
}

const labelOf = (text: string) =>
  /lotse_article_matches|from "knowledge_articles"/.test(text)
    ? 'articles'
    : /from "knowledge_questions"/.test(text)
      ? 'questions'
      : /inner join "law_norms"/.test(text)
        ? 'law: cited paragraph'
        : /from "law_norms"/.test(text)
          ? 'law: paragraphs'
          : /from "law_sentences"/.test(text)
            ? 'law: best sentences'
            : 'other';

/** Named like the app's pool names its prepared statements (db/connection.ts). */
const statementName = (text: string) => `k${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;

/**
 * Runs the endpoint's use case once per search as the app role in a tenant transaction and records
 * every statement it sends (compiled by Kysely as the server compiles it).
 */
async function recordStatements(): Promise<Statement[][]> {
  const db = await openDatabase({ databaseUrl: url, poolSize: 1 });
  const actor: Actor = {
    tenantId,
    userId,
    username,
    displayName: 'Bench Wissen',
    roles: ['caseworker'],
    memberTeamIds: [],
    leadTeamIds: [],
    mfaEnabled: false,
    sessionId: 'bench',
  };
  try {
    const out: Statement[][] = [];
    for (const { q } of queries) {
      out.push(
        await withTenant(db, tenantId, async (tx: Tx) => {
          type Plugin = Parameters<Tx['withPlugin']>[0];
          const seen: Parameters<Plugin['transformQuery']>[0][] = [];
          const recorder: Plugin = {
            transformQuery: (a) => {
              seen.push(a);
              return a.node;
            },
            transformResult: async (a) => a.result,
          };
          const scope = {
            tx: tx.withPlugin(recorder),
            tenantId,
            actor,
            audit: async () => undefined,
            afterCommit: () => undefined,
            publish: () => undefined,
            onRollback: () => undefined,
          } as unknown as ActorScope;
          await searchKnowledge(scope, { q, law: true });
          return seen.map((a) => {
            const compiled = tx.getExecutor().compileQuery(a.node, a.queryId);
            return {
              label: labelOf(compiled.sql),
              sql: compiled.sql,
              parameters: compiled.parameters,
              name: statementName(compiled.sql),
            };
          });
        }),
      );
    }
    return out;
  } finally {
    await db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Measurement

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? 0,
  };
}
const searchUrl = (q: string) =>
  `http://127.0.0.1:${PORT}/api/knowledge/search?${new URLSearchParams({ q, law: 'true' }).toString()}`;

/** One connection as the app role (lotse_app, row-level security applies), as the server logs in. */
async function appClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: runtimeDatabaseUrl(url, undefined) });
  await client.connect();
  return client;
}

/**
 * Each round sends every search once through the server and right after it the same statements
 * bare, so drifting background load on this shared machine hits both alike. The first rounds warm
 * up (plans, caches, prepared statements) and are not counted.
 */
async function measure(cookie: string, statements: Statement[][], serverPid: number) {
  const client = await appClient();
  const barePid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? 0;
  const http = queries.map(() => [] as number[]);
  const bare = queries.map(() => [] as number[]);
  const perStatement = statements.map((list) => list.map(() => [] as number[]));
  const hits = queries.map(() => ({ articles: 0, questions: 0, law: 0 }));
  const warmUp = Math.max(5, Math.floor(rounds / 20));
  let cpu0 = { server: 0, bare: 0, postgres: new Map<string, number>() };
  try {
    for (let round = -warmUp; round < rounds; round++) {
      if (round === 0)
        cpu0 = {
          server: processCpuMs(serverPid),
          bare: processCpuMs(barePid),
          postgres: postgresCpu(benchDatabase),
        };
      for (const [i, { q }] of queries.entries()) {
        let t0 = performance.now();
        const res = await fetch(searchUrl(q), { headers: { cookie } });
        const body = await res.text();
        const httpMs = performance.now() - t0;
        if (!res.ok) throw new Error(`Suche „${q}“: ${res.status} ${body.slice(0, 300)}`);
        const result = JSON.parse(body) as TKnowledgeSearchResult;
        t0 = performance.now();
        await client.query(`BEGIN; SELECT set_config('app.tenant', ${client.escapeLiteral(tenantId)}, true)`);
        const stepMs: number[] = [];
        const rowsOf: Record<string, number> = {};
        for (const s of statements[i] ?? []) {
          const s0 = performance.now();
          const r = await client.query({ name: s.name, text: s.sql, values: s.parameters as unknown[] });
          stepMs.push(performance.now() - s0);
          rowsOf[s.label] = r.rowCount ?? 0;
        }
        await client.query('COMMIT');
        const bareMs = performance.now() - t0;
        // The bare statements must find what the server answered (same data, same statements).
        if (
          (rowsOf.articles ?? 0) !== result.articles.length ||
          (rowsOf.questions ?? 0) !== result.questions.length
        )
          throw new Error(`Suche „${q}“: HTTP und reines SQL liefern verschiedene Treffer`);
        if (round < 0) continue;
        http[i]?.push(httpMs);
        bare[i]?.push(bareMs);
        for (const [k, ms] of stepMs.entries()) perStatement[i]?.[k]?.push(ms);
        hits[i] = {
          articles: result.articles.length,
          questions: result.questions.length,
          law: result.law.length,
        };
      }
    }
    // CPU of the measured rounds: the server process, all of the database's PostgreSQL processes
    // (its backends, WAL writer, checkpointer) and, among them, the bare connection's backend.
    const cpu = {
      server: processCpuMs(serverPid) - cpu0.server,
      pgAll: cpuSince(cpu0.postgres, postgresCpu(benchDatabase)),
      pgBare: processCpuMs(barePid) - cpu0.bare,
    };
    return { http, bare, perStatement, hits, cpu };
  } finally {
    await client.end();
  }
}

interface Plan {
  label: string;
  text: string;
  /** execution time reported by EXPLAIN ANALYZE */
  ms: number;
  /** shared buffers the statement touched (hit + read, root node) */
  buffers: number;
  /** how the plan reaches the articles: "Seq Scan", "Bitmap Index Scan on knowledge_articles_search", … */
  access: string;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS, VERBOSE) of every statement of every search, as the app role in a
 * tenant transaction (row-level security applies, as for the server), with custom plans.
 */
async function explainAll(statements: Statement[][]): Promise<Plan[][]> {
  const client = await appClient();
  try {
    await client.query(`BEGIN; SELECT set_config('app.tenant', ${client.escapeLiteral(tenantId)}, true)`);
    const out: Plan[][] = [];
    for (const list of statements) {
      const plans: Plan[] = [];
      for (const s of list) {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS, VERBOSE) ${s.sql}`,
          s.parameters as unknown[],
        );
        const text = rows.map((r) => r['QUERY PLAN']).join('\n');
        const buffers = /Buffers: shared (?:hit=(\d+))?\s*(?:read=(\d+))?/.exec(text);
        const access = [
          ...text.matchAll(
            /(Seq Scan|Bitmap Index Scan|Index Scan|Index Only Scan)(?: using (\w+))? on (?:public\.)?(knowledge_articles\w*)/g,
          ),
        ].map((m) => (m[2] ? `${m[1]} on ${m[2]}` : `${m[1]} on ${m[3]}`));
        plans.push({
          label: s.label,
          text,
          ms: Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? Number.NaN),
          buffers: Number(buffers?.[1] ?? 0) + Number(buffers?.[2] ?? 0),
          access: [...new Set(access)].join(', '),
        });
      }
      out.push(plans);
    }
    await client.query('COMMIT');
    return out;
  } finally {
    await client.end();
  }
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

async function main() {
  if (!existsSync(repoPath('apps/server/dist/main.js'))) throw new Error('Erst `npm run build`');
  const articleCount = Number(args.articles);
  if (!args['skip-generate']) {
    const t0 = Date.now();
    await recreateDatabase(url);
    const made = await generate(articleCount, Number(args.questions));
    console.log(
      `Daten: ${articleCount} Artikel (${made.words} Wörter), ${args.questions} Fragen mit ${made.answers} Antworten, ` +
        `Gesetz importiert (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
    );
  }
  const { facts, matches } = await databaseFacts();
  const statements = await recordStatements();
  for (const [i, { q }] of queries.entries())
    console.log(
      `  „${q}“: ${matches[i]} Artikel passen; Anweisungen: ${statements[i]?.map((s) => s.label).join(', ')}`,
    );

  const load = loadavg()[0] ?? 0;
  if (load > 3) console.warn(`Achtung: Last ${load.toFixed(1)} – die absoluten Zeiten sind pessimistisch.`);
  const server = startBuiltServer({
    DATABASE_URL: url,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    LOTSE_DEMO: '1',
    MASTER_KEY: randomBytes(32).toString('base64'),
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
  });
  let measured: Awaited<ReturnType<typeof measure>>;
  let loadBefore = 0;
  let loadAfter = 0;
  try {
    // The first start seeds the demo office into the bench database: allow for it.
    await waitForHealth(server, PORT, 300_000);
    const cookie = await benchLogin(PORT, username);
    loadBefore = loadavg()[0] ?? 0;
    measured = await measure(cookie, statements, server.pid ?? 0);
    loadAfter = loadavg()[0] ?? 0;
  } finally {
    await stopServer(server);
  }

  const { http, bare, perStatement, hits, cpu } = measured;
  const httpAll = summary(http.flat());
  const bareAll = summary(bare.flat());
  const requests = http.flat().length;
  const ratio = httpAll.p95 / bareAll.p95;
  const met = httpAll.p95 <= TARGET_P95_MS;
  const perQuery = queries.map((query, i) => ({
    ...query,
    http: summary(http[i] ?? []),
    bare: summary(bare[i] ?? []),
  }));
  // The search users wait longest for (by median; the p95 is noisier on a shared machine).
  const slowest = perQuery.reduce((a, b) => (b.http.p50 > a.http.p50 ? b : a));
  const slowestIndex = perQuery.indexOf(slowest);

  // Where the bare time goes: the median of each part (a search may send a part twice, e.g. the law
  // query with any word after the one with all words found nothing).
  const order = ['articles', 'questions', 'law: cited paragraph', 'law: paragraphs', 'law: best sentences'];
  const present = new Set(statements.flat().map((s) => s.label));
  const labels = [...order.filter((l) => present.has(l)), ...[...present].filter((l) => !order.includes(l))];
  const stepP50 = (i: number, label: string) =>
    (statements[i] ?? []).reduce(
      (sum, s, k) => (s.label === label ? sum + summary(perStatement[i]?.[k] ?? []).p50 : sum),
      0,
    );
  const plans = await explainAll(statements);
  console.log(
    `\nPläne der langsamsten Suche („${slowest.q}“):\n${(plans[slowestIndex] ?? [])
      .map((p) => `-- ${p.label}\n${p.text}`)
      .join('\n\n')}\n`,
  );
  const articlePlan = (i: number) => plans[i]?.find((p) => p.label === 'articles');

  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB`;
  const report = [
    `Measured ${date} UTC · ${machine}, shared with other work · Node ${process.version} · PostgreSQL ${facts.pg} · ` +
      `${facts.articles} articles (${facts.archived} archived, ${facts.words} words on average; table with index ${facts.size}), ` +
      `${facts.questions} questions with ${facts.answers} answers, the law: ${facts.norms} paragraphs, ${facts.sentences} sentences.`,
    '',
    `${rounds} rounds × ${queries.length} searches (\`law=true\`), one at a time, each right after its HTTP request ` +
      `also as bare SQL (1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after):`,
    '',
    '| | p50 ms | p95 ms | p99 ms | max ms |',
    '|---|---:|---:|---:|---:|',
    `| Lotse \`GET /api/knowledge/search\` (HTTP) | ${ms(httpAll.p50)} | **${ms(httpAll.p95)}** | ${ms(httpAll.p99)} | ${ms(httpAll.max)} |`,
    `| bare SQL of the same search (app role, tenant transaction, one connection) | ${ms(bareAll.p50)} | ${ms(bareAll.p95)} | ${ms(bareAll.p99)} | ${ms(bareAll.max)} |`,
    '',
    `Ratio of the p95s (HTTP / bare SQL): **${ratio.toFixed(2)}**. Target HTTP p95 ≤ ${TARGET_P95_MS} ms: ` +
      `**${met ? 'met' : 'not met'}**. CPU per search: server (Node) ${(cpu.server / requests).toFixed(1)} ms; PostgreSQL ` +
      `${((cpu.pgAll - cpu.pgBare) / requests).toFixed(1)} ms for the server's, ${(cpu.pgBare / requests).toFixed(1)} ms for the bare statements.`,
    '',
    `| search \`q\` | articles matching | hits returned (articles / questions / law) | HTTP p50 ms | HTTP p95 ms | bare p50 ms | bare p95 ms | p95 ratio | bare p50 by part: ${labels.join(' / ')} ms |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---|`,
    ...perQuery.map(
      (r, i) =>
        `| ${r.kind}: \`${r.q}\` | ${matches[i]} | ${hits[i]?.articles} / ${hits[i]?.questions} / ${hits[i]?.law} | ` +
        `${ms(r.http.p50)} | ${ms(r.http.p95)} | ${ms(r.bare.p50)} | ${ms(r.bare.p95)} | ${(r.http.p95 / r.bare.p95).toFixed(2)} | ` +
        `${labels.map((l) => ms(stepP50(i, l))).join(' / ')} |`,
    ),
    '',
    'The articles statement of each search, `EXPLAIN (ANALYZE, BUFFERS)` as the app role after the run:',
    '',
    '| search `q` | how it reaches the articles | execution ms | shared buffers |',
    '|---|---|---:|---:|',
    ...queries.map((query, i) => {
      const plan = articlePlan(i);
      return `| \`${query.q}\` | ${plan?.access ?? '?'} | ${ms(plan?.ms ?? Number.NaN)} | ${plan?.buffers ?? '?'} |`;
    }),
    '',
    `Slowest search (by median) \`${slowest.q}\`, execution time per statement: ` +
      `${(plans[slowestIndex] ?? []).map((p) => `${p.label} ${ms(p.ms)} ms`).join(', ')}.`,
  ].join('\n');
  console.log(`\n${report}\n`);
  if (!args['no-readme'] && !writeReadmeSection('knowledge-search', report))
    console.warn('bench/README.md hat keine Marken <!-- knowledge-search:start/end -->.');
  if (!met) process.exitCode = 2;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
