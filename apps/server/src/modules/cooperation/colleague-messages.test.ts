import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { withTenant } from '../../db/connection.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { OfficeFactory } from '../../test-support/factories.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
let third: OfficeFactory;
let tom: { id: string; username: string };
const cookies: Record<string, string> = {};
const SENTINEL = 'SENTINEL-Uebergabe-4c1e';
const HANDOVER = '§ 86c Abs. 2 SGB VIII – Fallübergabe bei Zuständigkeitswechsel';

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  third = await OfficeFactory.create(t.db, 'Jugendamt Drittstadt');
  tom = await third.user({ roles: ['caseworker'], teams: [await third.team('ASD Drittstadt')] });
  const emil = await o.other.user({ roles: ['provider_staff'] });
  for (const [name, u] of Object.entries({ anna: o.anna, nora: o.nora, olga: o.olga, tom, emil })) {
    cookies[name] = await loginCookie(t.app, u.username);
  }
});
afterAll(() => t.close());

const get = (url: string, who: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who] ?? '' } });
const post = (url: string, who: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: cookies[who] ?? '' }, payload });

const toOlga = () => ({ userId: o.olga.id, officeId: o.other.tenantId });
const start = (who: string, payload: Record<string, unknown>) =>
  post('/api/colleagues/conversations', who, { recipient: toOlga(), subject: 'Übergabe', ...payload });

/** Row counts of the module's tables, read as the owner (no row-level security). */
const counts = () =>
  t.db.withOwner(async (ow) => {
    const r = await sql<{ c: number; p: number; m: number; l: number }>`
      SELECT (SELECT count(*)::int FROM colleague_conversations) AS c,
             (SELECT count(*)::int FROM colleague_participants) AS p,
             (SELECT count(*)::int FROM colleague_messages) AS m,
             (SELECT count(*)::int FROM colleague_case_links) AS l`.execute(ow);
    return r.rows[0];
  });

describe('directory of colleagues in other offices', () => {
  it('finds case workers of other offices by name, office or team, with name, office and teams only', async () => {
    const res = await get('/api/colleagues/directory?q=anderswo', 'anna');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      {
        userId: o.olga.id,
        officeId: o.other.tenantId,
        displayName: `Person ${o.olga.username}`,
        officeName: 'Jugendamt Anderswo',
        teams: ['ASD Anderswo'],
      },
    ]);
    // Every word must match somewhere; the own office and staff without case work never show.
    const byName = (await get(`/api/colleagues/directory?q=Person ${o.olga.username}`, 'anna')).json();
    expect(byName.map((c: { userId: string }) => c.userId)).toEqual([o.olga.id]);
    const everyone = (await get('/api/colleagues/directory?q=Person', 'anna')).json();
    const ids = everyone.map((c: { userId: string }) => c.userId);
    expect(ids).toEqual(expect.arrayContaining([o.olga.id, tom.id]));
    expect(ids).not.toContain(o.anna.id);
    expect(ids).not.toContain(o.nora.id);
    expect(everyone.every((c: { officeName: string }) => c.officeName !== 'Jugendamt Testhausen')).toBe(true);
    const olgaSees = (await get('/api/colleagues/directory?q=Person', 'olga')).json();
    expect(olgaSees.map((c: { userId: string }) => c.userId)).toEqual(
      expect.arrayContaining([o.anna.id, o.clara.id]),
    );
    expect(olgaSees.map((c: { userId: string }) => c.userId)).not.toContain(o.dora.id); // DPO: no case work
  });

  it('asks for two characters and refuses provider staff', async () => {
    const short = await get('/api/colleagues/directory?q=a', 'anna');
    expect(short.statusCode).toBe(400);
    expect(short.json().message).toMatch(/mindestens zwei Zeichen/);
    expect((await get('/api/colleagues/directory?q=Person', 'emil')).statusCode).toBe(403);
    expect((await get('/api/colleagues/conversations', 'emil')).statusCode).toBe(403);
  });
});

describe('a conversation between two offices', () => {
  let id: string;

  it('lets Anna start a conversation with Olga in another office, who reads and answers it', async () => {
    const started = await start('anna', { body: `Hallo Frau Olga, kurze Frage zur Übergabe. ${SENTINEL}` });
    expect(started.statusCode, started.body).toBe(201);
    const c = started.json();
    id = c.id;
    expect(c.subject).toBe('Übergabe');
    expect(c.participants.map((p: { userId: string }) => p.userId)).toEqual([o.anna.id, o.olga.id]);
    expect(c.messages).toHaveLength(1);
    expect(c.messages[0]).toMatchObject({ mine: true, read: false, officeName: 'Jugendamt Testhausen' });
    expect(c.allowedActions).toEqual(['send', 'link_case']);

    const list = (await get('/api/colleagues/conversations', 'olga')).json();
    const mine = list.find((x: { id: string }) => x.id === id);
    expect(mine).toMatchObject({ subject: 'Übergabe', unread: 1, caseLinked: false });
    expect(mine.others.map((p: { userId: string }) => p.userId)).toEqual([o.anna.id]);

    const read = await get(`/api/colleagues/conversations/${id}`, 'olga');
    expect(read.statusCode).toBe(200);
    expect(read.json().messages[0]).toMatchObject({ mine: false, body: expect.stringContaining(SENTINEL) });
    const after = (await get('/api/colleagues/conversations', 'olga')).json();
    expect(after.find((x: { id: string }) => x.id === id).unread).toBe(0);
    // Anna sees that Olga has read it.
    expect((await get(`/api/colleagues/conversations/${id}`, 'anna')).json().messages[0].read).toBe(true);

    const answer = await post(`/api/colleagues/conversations/${id}/messages`, 'olga', {
      body: 'Gern, rufen Sie an.',
    });
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json().messages.at(-1)).toMatchObject({ mine: true, officeName: 'Jugendamt Anderswo' });
    const annaList = (await get('/api/colleagues/conversations', 'anna')).json();
    expect(annaList.find((x: { id: string }) => x.id === id).unread).toBe(1);
    // Writing back counts as having read what came before.
    await post(`/api/colleagues/conversations/${id}/messages`, 'anna', { body: 'Mache ich.' });
    const annaAfter = (await get('/api/colleagues/conversations', 'anna')).json();
    expect(annaAfter.find((x: { id: string }) => x.id === id).unread).toBe(0);
  });

  it('keeps everyone else out: colleagues of the same office and a third office get 404', async () => {
    for (const who of ['nora', 'tom']) {
      expect((await get(`/api/colleagues/conversations/${id}`, who)).statusCode).toBe(404);
      const send = await post(`/api/colleagues/conversations/${id}/messages`, who, { body: 'Hallo?' });
      expect(send.statusCode).toBe(404);
      const link = await post(`/api/colleagues/conversations/${id}/case-link`, who, {
        caseId: randomUUID(),
        basis: 'legal_ground',
        ground: HANDOVER,
      });
      expect(link.statusCode).toBe(404);
      expect((await get('/api/colleagues/conversations', who)).json()).toEqual([]);
    }
    // A made-up conversation id looks the same.
    expect((await get(`/api/colleagues/conversations/${randomUUID()}`, 'anna')).statusCode).toBe(404);
  });

  it('shows a third office nothing through row-level security and refuses its crafted writes', async () => {
    const asOffice = (tenantId: string) =>
      withTenant(t.db, tenantId, async (tx) => ({
        c: (await tx.selectFrom('colleague_conversations').select('id').execute()).length,
        p: (await tx.selectFrom('colleague_participants').select('user_id').execute()).length,
        m: (await tx.selectFrom('colleague_messages').select('id').execute()).length,
      }));
    expect(await asOffice(o.office.tenantId)).toMatchObject({ c: 1, p: 2, m: 3 });
    expect(await asOffice(o.other.tenantId)).toMatchObject({ c: 1, p: 2, m: 3 });
    expect(await asOffice(third.tenantId)).toEqual({ c: 0, p: 0, m: 0 });
    expect(await t.db.app.selectFrom('colleague_messages').select('id').execute()).toEqual([]);

    const before = await counts();
    const crafted = [
      // joining someone else's conversation
      (tx: Parameters<Parameters<typeof withTenant>[2]>[0]) =>
        tx
          .insertInto('colleague_participants')
          .values({ conversation_id: id, office_id: third.tenantId, user_id: tom.id, last_read_at: null })
          .execute(),
      // writing into it in one's own name, or in a participant's name
      (tx: Parameters<Parameters<typeof withTenant>[2]>[0]) =>
        tx
          .insertInto('colleague_messages')
          .values({
            id: randomUUID(),
            conversation_id: id,
            sender_office_id: third.tenantId,
            sender_user_id: tom.id,
            body_enc: Buffer.from('x'),
          })
          .execute(),
      (tx: Parameters<Parameters<typeof withTenant>[2]>[0]) =>
        tx
          .insertInto('colleague_messages')
          .values({
            id: randomUUID(),
            conversation_id: id,
            sender_office_id: o.office.tenantId,
            sender_user_id: o.anna.id,
            body_enc: Buffer.from('x'),
          })
          .execute(),
    ];
    for (const write of crafted) {
      await expect(withTenant(t.db, third.tenantId, (tx) => write(tx))).rejects.toThrow(
        /row-level security|foreign key/,
      );
    }
    // Nor can a participating office move the other office's read markers.
    const moved = await withTenant(t.db, o.office.tenantId, (tx) =>
      tx
        .updateTable('colleague_participants')
        .set({ last_read_at: null })
        .where('conversation_id', '=', id)
        .where('office_id', '=', o.other.tenantId)
        .executeTakeFirst(),
    );
    expect(Number(moved.numUpdatedRows)).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('stores subject and bodies only encrypted', async () => {
    const raw = await t.db.withOwner((ow) =>
      sql<{ body: string; subject: string }>`
        SELECT encode(m.body_enc, 'escape') AS body, encode(c.subject_enc, 'escape') AS subject
          FROM colleague_messages m JOIN colleague_conversations c ON c.id = m.conversation_id
         WHERE c.id = ${id}`.execute(ow),
    );
    expect(raw.rows.length).toBe(3);
    for (const r of raw.rows) {
      expect(r.body).not.toContain('SENTINEL');
      expect(r.body).not.toContain('Gern');
      expect(r.subject).not.toContain('Übergabe');
    }
  });

  it('audits start, sending and reading in each office, without any text', async () => {
    const events = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select(['tenant_id', 'action', 'actor_id', 'details'])
        .where('resource_id', '=', id)
        .orderBy('id')
        .execute(),
    );
    const seen = events.map((e) => `${e.tenant_id === o.office.tenantId ? 'A' : 'B'} ${e.action}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'A colleague.conversation_start',
        'A colleague.message_send',
        'B colleague.conversation_read',
        'B colleague.message_send',
        'A colleague.conversation_read',
      ]),
    );
    expect(JSON.stringify(events)).not.toContain('SENTINEL');
    expect(JSON.stringify(events)).not.toContain('Gern');
  });
});

describe('case data only with a recorded ground', () => {
  let caseId: string;
  let reference: string;
  let otherReference: string;
  let id: string;

  beforeAll(async () => {
    caseId = await openCase(t.app, cookies.anna ?? '', o.nord);
    const otherCase = await openCase(t.app, cookies.anna ?? '', o.nord, { title: 'Zweiter Fall' });
    const ref = async (cid: string) => (await get(`/api/cases/${cid}`, 'anna')).json().reference as string;
    reference = await ref(caseId);
    otherReference = await ref(otherCase);
    id = (await start('anna', { body: 'Eine Frage ohne Fallbezug.' })).json().id;
  });

  it('refuses a case reference of the office without a ground, and writes nothing', async () => {
    const before = await counts();
    const send = await post(`/api/colleagues/conversations/${id}/messages`, 'anna', {
      body: `Es geht um ${reference.toLowerCase()}, bitte übernehmen.`,
    });
    expect(send.statusCode).toBe(400);
    expect(send.json()).toMatchObject({ error: 'case_data_without_ground' });
    expect(send.json().message).toContain(reference);
    expect(send.json().message).toMatch(/Rechtsgrundlage oder Einwilligung verknüpft/);
    const subject = await start('anna', { subject: `Fall ${reference}`, body: 'Bitte melden.' });
    expect(subject.statusCode).toBe(400);
    expect(subject.json().fields).toHaveProperty('subject');
    expect(await counts()).toEqual(before);
  });

  it('lets a participant link a case of the office with a ground; both sides see it; then the case may be named', async () => {
    const withoutParagraph = await post(`/api/colleagues/conversations/${id}/case-link`, 'anna', {
      caseId,
      basis: 'legal_ground',
      ground: 'weil es nötig ist, dringend',
    });
    expect(withoutParagraph.statusCode).toBe(400);
    expect(withoutParagraph.json().message).toMatch(/Paragraf/);
    // Olga cannot link a case of Anna's office: in her office it does not exist.
    const foreign = await post(`/api/colleagues/conversations/${id}/case-link`, 'olga', {
      caseId,
      basis: 'legal_ground',
      ground: HANDOVER,
    });
    expect(foreign.statusCode).toBe(404);

    const linked = await post(`/api/colleagues/conversations/${id}/case-link`, 'anna', {
      caseId,
      basis: 'legal_ground',
      ground: HANDOVER,
    });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().caseLinks).toEqual([
      expect.objectContaining({ caseId, caseReference: reference, basis: 'legal_ground', ground: HANDOVER }),
    ]);
    expect(linked.json().allowedActions).toEqual(['send']);
    const olgaView = (await get(`/api/colleagues/conversations/${id}`, 'olga')).json();
    expect(olgaView.caseLinks).toEqual([
      expect.objectContaining({
        caseId: null,
        caseReference: reference,
        ground: HANDOVER,
        officeName: 'Jugendamt Testhausen',
      }),
    ]);
    expect(
      (
        await post(`/api/colleagues/conversations/${id}/case-link`, 'anna', {
          caseId,
          basis: 'consent',
          ground: 'Einwilligung der Mutter vom 1. März',
        })
      ).statusCode,
    ).toBe(409);

    const named = await post(`/api/colleagues/conversations/${id}/messages`, 'anna', {
      body: `Zu ${reference}: die Akte folgt.`,
    });
    expect(named.statusCode, named.body).toBe(201);
    // Olga may quote the linked reference, too.
    const quoted = await post(`/api/colleagues/conversations/${id}/messages`, 'olga', {
      body: `Danke, ${reference} ist angekommen.`,
    });
    expect(quoted.statusCode, quoted.body).toBe(201);
    // Another case of the office is still refused.
    const other = await post(`/api/colleagues/conversations/${id}/messages`, 'anna', {
      body: `Und ${otherReference} auch?`,
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().message).toContain(`nur der Fall ${reference}`);

    const events = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select(['action', 'case_id', 'details'])
        .where('resource_id', '=', id)
        .where('action', 'in', ['colleague.case_link', 'colleague.message_send'])
        .where('tenant_id', '=', o.office.tenantId)
        .orderBy('id')
        .execute(),
    );
    expect(events.find((e) => e.action === 'colleague.case_link')).toMatchObject({ case_id: caseId });
    expect(events.at(-1)).toMatchObject({ action: 'colleague.message_send', case_id: caseId });
    expect(JSON.stringify(events)).not.toContain('Fallübergabe');

    const ground = await t.db.withOwner((ow) =>
      sql<{ g: string }>`SELECT encode(ground_enc, 'escape') AS g FROM colleague_case_links
                          WHERE conversation_id = ${id}`.execute(ow),
    );
    expect(ground.rows[0]?.g).not.toContain('86c');
  });

  it('takes a case link with its ground when the conversation starts', async () => {
    const res = await start('anna', {
      subject: `Übergabe ${reference}`,
      body: `Die Familie zieht zu Ihnen; ${reference} geht nach § 86c an Sie.`,
      caseLink: { caseId, basis: 'consent', ground: 'Einwilligung der Mutter vom 1. März (§ 67b SGB X)' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().caseLinks[0]).toMatchObject({ caseReference: reference, basis: 'consent' });
  });
});

describe('bad input', () => {
  it('answers 4xx and writes nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, number][] = [
      [{ body: '' }, 400],
      [{ body: '   ' }, 400],
      [{ body: 'x'.repeat(20_001) }, 400],
      [{ body: 'Hallo', subject: '' }, 400],
      [{ body: 'Hallo', recipient: { userId: randomUUID(), officeId: o.other.tenantId } }, 400],
      [{ body: 'Hallo', recipient: { userId: o.nora.id, officeId: o.office.tenantId } }, 400],
      [{ body: 'Hallo', recipient: { userId: 'nein', officeId: o.other.tenantId } }, 400],
      [{ body: 'Hallo', caseLink: { caseId: randomUUID(), basis: 'legal_ground', ground: HANDOVER } }, 404],
      [{ body: 'Hallo', caseLink: { caseId: randomUUID(), basis: 'vielleicht', ground: HANDOVER } }, 400],
    ];
    for (const [payload, status] of cases) {
      const res = await start('anna', payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 120)).toBe(status);
      expect(res.json().message).toEqual(expect.any(String));
    }
    const own = await start('anna', {
      recipient: { userId: o.nora.id, officeId: o.office.tenantId },
      body: 'x',
    });
    expect(own.json().message).toMatch(/anderer Jugendämter/);
    expect(await counts()).toEqual(before);

    const longest = await start('anna', { body: 'x'.repeat(20_000) });
    expect(longest.statusCode).toBe(201);
  });
});

/* ---------- realtime ---------- */

interface Socket {
  ws: WebSocket;
  next(pred: (m: Record<string, unknown>) => boolean, ms?: number): Promise<Record<string, unknown>>;
  send(m: unknown): void;
}

function connect(port: number, cookie: string): Promise<Socket> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/realtime`, { headers: { cookie } });
  const messages: Record<string, unknown>[] = [];
  const waiters: {
    pred: (m: Record<string, unknown>) => boolean;
    resolve: (m: Record<string, unknown>) => void;
  }[] = [];
  ws.on('message', (raw) => {
    const m = JSON.parse(raw.toString());
    const w = waiters.find((x) => x.pred(m));
    if (w) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(m);
    } else messages.push(m);
  });
  const socket: Socket = {
    ws,
    send: (m) => ws.send(JSON.stringify(m)),
    next: (pred, ms = 5000) => {
      const found = messages.find(pred);
      if (found) {
        messages.splice(messages.indexOf(found), 1);
        return Promise.resolve(found);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no message')), ms);
        waiters.push({
          pred,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      });
    },
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(socket));
    ws.once('error', reject);
  });
}

const about = (type: string, channel: string) => (m: Record<string, unknown>) =>
  m.type === type && m.channel === channel;

describe('realtime between the offices', () => {
  it("brings Anna's new conversation and messages to Olga live; nobody else may listen", async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as { port: number }).port;
    const olga = await connect(port, cookies.olga ?? '');
    const anna = await connect(port, cookies.anna ?? '');
    const inbox = `colleague-inbox:${o.other.tenantId}:${o.olga.id}`;
    olga.send({ type: 'subscribe', channel: inbox });
    await olga.next(about('subscribed', inbox));
    // Someone else's list is closed, even to a colleague of the same office.
    anna.send({ type: 'subscribe', channel: inbox });
    await anna.next(about('error', inbox));

    const started = (await start('anna', { body: 'Live-Nachricht' })).json();
    await olga.next(about('event', inbox));

    const channel = `colleague-conversation:${started.id}`;
    olga.send({ type: 'subscribe', channel });
    await olga.next(about('subscribed', channel));
    const [nora, tomSocket] = [
      await connect(port, cookies.nora ?? ''),
      await connect(port, cookies.tom ?? ''),
    ];
    for (const outsider of [nora, tomSocket]) {
      outsider.send({ type: 'subscribe', channel });
      expect(await outsider.next(about('error', channel))).toMatchObject({ code: 'forbidden' });
    }

    await post(`/api/colleagues/conversations/${started.id}/messages`, 'anna', { body: 'Noch etwas.' });
    expect(await olga.next(about('event', channel))).toMatchObject({
      event: { type: 'changed', by: o.anna.id },
    });
    for (const s of [olga, anna, nora, tomSocket]) s.ws.close();
  });
});
