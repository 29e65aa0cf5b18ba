import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';
import { perspectiveCatalogue } from './index.js';

let t: TestApp;
let o: Office;
const cookies: Record<string, string> = {};
let caseId: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  const emil = await o.office.user({ roles: ['provider_staff'] });
  const clara = o.clara;
  for (const [name, user] of Object.entries({
    emil,
    clara,
    anna: o.anna,
    ben: o.ben,
    dora: o.dora,
    fiona: o.fiona,
    nora: o.nora,
    olga: o.olga,
  })) {
    cookies[name] = await loginCookie(t.app, user.username);
  }
  caseId = await openCase(t.app, cookies.anna!, o.nord, { childFirstName: 'Lena' });
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, who: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: { cookie: cookies[who] ?? '' }, payload: payload as object });

const dims = () => perspectiveCatalogue().dimensions.map((d) => d.id);
const SECRET = `Lena sagt, sie hat Angst vor dem Abend ${randomUUID()}`;
const ratings = (values: (number | null)[], comment = '') =>
  dims().map((dimension, i) => ({
    dimension,
    value: values[i % values.length] ?? null,
    comment: i === 0 ? comment : '',
  }));
const today = new Date().toISOString().slice(0, 10);

async function counts() {
  return t.db.withOwner(async (ow) => ({
    rounds: (await ow.selectFrom('perspective_rounds').select('id').execute()).length,
    entries: (await ow.selectFrom('perspective_entries').select('round_id').execute()).length,
    ratings: (await ow.selectFrom('perspective_ratings').select('round_id').execute()).length,
    nodes: (await ow.selectFrom('ecomap_nodes').select('id').execute()).length,
  }));
}

describe('perspectives (Sichtweisen)', () => {
  let roundId: string;

  it('answers the catalogue and no rounds for a new case, with what the caller may do', async () => {
    const res = await call('GET', `/api/cases/${caseId}/perspectives`, 'anna');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.rounds).toEqual([]);
    expect(body.catalogue.dimensions.length).toBeGreaterThanOrEqual(6);
    expect(body.catalogue.scale.map((p: { value: number }) => p.value)).toEqual([1, 2, 3, 4, 5]);
    expect(body.allowedActions).toEqual(['read', 'rate', 'edit_ecomap']);
  });

  it("starts a round with the child's view entered together, then adds the caseworker's", async () => {
    const res = await call('POST', `/api/cases/${caseId}/perspectives`, 'anna', {
      ratedOn: today,
      entries: [{ perspective: 'child', recordedAs: 'together', ratings: ratings([2, 4, null], SECRET) }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const round = res.json();
    roundId = round.id;
    expect(round.entries).toHaveLength(1);
    expect(round.entries[0]).toMatchObject({
      perspective: 'child',
      recordedAs: 'together',
      enteredBy: { id: o.anna.id },
    });
    expect(round.entries[0].ratings[0]).toEqual({ dimension: dims()[0], value: 2, comment: SECRET });
    expect(round.entries[0].ratings[2].value).toBeNull();

    const cw = await call('PUT', `/api/cases/${caseId}/perspectives/${roundId}/caseworker`, 'nora', {
      ratings: ratings([4]),
    });
    expect(cw.statusCode, cw.body).toBe(200);
    expect(cw.json().entries.map((e: { perspective: string }) => e.perspective)).toEqual([
      'child',
      'caseworker',
    ]);

    const list = (await call('GET', `/api/cases/${caseId}/perspectives`, 'nora')).json();
    expect(list.rounds).toHaveLength(1);
    const [child, caseworker] = list.rounds[0].entries;
    expect(child.ratings[0].value).toBe(2);
    expect(caseworker.ratings[0].value).toBe(4);
    expect(caseworker.recordedAs).toBeNull();
  });

  it("replaces a perspective's ratings when it is entered again", async () => {
    const res = await call('PUT', `/api/cases/${caseId}/perspectives/${roundId}/child`, 'anna', {
      recordedAs: 'their_words',
      ratings: [{ dimension: dims()[0], value: 3 }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const child = res.json().entries[0];
    expect(child.recordedAs).toBe('their_words');
    expect(child.ratings).toEqual([{ dimension: dims()[0], value: 3, comment: '' }]);
    // Back to the full view for the tests below.
    await call('PUT', `/api/cases/${caseId}/perspectives/${roundId}/child`, 'anna', {
      recordedAs: 'together',
      ratings: ratings([2, 4, null], SECRET),
    });
  });

  it('stores comments only encrypted', async () => {
    const raw = await t.db.withOwner((ow) =>
      sql<{ t: string | null }>`
        SELECT string_agg(encode(comment_enc, 'escape'), '') AS t FROM perspective_ratings`.execute(ow),
    );
    expect(raw.rows[0]?.t).toBeTruthy();
    expect(raw.rows[0]?.t).not.toContain('Angst vor dem Abend');
  });

  it('refuses bad input with 400 and writes nothing', async () => {
    const before = await counts();
    const round = (body: object) => call('POST', `/api/cases/${caseId}/perspectives`, 'anna', body);
    const entry = (perspective: string, body: object) =>
      call('PUT', `/api/cases/${caseId}/perspectives/${roundId}/${perspective}`, 'anna', body);
    const bad = [
      await round({ ratedOn: '2026-02-30' }),
      await round({ ratedOn: '3000-01-01' }),
      await round({
        ratedOn: today,
        entries: [
          { perspective: 'child', recordedAs: 'together', ratings: [{ dimension: dims()[0], value: 7 }] },
        ],
      }),
      await round({
        ratedOn: today,
        entries: [{ perspective: 'caseworker', ratings: [{ dimension: 'erfunden', value: 3 }] }],
      }),
      await round({ ratedOn: today, helpPlan: { planId: randomUUID(), version: 1 } }),
      await round({
        ratedOn: today,
        entries: [
          { perspective: 'caseworker', ratings: ratings([3]) },
          { perspective: 'caseworker', ratings: ratings([4]) },
        ],
      }),
      await entry('child', { ratings: ratings([3]) }), // how it was recorded is missing
      await entry('provider', { recordedAs: 'together', ratings: ratings([3]) }),
      await entry('caseworker', { ratings: [{ dimension: dims()[0], value: 0 }] }),
      await entry('caseworker', { ratings: [{ dimension: dims()[0], value: 2.5 }] }),
      await entry('caseworker', { ratings: [] }),
      await entry('caseworker', {
        ratings: [
          { dimension: dims()[0], value: 2 },
          { dimension: dims()[0], value: 3 },
        ],
      }),
      await entry('caseworker', { ratings: [{ dimension: dims()[0], value: 3, comment: 'x'.repeat(2001) }] }),
      await entry('caseworker', {
        ratings: Array.from({ length: 500 }, (_, i) => ({ dimension: `d${i}`, value: 3 })),
      }),
      await entry('neighbour', { ratings: ratings([3]) }),
    ];
    for (const res of bad) {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().message).toEqual(expect.any(String));
    }
    expect(await counts()).toEqual(before);
  });

  it('is there for the team lead of the case’s team', async () => {
    const res = await call('GET', `/api/cases/${caseId}/perspectives`, 'clara');
    expect(res.statusCode).toBe(200);
    expect(res.json().rounds).toHaveLength(1);
  });

  it('is not there for another team, the data protection officer, a planner, provider staff or another office (404)', async () => {
    for (const who of ['ben', 'dora', 'fiona', 'olga', 'emil']) {
      expect((await call('GET', `/api/cases/${caseId}/perspectives`, who)).statusCode, who).toBe(404);
      expect((await call('GET', `/api/cases/${caseId}/ecomap`, who)).statusCode, who).toBe(404);
      expect(
        (
          await call('PUT', `/api/cases/${caseId}/perspectives/${roundId}/caseworker`, who, {
            ratings: ratings([1]),
          })
        ).statusCode,
        who,
      ).toBe(404);
      expect((await call('PUT', `/api/cases/${caseId}/ecomap`, who, { nodes: [] })).statusCode, who).toBe(
        404,
      );
    }
    // A round of another case is not found through this case.
    const other = await openCase(t.app, cookies.anna!, o.nord, { childFirstName: 'Max' });
    const res = await call('PUT', `/api/cases/${other}/perspectives/${roundId}/caseworker`, 'anna', {
      ratings: ratings([1]),
    });
    expect(res.statusCode).toBe(404);
  });

  it('refuses changes on a closed case with 403 and the reason, and still shows the ratings', async () => {
    const closed = await openCase(t.app, cookies.anna!, o.nord, { childFirstName: 'Ole' });
    const round = await call('POST', `/api/cases/${closed}/perspectives`, 'anna', { ratedOn: today });
    expect(round.statusCode).toBe(201);
    expect((await call('PATCH', `/api/cases/${closed}`, 'anna', { status: 'closed' })).statusCode).toBe(200);
    const refused = await call(
      'PUT',
      `/api/cases/${closed}/perspectives/${round.json().id}/caseworker`,
      'anna',
      {
        ratings: ratings([3]),
      },
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('abgeschlossen');
    expect((await call('PUT', `/api/cases/${closed}/ecomap`, 'anna', { nodes: [] })).statusCode).toBe(403);
    const read = await call('GET', `/api/cases/${closed}/perspectives`, 'anna');
    expect(read.statusCode).toBe(200);
    expect(read.json().allowedActions).toEqual(['read']);
  });

  it('links a round to a version of the case’s help plan', async () => {
    const plan = await call('POST', `/api/cases/${caseId}/help-plans`, 'anna', {
      help: { type: 'p31_spfh', startsOn: today },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const planId = plan.json().id;
    const res = await call('POST', `/api/cases/${caseId}/perspectives`, 'anna', {
      ratedOn: today,
      helpPlan: { planId, version: 1 },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().helpPlan).toEqual({ planId, version: 1 });
    expect(
      (
        await call('POST', `/api/cases/${caseId}/perspectives`, 'anna', {
          ratedOn: today,
          helpPlan: { planId, version: 2 },
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('ecomap (Ökokarte)', () => {
  const GRANDMA = `Oma Ingrid ${randomUUID()}`;
  const node = (over: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    label: GRANDMA,
    kind: 'relative',
    closeness: 1,
    quality: 'supportive',
    note: 'holt Lena dienstags ab',
    ...over,
  });

  it('is empty at first, then replaced as a whole by the form', async () => {
    const empty = await call('GET', `/api/cases/${caseId}/ecomap`, 'anna');
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toMatchObject({
      nodes: [],
      updatedBy: null,
      allowedActions: ['read', 'rate', 'edit_ecomap'],
    });

    const grandma = node();
    const school = node({
      label: 'Grundschule am Park',
      kind: 'school',
      closeness: 2,
      quality: 'neutral',
      note: '',
    });
    const saved = await call('PUT', `/api/cases/${caseId}/ecomap`, 'anna', { nodes: [grandma, school] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().nodes).toEqual([grandma, school]);
    expect(saved.json().updatedBy).toEqual({ id: o.anna.id, displayName: expect.any(String) });

    const removed = await call('PUT', `/api/cases/${caseId}/ecomap`, 'nora', {
      nodes: [{ ...school, quality: 'stressful' }],
    });
    expect(removed.json().nodes).toEqual([{ ...school, quality: 'stressful' }]);
    await call('PUT', `/api/cases/${caseId}/ecomap`, 'anna', { nodes: [grandma, school] });
  });

  it('stores labels and notes only encrypted', async () => {
    const raw = await t.db.withOwner((ow) =>
      sql<{ t: string | null }>`
        SELECT string_agg(encode(label_enc, 'escape') || coalesce(encode(note_enc, 'escape'), ''), '') AS t
        FROM ecomap_nodes`.execute(ow),
    );
    expect(raw.rows[0]?.t).toBeTruthy();
    expect(raw.rows[0]?.t).not.toContain('Oma Ingrid');
    expect(raw.rows[0]?.t).not.toContain('dienstags');
  });

  it('refuses bad nodes and too many with 400, writing nothing', async () => {
    const before = await counts();
    const id = randomUUID();
    const bad = [
      { nodes: [node({ closeness: 4 })] },
      { nodes: [node({ kind: 'spaceship' })] },
      { nodes: [node({ quality: 'great' })] },
      { nodes: [node({ label: '' })] },
      { nodes: [node({ id }), node({ id })] },
      { nodes: Array.from({ length: 61 }, () => node()) },
      { nodes: [node({ id: 'not-a-uuid' })] },
    ];
    for (const body of bad) {
      const res = await call('PUT', `/api/cases/${caseId}/ecomap`, 'anna', body);
      expect(res.statusCode, res.body).toBe(400);
    }
    expect(await counts()).toEqual(before);
  });

  it('audits every read and write', async () => {
    const actions = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select('action')
        .where('case_id', '=', caseId)
        .where('action', 'like', 'perspectives.%')
        .execute(),
    );
    const seen = new Set(actions.map((a) => a.action));
    for (const action of [
      'perspectives.read',
      'perspectives.create_round',
      'perspectives.rate',
      'perspectives.ecomap_read',
      'perspectives.ecomap_update',
    ])
      expect(seen, action).toContain(action);
  });
});
