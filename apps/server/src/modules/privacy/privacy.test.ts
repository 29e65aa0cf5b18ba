import { randomUUID } from 'node:crypto';
import type { TDataSubjectRequest, TPrivacyExport, TPrivacyPersonHit } from '@lotse/shared';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
const cookies: Record<string, string> = {};
let caseId: string;
let mia: string;
let sandra: string;
let otherOfficePerson: string;
const MARK = randomUUID().slice(0, 8);
const SECRET_BODY = `Mia erzählt im Vertrauen vom Streit ${MARK}`;
const NOTE_BODY = `Hausbesuch verlief ruhig ${MARK}`;

const call = (method: 'GET' | 'POST', url: string, who: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookies[who] ?? '' }, payload });

async function ok<T = { id: string }>(
  method: 'GET' | 'POST',
  url: string,
  who: string,
  payload?: object,
): Promise<T> {
  const res = await call(method, url, who, payload);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json() as T;
}

async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return parts.join('\n');
}

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  for (const [name, user] of Object.entries({ anna: o.anna, dora: o.dora, olga: o.olga })) {
    cookies[name] = await loginCookie(t.app, user.username);
  }
  const created = await ok<{ id: string; persons: { id: string; role: string }[] }>(
    'POST',
    '/api/cases',
    'anna',
    {
      title: 'Familie Brückner – Erziehungsberatung',
      helpType: 'p31_spfh',
      teamId: o.nord,
      persons: [
        {
          role: 'child',
          person: { firstName: 'Mia', lastName: 'Brückner', birthDate: '2018-03-01', gender: 'female' },
        },
        {
          role: 'parent',
          person: {
            firstName: 'Sandra',
            lastName: 'Brückner',
            gender: 'female',
            email: 'sandra.brueckner@example.org',
          },
        },
      ],
    },
  );
  caseId = created.id;
  mia = created.persons.find((p) => p.role === 'child')?.id ?? '';
  sandra = created.persons.find((p) => p.role === 'parent')?.id ?? '';
  await ok('POST', `/api/cases/${caseId}/entries`, 'anna', {
    kind: 'contact',
    title: 'Hausbesuch',
    body: NOTE_BODY,
  });
  await ok('POST', `/api/cases/${caseId}/entries`, 'anna', {
    kind: 'note',
    title: 'Gespräch mit Mia',
    body: SECRET_BODY,
    entrusted: true,
  });
  await ok('POST', `/api/cases/${caseId}/help-plans`, 'anna', {
    participants: [{ role: 'caseworker', name: 'Anna', view: '' }],
    help: { type: 'p31_spfh', provider: 'Familienhilfe Nord e. V.', startsOn: '2026-11-01' },
    goals: [
      { id: randomUUID(), title: `Mia kommt pünktlich zur Schule ${MARK}`, indicators: [], progress: 4 },
    ],
    reviewOn: '2027-03-01',
  });
  await ok('GET', `/api/cases/${caseId}`, 'anna');
  const otherCase = await openCase(t.app, cookies.olga ?? '', o.otherTeam);
  const detail = await ok<{ children: { id: string }[] }>('GET', `/api/cases/${otherCase}`, 'olga');
  otherOfficePerson = detail.children[0]?.id ?? '';
});
afterAll(() => t.close());

describe('Art. 15 export', () => {
  it('gives the data protection officer everything about the person, content opened', async () => {
    const data = await ok<TPrivacyExport>('GET', `/api/privacy/persons/${mia}/export`, 'dora');
    expect(data.person.name).toBe('Mia Brückner');
    expect(data.followed.cases).toEqual([caseId]);
    const tables = data.sections.map((s) => s.table);
    expect(tables).toEqual(
      expect.arrayContaining([
        'persons',
        'case_persons',
        'cases',
        'case_entries',
        'help_plan_versions',
        'audit_events',
      ]),
    );
    const text = JSON.stringify(data);
    expect(text).toContain(NOTE_BODY);
    expect(text).toContain(`Mia kommt pünktlich zur Schule ${MARK}`);
    expect(text).toContain('Familie Brückner – Erziehungsberatung');
    expect(text).not.toMatch(/_enc"/);
    expect(text).not.toContain('search_tokens');
  });

  it('withholds what was entrusted (§ 65 SGB VIII) and credentials, saying why', async () => {
    const data = await ok<TPrivacyExport>('GET', `/api/privacy/persons/${mia}/export`, 'dora');
    expect(JSON.stringify(data)).not.toContain(SECRET_BODY);
    const entries = data.sections.find((s) => s.table === 'case_entries');
    expect(entries?.withheld.body).toMatch(/§ 65 SGB VIII/);
    const entrusted = entries?.rows.find((r) => r.entrusted_to);
    expect(entrusted?.body).toEqual({ withheld: expect.stringMatching(/anvertrau/) });
  });

  it('lists who read the data: the caseworker from the audit trail', async () => {
    const data = await ok<TPrivacyExport>('GET', `/api/privacy/persons/${mia}/export`, 'dora');
    const anna = data.recipients.find(
      (r) => r.kind === 'staff' && r.name === `Person ${o.anna.username}` && r.what === 'Daten gelesen',
    );
    expect(anna?.count).toBeGreaterThan(0);
    expect(data.names[o.anna.id]).toBe(`Person ${o.anna.username}`);
  });

  it('is audited as an export of the person', async () => {
    await ok('GET', `/api/privacy/persons/${sandra}/export`, 'dora');
    const audit = await ok<{ items: { action: string; resourceId: string }[] }>(
      'GET',
      '/api/audit?action=privacy.export',
      'dora',
    );
    expect(audit.items.some((e) => e.resourceId === sandra)).toBe(true);
  });

  it('follows a parent into the same case but not into another person’s own record', async () => {
    const data = await ok<TPrivacyExport>('GET', `/api/privacy/persons/${sandra}/export`, 'dora');
    expect(data.followed.cases).toEqual([caseId]);
    const persons = data.sections.find((s) => s.table === 'persons');
    expect(persons?.rows.map((r) => r.id)).toEqual([sandra]);
    expect(JSON.stringify(persons)).toContain('sandra.brueckner@example.org');
  });

  it('renders an accessible PDF with the person and the recipients', async () => {
    const res = await call('GET', `/api/privacy/persons/${mia}/export.pdf`, 'dora');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Auskunft nach Art. 15 DSGVO');
    expect(text).toContain('Mia Brückner');
    expect(text).toContain(NOTE_BODY);
    expect(text).not.toContain(SECRET_BODY);
    expect(res.rawPayload.toString('latin1')).toContain('/StructTreeRoot');
  });

  it('refuses caseworkers, and answers 404 for another office’s person and 400 for a bad id', async () => {
    const anna = await call('GET', `/api/privacy/persons/${mia}/export`, 'anna');
    expect(anna.statusCode).toBe(403);
    expect(anna.json().message).toMatch(/Datenschutzbeauftragte/);
    expect((await call('GET', `/api/privacy/persons/${otherOfficePerson}/export`, 'dora')).statusCode).toBe(
      404,
    );
    expect((await call('GET', `/api/privacy/persons/${randomUUID()}/export`, 'dora')).statusCode).toBe(404);
    expect((await call('GET', '/api/privacy/persons/42/export', 'dora')).statusCode).toBe(400);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/privacy/persons/${mia}/export` })).statusCode,
    ).toBe(401);
  });
});

describe('finding the person', () => {
  it('finds persons by the beginning of a name across teams, and by file number', async () => {
    const res = await ok<{ items: TPrivacyPersonHit[] }>('GET', '/api/privacy/persons?q=Brück', 'dora');
    expect(res.items.map((p) => p.name).sort()).toEqual(['Mia Brückner', 'Sandra Brückner']);
    const mine = res.items.find((p) => p.id === mia);
    expect(mine?.cases[0]?.id).toBe(caseId);
    const reference = mine?.cases[0]?.reference ?? '';
    const byReference = await ok<{ items: TPrivacyPersonHit[] }>(
      'GET',
      `/api/privacy/persons?q=${encodeURIComponent(reference)}`,
      'dora',
    );
    expect(byReference.items.map((p) => p.id)).toContain(mia);
  });

  it('asks for two letters and refuses other roles', async () => {
    const short = await call('GET', '/api/privacy/persons?q=B', 'dora');
    expect(short.statusCode).toBe(400);
    expect((await call('GET', '/api/privacy/persons?q=Brück', 'anna')).statusCode).toBe(403);
    expect(
      (await ok<{ items: unknown[] }>('GET', '/api/privacy/persons?q=Brück', 'dora')).items,
    ).toHaveLength(2);
  });
});

describe('requests of the data subject', () => {
  it('records a correction request with its one-month deadline and the decision', async () => {
    const recorded = await ok<TDataSubjectRequest>(
      'POST',
      `/api/privacy/persons/${sandra}/requests`,
      'dora',
      {
        right: 'correction',
        receivedOn: '2026-11-30',
        note: 'Die Telefonnummer ist falsch.',
      },
    );
    expect(recorded).toMatchObject({
      right: 'correction',
      status: 'open',
      dueOn: '2026-12-30',
      recordedBy: `Person ${o.dora.username}`,
    });
    const decided = await ok<TDataSubjectRequest>(
      'POST',
      `/api/privacy/requests/${recorded.id}/decision`,
      'dora',
      {
        status: 'done',
        decision: 'Nummer in den Stammdaten berichtigt.',
      },
    );
    expect(decided).toMatchObject({
      status: 'done',
      decision: 'Nummer in den Stammdaten berichtigt.',
      decidedBy: `Person ${o.dora.username}`,
    });
    const again = await call('POST', `/api/privacy/requests/${recorded.id}/decision`, 'dora', {
      status: 'refused',
      decision: 'x',
    });
    expect(again.statusCode).toBe(409);
    const list = await ok<{ items: TDataSubjectRequest[] }>(
      'GET',
      `/api/privacy/persons/${sandra}/requests`,
      'dora',
    );
    expect(list.items.map((r) => r.id)).toContain(recorded.id);
    const exported = await ok<TPrivacyExport>('GET', `/api/privacy/persons/${sandra}/export`, 'dora');
    expect(JSON.stringify(exported)).toContain('Die Telefonnummer ist falsch.');
  });

  it('refuses bad input without writing anything', async () => {
    const before = (await ok<{ items: unknown[] }>('GET', `/api/privacy/persons/${mia}/requests`, 'dora'))
      .items.length;
    const cases = [
      { right: 'forget_me', receivedOn: '2026-11-30', note: 'x' },
      { right: 'erasure', receivedOn: '30.11.2026', note: 'x' },
      { right: 'erasure', receivedOn: '2026-11-30', note: '' },
      { right: 'erasure', receivedOn: '2026-11-30', note: 'x'.repeat(5000) },
      { right: 'erasure', receivedOn: '2999-01-01', note: 'Bitte löschen' },
    ];
    for (const body of cases) {
      const res = await call('POST', `/api/privacy/persons/${mia}/requests`, 'dora', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().message).toBeTruthy();
    }
    const valid = { right: 'erasure', receivedOn: '2026-11-30', note: 'Bitte löschen' };
    expect((await call('POST', `/api/privacy/persons/${mia}/requests`, 'anna', valid)).statusCode).toBe(403);
    expect(
      (await ok<{ items: unknown[] }>('GET', `/api/privacy/persons/${mia}/requests`, 'dora')).items,
    ).toHaveLength(before);
  });
});

describe('reading or writing', () => {
  it('tells reads from writes by the audited verb', async () => {
    const { isRead } = await import('./recipients.js');
    for (const read of [
      'case.read',
      'case.list',
      'case.brief_read',
      'workflow.case_process',
      'family_account.preview',
      'share.provider_read',
      'privacy.export',
    ])
      expect(isRead(read), read).toBe(true);
    for (const write of [
      'case.update',
      'entry.create',
      'message.send',
      'consent.give',
      'protection.sign_off',
      'document.upload',
    ])
      expect(isRead(write), write).toBe(false);
  });
});
