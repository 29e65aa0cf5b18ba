import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { briefSectionTitles, type TCaseBrief } from '@lotse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
const cookies: Record<string, string> = {};
let caseId: string;
let otherTeamCase: string;
let otherOfficeCase: string;
let entrustedId: string;
const SECRET = `Anvertraut: Mia erzählt vom Streit ${randomUUID().slice(0, 8)}`;

const call = (method: 'GET' | 'POST', url: string, who: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookies[who] ?? '' }, payload });

async function ok<T = { id: string }>(method: 'GET' | 'POST', url: string, payload?: object): Promise<T> {
  const res = await call(method, url, 'anna', payload);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json() as T;
}

const DAY = 86_400_000;
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  for (const [name, user] of Object.entries({ anna: o.anna, ben: o.ben, olga: o.olga })) {
    cookies[name] = await loginCookie(t.app, user.username);
  }
  const created = await ok<{ id: string; persons: { id: string; role: string }[] }>('POST', '/api/cases', {
    title: 'Familie Brückner – Erziehungsberatung',
    helpType: 'p31_spfh',
    teamId: o.nord,
    persons: [
      {
        role: 'child',
        person: {
          firstName: 'Mia',
          lastName: 'Brückner',
          birthDate: '2018-03-01',
          gender: 'female',
          street: 'Lindenallee',
          houseNumber: '7',
          postcode: '12101',
          city: 'Musterstadt',
        },
      },
      {
        role: 'parent',
        person: {
          firstName: 'Sandra',
          lastName: 'Brückner',
          gender: 'female',
          phone: '0151 2345 6789',
          email: 'sandra.brueckner@example.org',
          street: 'Lindenallee',
          houseNumber: '7',
          postcode: '12101',
          city: 'Musterstadt',
        },
      },
    ],
  });
  caseId = created.id;
  const mia = created.persons.find((p) => p.role === 'child')?.id ?? '';
  const sandra = created.persons.find((p) => p.role === 'parent')?.id ?? '';
  await ok('POST', `/api/cases/${caseId}/relations`, {
    fromPersonId: sandra,
    toPersonId: mia,
    kind: 'parent',
  });
  await ok('POST', `/api/cases/${caseId}/entries`, {
    kind: 'contact',
    title: 'Hausbesuch bei Mias Mutter',
    occurredAt: new Date(Date.now() - 5 * DAY).toISOString(),
  });
  await ok('POST', `/api/cases/${caseId}/entries`, {
    kind: 'note',
    title: 'Rückruf der Schule, Frau Brückner informiert',
    occurredAt: new Date(Date.now() - 3 * DAY).toISOString(),
  });
  entrustedId = (
    await ok('POST', `/api/cases/${caseId}/entries`, { kind: 'note', title: SECRET, entrusted: true })
  ).id;
  await ok('POST', `/api/cases/${caseId}/tasks`, {
    title: 'Schulbericht anfordern',
    dueOn: day(4),
    assigneeId: o.anna.id,
  });
  await ok('POST', `/api/cases/${caseId}/help-plans`, {
    participants: [{ role: 'caseworker', name: 'Anna', view: '' }],
    help: { type: 'p31_spfh', provider: 'Familienhilfe Nord e. V.', startsOn: day(-20) },
    goals: [
      {
        id: randomUUID(),
        title: 'Mia kommt pünktlich zur Schule',
        indicators: ['Keine Fehlzeiten'],
        progress: 6,
      },
      { id: randomUUID(), title: 'Feste Abendroutine', indicators: [], progress: null },
    ],
    reviewOn: day(60),
  });
  await ok('POST', `/api/cases/${caseId}/protection-procedures`, {
    hintSources: ['school'],
    content: 'Die Schule meldet häufiges Fehlen.',
    receivedAt: new Date(Date.now() - 2 * DAY).toISOString(),
    urgency: 'within_24h',
    childPersonId: mia,
  });
  otherTeamCase = await openCase(t.app, cookies.ben ?? '', o.sued);
  otherOfficeCase = await openCase(t.app, cookies.olga ?? '', o.otherTeam);
});
afterAll(() => t.close());

const sentencesOf = (brief: TCaseBrief) => brief.sections.flatMap((s) => s.sentences);

/** Whether the record a source names exists and belongs to the case. */
async function resolves(source: { kind: string; id: string }, ofCase: string): Promise<boolean> {
  return t.db.withOwner(async (ow) => {
    switch (source.kind) {
      case 'case':
        return source.id === ofCase;
      case 'person':
        return !!(await ow
          .selectFrom('case_persons')
          .select('person_id')
          .where('case_id', '=', ofCase)
          .where('person_id', '=', source.id)
          .executeTakeFirst());
      case 'relation':
        return !!(await ow
          .selectFrom('relations as r')
          .innerJoin('case_persons as cp', 'cp.person_id', 'r.from_person_id')
          .select('r.id')
          .where('r.id', '=', source.id)
          .where('cp.case_id', '=', ofCase)
          .executeTakeFirst());
      case 'household':
        return !!(await ow
          .selectFrom('households')
          .select('id')
          .where('id', '=', source.id)
          .where('case_id', '=', ofCase)
          .executeTakeFirst());
      case 'entry':
        return !!(await ow
          .selectFrom('case_entries')
          .select('id')
          .where('id', '=', source.id)
          .where('case_id', '=', ofCase)
          .where('entrusted_to', 'is', null)
          .executeTakeFirst());
      case 'task':
        return !!(await ow
          .selectFrom('tasks')
          .select('id')
          .where('id', '=', source.id)
          .where('case_id', '=', ofCase)
          .executeTakeFirst());
      case 'help_plan':
        return !!(await ow
          .selectFrom('help_plans')
          .select('id')
          .where('id', '=', source.id)
          .where('case_id', '=', ofCase)
          .executeTakeFirst());
      case 'protection_procedure':
        return !!(await ow
          .selectFrom('protection_procedures')
          .select('id')
          .where('id', '=', source.id)
          .where('case_id', '=', ofCase)
          .executeTakeFirst());
      default:
        return false;
    }
  });
}

describe('GET /api/cases/:id/brief', () => {
  it('has every section, the persons by name, and a source for every sentence that resolves in the case', async () => {
    const res = await call('GET', `/api/cases/${caseId}/brief`, 'anna');
    expect(res.statusCode, res.body).toBe(200);
    const brief = res.json() as TCaseBrief;
    expect(brief.title).toBe('Übergabe');
    expect(brief.purpose).toBe('handover');
    expect(brief.aiAvailable).toBe(false);
    expect(new Set(brief.sections.map((s) => s.title))).toEqual(new Set(Object.values(briefSectionTitles)));
    const text = JSON.stringify(brief);
    expect(text).toContain('Mia Brückner');
    expect(text).toContain('"source"');
    const all = sentencesOf(brief);
    expect(all.length).toBeGreaterThan(10);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    const kinds = new Set(all.map((s) => s.source.kind));
    for (const kind of ['case', 'person', 'relation', 'entry', 'task', 'help_plan', 'protection_procedure'])
      expect(kinds, kind).toContain(kind);
    for (const s of all) {
      expect(s.machineWritten).toBe(false);
      expect(s.source.href.startsWith(`/fachkraft/faelle/${caseId}`), s.source.href).toBe(true);
      expect(await resolves(s.source, caseId), `${s.id}: ${s.source.kind} ${s.source.id}`).toBe(true);
    }
    const section = (key: string) => brief.sections.find((s) => s.key === key)?.sentences.map((s) => s.text);
    expect(section('helpplan')).toContain(
      'Ziel „Mia kommt pünktlich zur Schule“: Fortschritt 6 von 10 bei der letzten Überprüfung.',
    );
    expect(section('deadlines')?.join(' ')).toContain('Die Aufgabe „Schulbericht anfordern“');
    expect(section('contacts')?.join(' ')).toContain('„Hausbesuch bei Mias Mutter“');
    expect(section('persons')).toContain('Sandra Brückner ist Elternteil von Mia Brückner.');
    expect(section('persons')?.join(' ')).toContain('0151 2345 6789');
    expect(brief.notes.join(' ')).toContain('Anvertraute Einträge (§ 65 SGB VIII) sind nicht enthalten.');
    const entry = all.find((s) => s.source.kind === 'entry');
    expect(entry?.source.href).toBe(`/fachkraft/faelle/${caseId}#eintrag-${entry?.source.id}`);
    expect(entry?.source.label).toMatch(/^(Notiz|Kontakt) vom \d{1,2}\. [A-ZÄÖÜ][a-zä]+ \d{4}$/);
  });

  it('leaves entrusted entries out, even for the person they were entrusted to', async () => {
    const res = await call('GET', `/api/cases/${caseId}/brief?purpose=court`, 'anna');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain(entrustedId);
  });

  it('follows the purpose: title, order and what it stresses', async () => {
    const court = (
      await call('GET', `/api/cases/${caseId}/brief?purpose=court`, 'anna')
    ).json() as TCaseBrief;
    expect(court.title).toBe('Entwurf Bericht an das Familiengericht');
    expect(court.sections.map((s) => s.key)).toEqual([
      'persons',
      'course',
      'protection',
      'helpplan',
      'contacts',
      'deadlines',
    ]);
    expect(JSON.stringify(court)).not.toContain('0151 2345 6789');
    const meeting = (
      await call('GET', `/api/cases/${caseId}/brief?purpose=helpplan_meeting`, 'anna')
    ).json() as TCaseBrief;
    expect(meeting.title).toBe('Vorbereitung Hilfeplangespräch');
    expect(meeting.sections[0]?.key).toBe('helpplan');
    expect(meeting.sections[0]?.sentences.map((s) => s.text).join(' ')).toContain('Keine Fehlzeiten');
  });

  it('refuses an unknown purpose (400)', async () => {
    const res = await call('GET', `/api/cases/${caseId}/brief?purpose=press`, 'anna');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toEqual(expect.any(String));
  });

  it('is not there for another team, another office or a case that does not exist (404)', async () => {
    for (const [who, id] of [
      ['ben', caseId],
      ['olga', caseId],
      ['anna', otherTeamCase],
      ['anna', otherOfficeCase],
      ['anna', randomUUID()],
    ] as const) {
      const res = await call('GET', `/api/cases/${id}/brief`, who);
      expect(res.statusCode, `${who} ${id}`).toBe(404);
      expect(res.body).not.toContain('Brückner');
    }
  });

  it('is audited as a read of the case, without content', async () => {
    const events = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select(['details', 'actor_id', 'outcome'])
        .where('action', '=', 'case.brief_read')
        .where('case_id', '=', caseId)
        .execute(),
    );
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(events.every((e) => e.actor_id === o.anna.id && e.outcome === 'allowed')).toBe(true);
    expect(JSON.stringify(events)).not.toContain('Brückner');
  });

  it('builds a brief of a case with a long history in well under a second', async () => {
    for (let i = 0; i < 120; i++) {
      await ok('POST', `/api/cases/${caseId}/entries`, {
        kind: i % 3 === 0 ? 'contact' : 'note',
        title: `Eintrag ${i}`,
        occurredAt: new Date(Date.now() - (200 - i) * DAY).toISOString(),
      });
    }
    const started = performance.now();
    const res = await call('GET', `/api/cases/${caseId}/brief?purpose=court`, 'anna');
    const took = performance.now() - started;
    expect(res.statusCode).toBe(200);
    expect(took).toBeLessThan(1000);
    const course = (res.json() as TCaseBrief).sections.find((s) => s.key === 'course');
    expect(course?.sentences.map((s) => s.text).join(' ')).toMatch(/\d+ weitere Einträge stehen im Verlauf/);
  });
});

describe('POST /api/cases/:id/brief/rephrase (the office’s AI service)', () => {
  let server: Server;
  let mode: 'ok' | 'garbage' | 'slow' = 'ok';
  const received: { body: string; authorization: string | undefined; path: string | undefined }[] = [];

  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const body = await read(req);
      received.push({ body, authorization: req.headers.authorization, path: req.url });
      if (mode === 'garbage') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"choices":[{"message":{"content":"Gern! Hier ist der Bericht: …"}}]}');
        return;
      }
      if (mode === 'slow') {
        setTimeout(() => res.end('{}'), 1500);
        return;
      }
      const request = JSON.parse(body) as { messages: { role: string; content: string }[] };
      const user = JSON.parse(request.messages.find((m) => m.role === 'user')?.content ?? '{}') as {
        sentences: { id: string; text: string }[];
      };
      const content = JSON.stringify({
        sentences: user.sentences.map((s) => ({ id: s.id, text: `Umformuliert: ${s.text}` })),
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    t.ctx.config.ai = undefined;
    await new Promise((resolve) => server.close(resolve));
  });

  const useService = (timeoutMs = 5000) => {
    const { port } = server.address() as AddressInfo;
    t.ctx.config.ai = { url: `http://127.0.0.1:${port}`, model: 'test-model', apiKey: 'geheim', timeoutMs };
  };

  it('answers 503 with the reason when the office runs no AI service', async () => {
    t.ctx.config.ai = undefined;
    const res = await call('POST', `/api/cases/${caseId}/brief/rephrase`, 'anna');
    expect(res.statusCode).toBe(503);
    expect(res.json().message).toContain('KI-Dienst');
    expect(received).toHaveLength(0);
  });

  it('sends only pseudonymised sentences, restores the names and marks the sentences machine-written', async () => {
    useService();
    mode = 'ok';
    const plain = (await call('GET', `/api/cases/${caseId}/brief`, 'anna')).json() as TCaseBrief;
    expect(plain.aiAvailable).toBe(true);
    const res = await call('POST', `/api/cases/${caseId}/brief/rephrase?purpose=handover`, 'anna');
    expect(res.statusCode, res.body).toBe(200);
    const sent = received.at(-1);
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.authorization).toBe('Bearer geheim');
    for (const real of [
      'Mia',
      'Sandra',
      'Brückner',
      'Lindenallee',
      '12101',
      'Musterstadt',
      '0151 2345 6789',
      'sandra.brueckner@example.org',
      '1. März 2018',
      '2018-03-01',
    ]) {
      expect(sent?.body, real).not.toContain(real);
    }
    expect(sent?.body).toContain('[Person A]');
    expect(sent?.body).not.toContain(SECRET);

    const brief = res.json() as TCaseBrief;
    expect(brief.machineWritten).toBe(true);
    const all = sentencesOf(brief);
    expect(all.every((s) => s.machineWritten && s.text.startsWith('Umformuliert: '))).toBe(true);
    expect(all.map((s) => s.source)).toEqual(sentencesOf(plain).map((s) => s.source));
    expect(all.map((s) => s.text.replace('Umformuliert: ', ''))).toEqual(
      sentencesOf(plain).map((s) => s.text),
    );
    expect(JSON.stringify(brief)).toContain('Mia Brückner');
    expect(brief.notes.join(' ')).toContain('maschinell formuliert');
  });

  it('audits that content went to the service, without the content, and stores nothing', async () => {
    const events = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select(['details', 'actor_id'])
        .where('action', '=', 'case.brief_rephrased')
        .where('case_id', '=', caseId)
        .execute(),
    );
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events[0]?.actor_id).toBe(o.anna.id);
    const details = JSON.stringify(events.map((e) => e.details));
    expect(details).not.toMatch(/Brückner|Mia|Umformuliert/);
    expect(details).toContain('127.0.0.1');
    const entries = (await call('GET', `/api/cases/${caseId}/entries`, 'anna')).json() as { title: string }[];
    expect(entries.some((e) => e.title.includes('Umformuliert'))).toBe(false);
  });

  it('answers 502 when the service answers garbage, 504 when it is too slow, 404 for another team', async () => {
    useService();
    mode = 'garbage';
    const garbage = await call('POST', `/api/cases/${caseId}/brief/rephrase`, 'anna');
    expect(garbage.statusCode).toBe(502);
    expect(garbage.json().message).toContain('keine verwertbare Antwort');

    useService(300);
    mode = 'slow';
    const slow = await call('POST', `/api/cases/${caseId}/brief/rephrase`, 'anna');
    expect(slow.statusCode).toBe(504);
    expect(slow.json().message).toContain('nicht innerhalb');

    mode = 'ok';
    useService();
    const before = received.length;
    expect((await call('POST', `/api/cases/${caseId}/brief/rephrase`, 'ben')).statusCode).toBe(404);
    expect((await call('POST', `/api/cases/${caseId}/brief/rephrase?purpose=x`, 'anna')).statusCode).toBe(
      400,
    );
    expect(received.length).toBe(before);
  });
});
