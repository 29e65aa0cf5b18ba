import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
const cookies: Record<string, string> = {};
let caseId: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  for (const [name, user] of Object.entries({
    anna: o.anna,
    nora: o.nora,
    ben: o.ben,
    clara: o.clara,
    dora: o.dora,
    fiona: o.fiona,
    olga: o.olga,
  })) {
    cookies[name] = await loginCookie(t.app, user.username);
  }
  caseId = await openCase(t.app, cookies.anna!, o.nord, { childFirstName: 'Lena' });
});
afterAll(() => t.close());

const get = (url: string, who: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who]! } });

describe('case access', () => {
  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}` });
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toMatch(/melden Sie sich an/);
  });

  it('shows the case to its caseworker, team colleagues and the team lead', async () => {
    for (const who of ['anna', 'nora', 'clara']) {
      const res = await get(`/api/cases/${caseId}`, who);
      expect(res.statusCode, who).toBe(200);
      expect(res.json().children[0].firstName).toBe('Lena');
    }
  });

  it('answers 404 — not 403 — to another team, the DPO and another office', async () => {
    for (const who of ['ben', 'dora', 'olga']) {
      const res = await get(`/api/cases/${caseId}`, who);
      expect(res.statusCode, who).toBe(404);
      expect(res.json().error).toBe('not_found');
    }
    const missing = await get('/api/cases/00000000-0000-4000-8000-000000000000', 'anna');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual((await get(`/api/cases/${caseId}`, 'ben')).json());
  });

  it('finds cases by the beginning of a name or title word, accents aside, without storing the words', async () => {
    const id = await openCase(t.app, cookies.nora!, o.nord, {
      title: 'Schulbegleitung Größenwahn',
      childFirstName: 'Zoë-Élise',
    });
    const ids = async (q: string) =>
      (await get(`/api/cases?q=${encodeURIComponent(q)}`, 'anna'))
        .json()
        .items.map((c: { id: string }) => c.id);
    for (const q of ['zoe', 'Zoë', 'eli', 'ÉLISE', 'grossen', 'größenwahn', 'Schulbeg zoe']) {
      expect(await ids(q), q).toContain(id);
    }
    for (const q of ['oe', 'wahn', 'zoe mia']) expect(await ids(q), q).not.toContain(id);
    const reference = (await get(`/api/cases/${id}`, 'anna')).json().reference as string;
    expect(await ids(reference.slice(-4))).toContain(id);
    const stored = await t.db.withOwner((ow) =>
      ow
        .selectFrom('cases')
        .select(['search_tokens', 'title_enc', 'legacy_title'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow(),
    );
    expect(stored.legacy_title).toBeNull();
    expect(Buffer.from(stored.title_enc ?? []).toString('latin1')).not.toContain('Schulbegleitung');
    expect(stored.search_tokens?.join(' ')).not.toMatch(/zoe|schul|gross/i);
  });

  it('lists only visible cases, with search and filters', async () => {
    await openCase(t.app, cookies.ben!, o.sued, { childFirstName: 'Jonas', postcode: '12201' });
    const annaList = await get('/api/cases?q=lena', 'anna');
    expect(annaList.json().items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    const benList = await get('/api/cases?q=lena', 'ben');
    expect(benList.json().total).toBe(0);
    const jonas = await get('/api/cases?q=jonas', 'ben');
    expect(jonas.json().items[0].socialArea.name).toBe('Sozialraum SUED');
    const byStatus = await get('/api/cases?status=running', 'anna');
    expect(byStatus.json().total).toBe(0);
    const mine = await get('/api/cases?mine=true&status=inquiry', 'anna');
    expect(mine.json().total).toBe(1);
  });

  it('sends the allowed actions with each case', async () => {
    const asAnna = await get(`/api/cases/${caseId}`, 'anna');
    expect(asAnna.json().allowedActions).toContain('add_entry');
    expect(asAnna.json().allowedActions).not.toContain('assign');
    const asClara = await get(`/api/cases/${caseId}`, 'clara');
    expect(asClara.json().allowedActions).toContain('assign');
  });

  it('moves the status only along the lifecycle and records it in the timeline', async () => {
    const skip = await t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      headers: { cookie: cookies.anna! },
      payload: { status: 'running' },
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().message).toContain('Anfrage');
    const next = await t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      headers: { cookie: cookies.anna! },
      payload: { status: 'clarification' },
    });
    expect(next.statusCode).toBe(200);
    expect(next.json().status).toBe('clarification');
    const entries = await get(`/api/cases/${caseId}/entries`, 'anna');
    expect(entries.json()[0].kind).toBe('status_change');
    expect(entries.json()[0].body).toContain('Klärung');
  });

  it('lets only the team lead assign deputies, who then see the case', async () => {
    const byAnna = await t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      headers: { cookie: cookies.anna! },
      payload: { deputyIds: [o.nora.id] },
    });
    expect(byAnna.statusCode).toBe(403);
    const outsider = await t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      headers: { cookie: cookies.clara! },
      payload: { deputyIds: [o.ben.id] },
    });
    expect(outsider.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      headers: { cookie: cookies.clara! },
      payload: { deputyIds: [o.nora.id] },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().deputies.map((d: { id: string }) => d.id)).toEqual([o.nora.id]);
  });

  it('refuses to open a case in a team the caseworker does not belong to', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: cookies.anna! },
      payload: {
        title: 'Fremdes Team',
        teamId: o.sued,
        persons: [{ role: 'child', person: { firstName: 'A', lastName: 'B' } }],
      },
    });
    expect(res.statusCode).toBe(403);
    const count = await get('/api/cases?q=fremdes', 'ben');
    expect(count.json().total).toBe(0);
  });

  it('numbers case references per area and year, continuing after existing ones', async () => {
    const year = new Date().getFullYear();
    const first = (await get(`/api/cases/${caseId}`, 'anna')).json().reference;
    expect(first).toBe(`${year}-NORD-0001`);
    await t.db.withOwner((ow) =>
      ow
        .updateTable('cases')
        .set({ reference: `${year}-NORD-0041` })
        .where('id', '=', caseId)
        .execute(),
    );
    await t.db.withOwner((ow) => ow.deleteFrom('case_reference_counters').execute());
    const next = await openCase(t.app, cookies.anna!, o.nord);
    expect((await get(`/api/cases/${next}`, 'anna')).json().reference).toBe(`${year}-NORD-0042`);
  });

  it('explains invalid input field by field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: cookies.anna! },
      payload: { title: 'x', teamId: 'nope', persons: [] },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields)).toEqual(expect.arrayContaining(['title', 'teamId', 'persons']));
  });

  it('adds persons and relations for the genogram', async () => {
    const detail = (await get(`/api/cases/${caseId}`, 'anna')).json();
    const child = detail.persons.find((p: { role: string }) => p.role === 'child');
    const mother = detail.persons.find((p: { role: string }) => p.role === 'parent');
    const rel = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/relations`,
      headers: { cookie: cookies.anna! },
      payload: { fromPersonId: mother.id, toPersonId: child.id, kind: 'parent' },
    });
    expect(rel.statusCode).toBe(201);
    expect(rel.json().relations).toHaveLength(1);
    const dup = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/relations`,
      headers: { cookie: cookies.anna! },
      payload: { fromPersonId: mother.id, toPersonId: child.id, kind: 'parent' },
    });
    expect(dup.statusCode).toBe(409);
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/persons`,
      headers: { cookie: cookies.anna! },
      payload: { role: 'parent', person: { firstName: 'Tom', lastName: 'Muster', gender: 'male' } },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().persons).toHaveLength(3);
  });

  it('corrects a person and moves them to the social area of the new address', async () => {
    const detail = (await get(`/api/cases/${caseId}`, 'anna')).json();
    const mother = detail.persons.find((p: { firstName: string }) => p.firstName === 'Sandra');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}/persons/${mother.id}`,
      headers: { cookie: cookies.anna! },
      payload: { postcode: '12201', phone: '0151 000000', gender: 'diverse' },
    });
    expect(res.statusCode).toBe(200);
    const updated = res.json().persons.find((p: { id: string }) => p.id === mother.id);
    expect(updated).toMatchObject({
      postcode: '12201',
      phone: '0151 000000',
      gender: 'diverse',
      lastName: 'Muster',
    });
    expect(updated.socialArea.name).toBe('Sozialraum SUED');
    const foreign = await t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}/persons/${mother.id}`,
      headers: { cookie: cookies.ben! },
      payload: { phone: '1' },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('groups persons of the case into a household', async () => {
    const detail = (await get(`/api/cases/${caseId}`, 'anna')).json();
    const ids = detail.persons.slice(0, 2).map((p: { id: string }) => p.id);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/households`,
      headers: { cookie: cookies.anna! },
      payload: { label: 'Haushalt Mutter', personIds: ids },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().households).toEqual([
      { id: expect.any(String), label: 'Haushalt Mutter', personIds: expect.arrayContaining(ids) },
    ]);
    const stranger = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/households`,
      headers: { cookie: cookies.anna! },
      payload: { label: 'Fremd', personIds: ['00000000-0000-4000-8000-000000000009'] },
    });
    expect(stranger.statusCode).toBe(400);
  });

  it('manages tasks with due dates', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/tasks`,
      headers: { cookie: cookies.anna! },
      payload: { title: 'Hausbesuch planen', dueOn: '2020-01-01' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().overdue).toBe(true);
    const day = (await get('/api/my-day', 'anna')).json();
    expect(day.tasksDue.map((x: { title: string }) => x.title)).toContain('Hausbesuch planen');
    expect(day.counts.overdueTasks).toBe(1);
    const done = await t.app.inject({
      method: 'PATCH',
      url: `/api/tasks/${res.json().id}`,
      headers: { cookie: cookies.ben! },
      payload: { done: true },
    });
    expect(done.statusCode).toBe(404);
    const doneByAnna = await t.app.inject({
      method: 'PATCH',
      url: `/api/tasks/${res.json().id}`,
      headers: { cookie: cookies.anna! },
      payload: { done: true },
    });
    expect(doneByAnna.json().doneAt).not.toBeNull();
  });
});

describe('who may be given a task', () => {
  // By now Nora is Lena's deputy (see above); Anna is her caseworker and Clara leads ASD Nord.
  it('lists the people who may work on the case, with their reason', async () => {
    const res = await get(`/api/cases/${caseId}/assignees`, 'anna');
    expect(res.statusCode).toBe(200);
    const byId = Object.fromEntries(res.json().map((a: { id: string; reason: string }) => [a.id, a.reason]));
    expect(byId).toEqual({ [o.anna.id]: 'assigned', [o.nora.id]: 'deputy', [o.clara.id]: 'lead' });
    // The same list for everyone who may see the case.
    expect((await get(`/api/cases/${caseId}/assignees`, 'clara')).json()).toEqual(res.json());
  });

  it('leaves out team members who may not work on cases and disabled accounts', async () => {
    const planner = await o.office.user({ roles: ['planner'], teams: [o.nord] });
    const gone = await o.office.user({ roles: ['caseworker'], teams: [o.nord] });
    const colleague = await o.office.user({ roles: ['caseworker'], teams: [o.nord] });
    await t.db.withOwner((ow) =>
      ow.updateTable('users').set({ disabled: true }).where('id', '=', gone.id).execute(),
    );
    const ids = (await get(`/api/cases/${caseId}/assignees`, 'anna')).json().map((a: { id: string }) => a.id);
    expect(ids).toContain(colleague.id);
    expect(ids).not.toContain(planner.id);
    expect(ids).not.toContain(gone.id);
    for (const outsider of [o.ben, o.dora, o.fiona, o.olga]) expect(ids).not.toContain(outsider.id);
  });

  it('answers 404 to those who may not see the case', async () => {
    for (const who of ['ben', 'dora', 'fiona', 'olga']) {
      expect((await get(`/api/cases/${caseId}/assignees`, who)).statusCode, who).toBe(404);
    }
  });

  it('refuses a task for someone who may not work on the case and writes nothing', async () => {
    const tasksBefore = (await get(`/api/cases/${caseId}`, 'anna')).json().tasks.length;
    const unknown = '00000000-0000-4000-8000-00000000abcd';
    for (const assigneeId of [o.ben.id, o.dora.id, o.fiona.id, o.olga.id, unknown]) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/cases/${caseId}/tasks`,
        headers: { cookie: cookies.anna! },
        payload: { title: 'Falsch zugewiesen', dueOn: '2030-01-01', assigneeId },
      });
      expect(res.statusCode, assigneeId).toBe(400);
      expect(res.json().message).toMatch(/^Diese Person darf an diesem Fall nicht arbeiten\./);
      expect(res.json().fields).toEqual({ assigneeId: expect.any(String) });
    }
    const after = (await get(`/api/cases/${caseId}`, 'anna')).json().tasks;
    expect(after).toHaveLength(tasksBefore);
    expect(after.map((x: { title: string }) => x.title)).not.toContain('Falsch zugewiesen');
  });

  it('gives a task to a deputy', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/tasks`,
      headers: { cookie: cookies.anna! },
      payload: { title: 'Bericht lesen', dueOn: '2030-01-01', assigneeId: o.nora.id },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().assignee.id).toBe(o.nora.id);
  });
});

describe('roles without case work', () => {
  it('refuses a new case to the planner and the DPO with a clear 403, whatever the team', async () => {
    for (const who of ['fiona', 'dora']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: { cookie: cookies[who]! },
        payload: {
          title: 'Darf nicht',
          teamId: o.nord,
          persons: [{ role: 'child', person: { firstName: 'A', lastName: 'B' } }],
        },
      });
      expect(res.statusCode, who).toBe(403);
      expect(res.json().message).toBe(
        'Fälle legen nur Fachkräfte und Teamleitungen in ihrem eigenen Team an.',
      );
    }
    expect((await get('/api/cases?q=darf', 'clara')).json().total).toBe(0);
  });

  it('sends the office-wide actions each role may use with /api/me', async () => {
    const actions = async (who: string) => (await get('/api/me', who)).json().allowedActions;
    expect(await actions('anna')).toEqual([
      'work_on_requests',
      'work_on_cases',
      'create_cases',
      'search_placements',
      'use_knowledge',
    ]);
    expect(await actions('clara')).toEqual([
      'work_on_requests',
      'work_on_cases',
      'create_cases',
      'lead_team',
      'search_placements',
      'use_knowledge',
      'manage_onboarding',
      'publish_cooperation',
    ]);
    expect(await actions('dora')).toEqual(['read_audit', 'use_knowledge', 'handle_data_subject_rights']);
    expect(await actions('fiona')).toEqual(['plan', 'use_knowledge']);
  });

  it('shows them an empty case list (the web app does not offer it)', async () => {
    const list = await get('/api/cases', 'fiona');
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(0);
  });
});
