import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createJobWorker } from '../../platform/services.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { routeRequestsTo, submitIntakeRequest } from '../../test-support/intake.js';
import { buildOffice, type Office } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
let smtp: SMTPServer;
const mails: string[] = [];
const cookies: Record<string, string> = {};

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => {
        data += chunk.toString('utf8');
      });
      stream.on('end', () => {
        mails.push(data);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as { port: number }).port;
  t = await startTestApp({ smtpUrl: `smtp://127.0.0.1:${port}` });
  o = await buildOffice(t.db);
  await routeRequestsTo(t, o, o.nord, o.nordArea);
  for (const [name, u] of Object.entries({ anna: o.anna, ben: o.ben, clara: o.clara, nora: o.nora })) {
    cookies[name] = await loginCookie(t.app, u.username);
  }
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const submit = (payload: Record<string, unknown>) => submitIntakeRequest(t, payload);

const staffGet = (url: string, who: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who]! } });
const staffPost = (url: string, who: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: cookies[who]! }, payload });

describe('team inbox and messenger', () => {
  it('puts the request into the routed team inbox, urgent first, and nowhere else', async () => {
    await submit({
      writerRole: 'parent',
      concern: 'Wir streiten viel zu Hause, ich brauche Rat.',
      name: 'Sandra Muster',
      email: 'mutter@example.org',
    });
    await submit({ writerRole: 'young_person', concern: 'Mein Vater schlägt mich.' });
    const inbox = (await staffGet('/api/inbox', 'anna')).json();
    expect(inbox).toHaveLength(2);
    expect(inbox[0].urgent).toBe(true);
    expect(inbox[0].team.name).toBe('ASD Nord');
    expect((await staffGet('/api/inbox', 'ben')).json()).toHaveLength(0);
    expect((await staffGet(`/api/inbox/${inbox[0].id}`, 'ben')).statusCode).toBe(404);
  });

  it('opens a case from a request with persons and concern prefilled', async () => {
    const inbox = (await staffGet('/api/inbox', 'anna')).json();
    const parentRequest = inbox.find((i: { writerRole: string }) => i.writerRole === 'parent');
    const detail = (await staffGet(`/api/inbox/${parentRequest.id}`, 'anna')).json();
    // The UI offers what the server allows: anna may take it, only the lead may assign it.
    expect(detail.allowedActions).toEqual(['read', 'reply', 'claim', 'open_case']);
    const asLead = (await staffGet(`/api/inbox/${parentRequest.id}`, 'clara')).json();
    expect(asLead.allowedActions).toEqual(['read', 'reply', 'claim', 'assign', 'open_case']);
    expect(detail.summary).toMatchObject({
      concern: expect.stringContaining('streiten'),
      name: 'Sandra Muster',
    });
    const assign = await staffPost(`/api/inbox/${parentRequest.id}/claim`, 'anna', { assigneeId: o.nora.id });
    expect(assign.statusCode).toBe(403);
    const claim = await staffPost(`/api/inbox/${parentRequest.id}/claim`, 'anna', {});
    expect(claim.json()).toMatchObject({ status: 'claimed', claimedBy: { id: o.anna.id } });
    expect(claim.json().allowedActions).toEqual(['read', 'reply', 'open_case']);
    const opened = await staffPost(`/api/inbox/${parentRequest.id}/open-case`, 'anna', {});
    expect(opened.statusCode).toBe(201);
    const kase = opened.json();
    expect(kase.persons.map((p: { firstName: string; role: string }) => `${p.role}:${p.firstName}`)).toEqual(
      expect.arrayContaining(['parent:Sandra', 'child:Kind']),
    );
    const entries = (await staffGet(`/api/cases/${kase.id}/entries`, 'anna')).json();
    expect(entries[0].body).toContain('streiten');
    expect((await staffPost(`/api/inbox/${parentRequest.id}/open-case`, 'anna', {})).statusCode).toBe(409);
  });

  it('keeps what the request knew in the case, and a family reply after that stays in sight', async () => {
    const family = await submit({
      writerRole: 'parent',
      concern: 'Mein Sohn kommt in der Schule nicht mit.',
      name: 'Petra Lang',
      email: 'petra@example.org',
      age: 7,
    });
    const item = (await staffGet('/api/inbox', 'anna'))
      .json()
      .find((i: { age: number | null; status: string }) => i.age === 7 && i.status === 'new');
    const kase = (await staffPost(`/api/inbox/${item.id}/open-case`, 'anna', {})).json();
    const child = kase.persons.find((p: { role: string }) => p.role === 'child');
    const parent = kase.persons.find((p: { role: string }) => p.role === 'parent');
    const year =
      Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' }).format()) - 7;
    expect(child).toMatchObject({ birthDate: `${year}-01-01`, birthDateApproximate: true });
    expect(parent).toMatchObject({ firstName: 'Petra', birthDateApproximate: false });
    expect(kase.relations).toEqual([
      expect.objectContaining({ fromPersonId: parent.id, toPersonId: child.id, kind: 'parent' }),
    ]);
    expect(kase.origin).toMatchObject({
      requestId: item.id,
      writerRole: 'parent',
      urgent: false,
      unreadMessages: 0,
    });

    // The mother answers after the case was opened: the request comes back into the default inbox,
    // the case and "Mein Tag" show the unread message.
    const inDefaultInbox = async () =>
      (await staffGet('/api/inbox', 'anna')).json().find((i: { id: string }) => i.id === item.id);
    expect(await inDefaultInbox()).toBeUndefined();
    await t.app.inject({
      method: 'POST',
      url: '/api/family/conversation/messages',
      headers: { cookie: family.cookie },
      payload: { body: 'Noch eine Frage zum Termin.' },
    });
    expect(await inDefaultInbox()).toMatchObject({ status: 'case_opened', unreadMessages: 1 });
    expect((await staffGet(`/api/cases/${kase.id}`, 'anna')).json().origin.unreadMessages).toBe(1);
    const myDay = (await staffGet('/api/my-day', 'anna')).json();
    expect(myDay.familyMessages).toEqual([
      expect.objectContaining({ caseId: kase.id, requestId: item.id, unread: 1 }),
    ]);
    expect((await staffGet('/api/my-day', 'ben')).json().familyMessages).toEqual([]);

    // Reading the conversation clears it everywhere.
    await staffGet(`/api/inbox/${item.id}/conversation`, 'anna');
    expect(await inDefaultInbox()).toBeUndefined();
    expect((await staffGet('/api/my-day', 'anna')).json().familyMessages).toEqual([]);
  });

  it('lets staff answer and the family read it; the mail says only that there is news', async () => {
    const family = await submit({
      writerRole: 'parent',
      concern: 'Frage zur Kita',
      name: 'Ali Demir',
      email: 'ali@example.org',
    });
    const item = (await staffGet('/api/inbox', 'anna'))
      .json()
      .find((i: { topic: string; status: string }) => i.status === 'new' && i.topic !== 'violence');
    const famSend = await t.app.inject({
      method: 'POST',
      url: '/api/family/conversation/messages',
      headers: { cookie: family.cookie },
      payload: { body: 'Hallo, ich habe noch eine Frage.' },
    });
    expect(famSend.statusCode).toBe(201);
    const answer = await staffPost(`/api/inbox/${item.id}/conversation/messages`, 'anna', {
      body: 'Guten Tag, wir rufen Sie morgen an. GEHEIM-123',
    });
    expect(answer.statusCode).toBe(201);
    expect(answer.json().messages[0].readByStaffAt).not.toBeNull();
    const read = await t.app.inject({
      method: 'GET',
      url: '/api/family/conversation',
      headers: { cookie: family.cookie },
    });
    expect(read.json().messages.map((m: { body: string }) => m.body)).toContain(
      'Guten Tag, wir rufen Sie morgen an. GEHEIM-123',
    );
    await createJobWorker(t.ctx).tick();
    const mail = mails.find((m) => m.includes('ali@example.org'));
    expect(mail).toBeDefined();
    expect(mail).toContain('neue Nachricht');
    expect(mail).not.toContain('GEHEIM-123');
  });

  it("never shows a young person's confidential conversation to a parent", async () => {
    const teen = await submit({ writerRole: 'young_person', concern: 'Ich möchte ohne meine Eltern reden.' });
    const parent = await submit({ writerRole: 'parent', concern: 'Mein Sohn redet nicht mehr mit mir.' });
    await t.app.inject({
      method: 'POST',
      url: '/api/family/conversation/messages',
      headers: { cookie: teen.cookie },
      payload: { body: 'NUR-FUER-MICH' },
    });
    const parentView = await t.app.inject({
      method: 'GET',
      url: '/api/family/conversation',
      headers: { cookie: parent.cookie },
    });
    expect(parentView.statusCode).toBe(200);
    expect(parentView.body).not.toContain('NUR-FUER-MICH');
    const teenView = (
      await t.app.inject({ method: 'GET', url: '/api/family/conversation', headers: { cookie: teen.cookie } })
    ).json();
    expect(teenView.confidential).toBe(true);
    expect(teenView.messages.map((m: { body: string }) => m.body)).toContain('NUR-FUER-MICH');
  });

  it('tells the family live over the WebSocket when the office answers; other teams cannot listen', async () => {
    const family = await submit({ writerRole: 'parent', concern: 'Live-Test', name: 'Eva Live' });
    let item: { id: string } | undefined;
    for (const candidate of (await staffGet('/api/inbox', 'anna')).json()) {
      if ((await staffGet(`/api/inbox/${candidate.id}`, 'anna')).json().summary.name === 'Eva Live')
        item = candidate;
    }
    if (!item) throw new Error('request not in inbox');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as { port: number }).port;
    const open = (cookie: string) =>
      new Promise<{ ws: WebSocket; next: () => Promise<Record<string, unknown>> }>((resolve, reject) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/api/realtime`, { headers: { cookie } });
        const queue: Record<string, unknown>[] = [];
        const waiting: ((m: Record<string, unknown>) => void)[] = [];
        ws.on('message', (raw) => {
          const m = JSON.parse(raw.toString());
          const w = waiting.shift();
          if (w) w(m);
          else queue.push(m);
        });
        const next = () =>
          new Promise<Record<string, unknown>>((res, rej) => {
            const m = queue.shift();
            if (m) return res(m);
            const timer = setTimeout(() => rej(new Error('no message')), 5000);
            waiting.push((x) => {
              clearTimeout(timer);
              res(x);
            });
          });
        ws.once('open', () => resolve({ ws, next }));
        ws.once('error', reject);
      });
    const channel = `conversation:${item.id}`;
    const fam = await open(family.cookie);
    expect((await fam.next()).type).toBe('hello');
    fam.ws.send(JSON.stringify({ type: 'subscribe', channel }));
    const subscribed = await fam.next();
    expect(subscribed, JSON.stringify(subscribed)).toMatchObject({ type: 'subscribed', channel });
    const ben = await open(cookies.ben!);
    await ben.next();
    ben.ws.send(JSON.stringify({ type: 'subscribe', channel }));
    expect((await ben.next()).type).toBe('error');
    await staffPost(`/api/inbox/${item.id}/conversation/messages`, 'anna', { body: 'Wir melden uns.' });
    expect(await fam.next()).toMatchObject({ type: 'event', channel, event: { type: 'changed' } });

    // When the family reads the answer, the caseworker hears it at once (for "gelesen"); reading
    // again changes nothing and says nothing.
    const anna = await open(cookies.anna!);
    await anna.next();
    anna.ws.send(JSON.stringify({ type: 'subscribe', channel }));
    expect((await anna.next()).type).toBe('subscribed');
    const read = () =>
      t.app.inject({ method: 'GET', url: '/api/family/conversation', headers: { cookie: family.cookie } });
    expect((await read()).json().messages.at(-1).readByFamilyAt).not.toBeNull();
    expect(await anna.next()).toMatchObject({ type: 'event', channel, event: { type: 'changed' } });
    await read();
    await expect(anna.next()).rejects.toThrow('no message');
    // Ending the conversation reaches the family live, too.
    await staffPost(`/api/inbox/${item.id}/conversation/close`, 'anna');
    const events = [await fam.next(), await fam.next()];
    expect(events.at(-1)).toMatchObject({ type: 'event', channel, event: { type: 'changed' } });
    fam.ws.close();
    ben.ws.close();
    anna.ws.close();
  });
});
