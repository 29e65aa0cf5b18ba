import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { withTenant } from '../../db/connection.js';
import { sealedTextFor } from '../../platform/sealed-text.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { routeRequestsTo, submitIntakeRequest } from '../../test-support/intake.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { sealLegacyGuestLabels } from './index.js';

let t: TestApp;
let env: Awaited<ReturnType<typeof meetingOffice>>;

beforeAll(async () => {
  t = await startTestApp();
  env = await meetingOffice(t);
});
afterAll(() => t.close());

/** An office with routing (postcode 12101 → ASD Nord) and signed-in staff of both teams. */
async function meetingOffice(t: TestApp) {
  const o: Office = await buildOffice(t.db);
  await routeRequestsTo(t, o, o.nord, o.nordArea);
  await routeRequestsTo(t, o, o.nord);
  return {
    o,
    anna: await loginCookie(t.app, o.anna.username),
    ben: await loginCookie(t.app, o.ben.username),
  };
}

/** Sends an intake request through the public API and signs in as that family. */
async function familyWithRequest(
  t: TestApp,
  opts: { email?: string } = {},
): Promise<{ requestId: string; cookie: string }> {
  return submitIntakeRequest(t, {
    name: 'Sandra Muster',
    email: opts.email,
    transcript: [{ from: 'family', text: 'Wir streiten jeden Tag.' }],
  });
}

const inDays = (days: number, hour = 10) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

async function propose(cookie: string, requestId: string, slots = [inDays(3), inDays(4)]) {
  return t.app.inject({
    method: 'POST',
    url: `/api/inbox/${requestId}/meetings`,
    headers: { cookie },
    payload: { title: 'Erstgespräch Familie Muster', slots, durationMinutes: 45 },
  });
}

describe('appointments', () => {
  it('lets staff of the team propose slots and list them; other teams get 404', async () => {
    const fam = await familyWithRequest(t);
    const res = await propose(env.anna, fam.requestId);
    expect(res.statusCode).toBe(201);
    const meeting = res.json();
    expect(meeting).toMatchObject({
      title: 'Erstgespräch Familie Muster',
      status: 'proposed',
      chosenSlot: null,
    });
    expect(meeting.slots).toHaveLength(2);
    expect(meeting.videoPath).toBe(`/video/${meeting.id}`);

    expect((await propose(env.ben, fam.requestId)).statusCode).toBe(404);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/inbox/${fam.requestId}/meetings`,
      headers: { cookie: env.anna },
    });
    expect(list.json().map((m: { id: string }) => m.id)).toEqual([meeting.id]);
    const otherTeam = await t.app.inject({
      method: 'GET',
      url: `/api/inbox/${fam.requestId}/meetings`,
      headers: { cookie: env.ben },
    });
    expect(otherTeam.statusCode).toBe(404);
    const past = await propose(env.anna, fam.requestId, [new Date(Date.now() - 3600_000).toISOString()]);
    expect(past.statusCode).toBe(400);
    const family = await t.app.inject({
      method: 'POST',
      url: `/api/inbox/${fam.requestId}/meetings`,
      headers: { cookie: fam.cookie },
    });
    expect(family.statusCode).toBe(401);
  });

  it('proposes a meeting at the office (kind in_person); video is the default', async () => {
    const fam = await familyWithRequest(t);
    expect((await propose(env.anna, fam.requestId)).json().kind).toBe('video');
    const atOffice = await t.app.inject({
      method: 'POST',
      url: `/api/inbox/${fam.requestId}/meetings`,
      headers: { cookie: env.anna },
      payload: { kind: 'in_person', title: 'Gespräch im Amt', slots: [inDays(2)], durationMinutes: 60 },
    });
    expect(atOffice.statusCode).toBe(201);
    const seen = await t.app.inject({
      method: 'GET',
      url: '/api/family/meetings',
      headers: { cookie: fam.cookie },
    });
    expect(
      seen
        .json()
        .map((m: { kind: string }) => m.kind)
        .sort(),
    ).toEqual(['in_person', 'video']);
    const unknownKind = await t.app.inject({
      method: 'POST',
      url: `/api/inbox/${fam.requestId}/meetings`,
      headers: { cookie: env.anna },
      payload: { kind: 'phone', title: 'x', slots: [inDays(2)], durationMinutes: 60 },
    });
    expect(unknownKind.statusCode).toBe(400);
  });

  it('lets the family choose a slot once, queues two content-free reminders; other families get 404', async () => {
    const fam = await familyWithRequest(t, { email: 'mutter@example.org' });
    const other = await familyWithRequest(t);
    const meeting = (await propose(env.anna, fam.requestId)).json();
    const seen = await t.app.inject({
      method: 'GET',
      url: '/api/family/meetings',
      headers: { cookie: fam.cookie },
    });
    expect(seen.json().map((m: { id: string }) => m.id)).toEqual([meeting.id]);
    const notSeen = await t.app.inject({
      method: 'GET',
      url: '/api/family/meetings',
      headers: { cookie: other.cookie },
    });
    expect(notSeen.json()).toEqual([]);

    const slot = meeting.slots[1];
    const stranger = await t.app.inject({
      method: 'POST',
      url: `/api/family/meetings/${meeting.id}/choose`,
      headers: { cookie: other.cookie },
      payload: { slotId: slot.id },
    });
    expect(stranger.statusCode).toBe(404);

    const jobsBefore = await countJobs();
    const chosen = await t.app.inject({
      method: 'POST',
      url: `/api/family/meetings/${meeting.id}/choose`,
      headers: { cookie: fam.cookie },
      payload: { slotId: slot.id },
    });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json()).toMatchObject({ status: 'scheduled', chosenSlot: slot });
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/family/meetings/${meeting.id}/choose`,
      headers: { cookie: fam.cookie },
      payload: { slotId: meeting.slots[0].id },
    });
    expect(again.statusCode).toBe(409);

    const jobs = await withTenant(t.db, env.o.office.tenantId, async (tx) => {
      const rows = await tx
        .selectFrom('jobs')
        .select(['kind', 'run_at', 'payload_enc'])
        .orderBy('id')
        .execute();
      return Promise.all(
        rows.slice(jobsBefore).map(async (r) => ({
          kind: r.kind,
          runAt: new Date(r.run_at).getTime(),
          mail: JSON.parse(
            await t.ctx.keys.decryptText(tx, env.o.office.tenantId, r.payload_enc, `job:${r.kind}`),
          ),
        })),
      );
    });
    const start = new Date(slot.startsAt).getTime();
    expect(jobs.map((j) => j.runAt)).toEqual([start - 24 * 3600_000, start - 3600_000]);
    for (const job of jobs) {
      expect(job.mail.to).toBe('mutter@example.org');
      expect(job.mail.text).toMatch(/^Erinnerung: Ihr Termin am \d{2}\.\d{2}\.\d{4} um \d{2}:\d{2} Uhr\./);
      expect(job.mail.text).toContain('in der App');
      expect(JSON.stringify(job.mail)).not.toContain('Muster');
    }
    // Without an e-mail address, nothing is queued.
    const quiet = (await propose(env.anna, other.requestId)).json();
    const before = await countJobs();
    await t.app.inject({
      method: 'POST',
      url: `/api/family/meetings/${quiet.id}/choose`,
      headers: { cookie: other.cookie },
      payload: { slotId: quiet.slots[0].id },
    });
    expect(await countJobs()).toBe(before);
  });

  it('audits proposals, lists and choices', async () => {
    const actions = await t.db.withOwner((ow) =>
      ow.selectFrom('audit_events').select('action').where('action', 'like', 'meeting.%').execute(),
    );
    const set = new Set(actions.map((a) => a.action));
    for (const a of ['meeting.propose', 'meeting.list', 'meeting.choose']) expect(set).toContain(a);
  });
});

async function countJobs() {
  return withTenant(
    t.db,
    env.o.office.tenantId,
    async (tx) => (await tx.selectFrom('jobs').select('id').execute()).length,
  );
}

describe('guests and ICE', () => {
  it('gives an interpreter a one-time link for this meeting only', async () => {
    const fam = await familyWithRequest(t);
    const meeting = (await propose(env.anna, fam.requestId)).json();
    const otherMeeting = (await propose(env.anna, fam.requestId)).json();
    const denied = await t.app.inject({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/guests`,
      headers: { cookie: env.ben },
      payload: { label: 'Dolmetscherin Arabisch' },
    });
    expect(denied.statusCode).toBe(404);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/guests`,
      headers: { cookie: env.anna },
      payload: { label: 'Dolmetscherin Arabisch' },
    });
    expect(res.statusCode).toBe(201);
    const link = res.json();
    const url = new URL(link.url);
    expect(url.pathname).toBe(`/video/${meeting.id}`);
    const token = url.searchParams.get('guest') ?? '';
    expect(token.length).toBeGreaterThan(30);
    // Only the hash is stored.
    const stored = await t.db.withOwner((ow) =>
      ow.selectFrom('meeting_guests').select('token_hash').execute(),
    );
    expect(stored.map((g) => g.token_hash)).not.toContain(token);
    expect(new Date(link.expiresAt).getTime()).toBe(
      new Date(meeting.slots[1].startsAt).getTime() + 45 * 60_000,
    );

    const wrongMeeting = await t.app.inject({
      method: 'POST',
      url: `/api/meetings/${otherMeeting.id}/guest-session`,
      payload: { token },
    });
    expect(wrongMeeting.statusCode).toBe(404);
    const redeem = await t.app.inject({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/guest-session`,
      payload: { token },
    });
    expect(redeem.statusCode).toBe(200);
    const cookie = `__Host-lotse-guest=${redeem.cookies.find((c) => c.name === '__Host-lotse-guest')?.value}`;
    const reuse = await t.app.inject({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/guest-session`,
      payload: { token },
    });
    expect(reuse.statusCode).toBe(404);

    const room = await t.app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}`,
      headers: { cookie },
    });
    expect(room.statusCode).toBe(200);
    expect(room.json()).toMatchObject({
      role: 'guest',
      displayName: 'Dolmetscherin Arabisch',
      provider: 'builtin',
      externalUrl: null,
    });
    // The label (often a name) is stored sealed; one an older version left in plaintext is sealed at start-up.
    const guestRow = async () =>
      t.db.withOwner((ow) =>
        ow
          .selectFrom('meeting_guests')
          .select(['legacy_label', 'label_enc'])
          .where('id', '=', link.id)
          .executeTakeFirstOrThrow(),
      );
    const sealedRow = await guestRow();
    expect(sealedRow.legacy_label).toBeNull();
    expect(Buffer.from(sealedRow.label_enc ?? []).toString('latin1')).not.toContain('Dolmetscherin');
    await t.db.withOwner((ow) =>
      ow
        .updateTable('meeting_guests')
        .set({ legacy_label: 'Dolmetscher Altbestand', label_enc: null })
        .where('id', '=', link.id)
        .execute(),
    );
    const tenantId = env.o.office.tenantId;
    await withTenant(t.db, tenantId, (tx) =>
      sealLegacyGuestLabels({ tx, sealed: sealedTextFor(t.ctx.keys, tx, tenantId) }),
    );
    expect((await guestRow()).legacy_label).toBeNull();
    const relabelled = await t.app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}`,
      headers: { cookie },
    });
    expect(relabelled.json()).toMatchObject({ role: 'guest', displayName: 'Dolmetscher Altbestand' });
    const elsewhere = await t.app.inject({
      method: 'GET',
      url: `/api/meetings/${otherMeeting.id}`,
      headers: { cookie },
    });
    expect(elsewhere.statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/meetings/${meeting.id}` });
    expect(anonymous.statusCode).toBe(401);
    const familyRoom = await t.app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}`,
      headers: { cookie: fam.cookie },
    });
    expect(familyRoom.json()).toMatchObject({ role: 'family', title: 'Erstgespräch Familie Muster' });
    const otherFamily = await familyWithRequest(t);
    const foreign = await t.app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}`,
      headers: { cookie: otherFamily.cookie },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('hands out coturn REST credentials when TURN is configured, none otherwise', async () => {
    const fam = await familyWithRequest(t);
    const meeting = (await propose(env.anna, fam.requestId)).json();
    const none = await t.app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/ice`,
      headers: { cookie: fam.cookie },
    });
    expect(none.json()).toEqual({ iceServers: [], expiresAt: null });
    const saved = t.ctx.config.video;
    t.ctx.config.video = {
      ...saved,
      turnUrls: ['turn:turn.example.org:3478', 'turns:turn.example.org:5349'],
      turnSecret: 'geheimes-turn-secret',
    };
    try {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/meetings/${meeting.id}/ice`,
        headers: { cookie: env.anna },
      });
      const [server] = res.json().iceServers;
      expect(server.urls).toEqual(['turn:turn.example.org:3478', 'turns:turn.example.org:5349']);
      const [expiry, id] = server.username.split(':');
      expect(Number(expiry)).toBeGreaterThan(Date.now() / 1000 + 3600);
      expect(id).toMatch(/^[0-9a-f]{16}$/);
      expect(server.credential).toBe(
        createHmac('sha1', 'geheimes-turn-secret').update(server.username).digest('base64'),
      );
      const denied = await t.app.inject({
        method: 'GET',
        url: `/api/meetings/${meeting.id}/ice`,
        headers: { cookie: env.ben },
      });
      expect(denied.statusCode).toBe(404);
    } finally {
      t.ctx.config.video = saved;
    }
  });
});

/* ---------- realtime socket ---------- */

interface Client {
  ws: WebSocket;
  messages: Record<string, unknown>[];
  next(pred: (m: Record<string, unknown>) => boolean, ms?: number): Promise<Record<string, unknown>>;
  send(m: unknown): void;
  closed: Promise<number>;
}

function connect(port: number, cookie?: string): Promise<Client> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/realtime`, { headers: cookie ? { cookie } : {} });
  const messages: Record<string, unknown>[] = [];
  const waiters: {
    pred: (m: Record<string, unknown>) => boolean;
    resolve: (m: Record<string, unknown>) => void;
  }[] = [];
  ws.on('message', (raw) => {
    const m = JSON.parse(raw.toString());
    messages.push(m);
    for (const w of [...waiters]) {
      if (w.pred(m)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  const client: Client = {
    ws,
    messages,
    closed,
    send: (m) => ws.send(JSON.stringify(m)),
    next: (pred, ms = 5000) => {
      const found = messages.find(pred);
      if (found) {
        messages.splice(messages.indexOf(found), 1);
        return Promise.resolve(found);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timeout waiting for message')), ms);
        waiters.push({
          pred,
          resolve: (m) => {
            clearTimeout(timer);
            messages.splice(messages.indexOf(m), 1);
            resolve(m);
          },
        });
      });
    },
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client));
    ws.once('error', reject);
  });
}

const ev = (type: string) => (m: Record<string, unknown>) =>
  m.type === 'event' && (m.event as { type: string }).type === type;

describe('realtime socket and video room', () => {
  let port: number;
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });

  it('closes sockets without a session with 4401', async () => {
    const c = await connect(port);
    expect(await c.closed).toBe(4401);
  });

  it('runs the lobby: family waits, staff admit, signalling reaches only the addressed, admitted peer', async () => {
    const fam = await familyWithRequest(t);
    const meeting = (await propose(env.anna, fam.requestId)).json();
    const channel = `meeting:${meeting.id}`;

    const staff = await connect(port, env.anna);
    await staff.next((m) => m.type === 'hello');
    staff.send({ type: 'subscribe', channel });
    await staff.next((m) => m.type === 'subscribed');
    const staffSelf = (await staff.next(ev('self'))).event as { peer: { id: string; admitted: boolean } };
    expect(staffSelf.peer.admitted).toBe(true);

    const outsider = await connect(port, env.ben);
    outsider.send({ type: 'subscribe', channel });
    expect(await outsider.next((m) => m.type === 'error')).toMatchObject({ code: 'forbidden' });

    const family = await connect(port, fam.cookie);
    family.send({ type: 'subscribe', channel });
    const famSelf = (await family.next(ev('self'))).event as {
      peer: { id: string; admitted: boolean; role: string };
    };
    expect(famSelf.peer).toMatchObject({ admitted: false, role: 'family' });
    const joined = (await staff.next(ev('peer-joined'))).event as { peer: { id: string; admitted: boolean } };
    expect(joined.peer).toMatchObject({ id: famSelf.peer.id, admitted: false });

    // The staff client introduces itself to the newcomer.
    staff.send({ type: 'message', channel, data: { type: 'announce', to: famSelf.peer.id } });
    expect(((await family.next(ev('peer'))).event as { peer: { id: string } }).peer.id).toBe(
      staffSelf.peer.id,
    );

    // From the lobby, nothing gets through; and the family cannot admit itself.
    const offer = { kind: 'offer', sdp: 'v=0 fake' };
    family.send({
      type: 'message',
      channel,
      data: { type: 'signal', to: staffSelf.peer.id, payload: offer },
    });
    family.send({ type: 'message', channel, data: { type: 'admit', peer: famSelf.peer.id } });
    expect(await family.next((m) => ev('error')(m))).toMatchObject({ event: { code: 'forbidden' } });
    staff.send({ type: 'message', channel, data: { type: 'signal', to: famSelf.peer.id, payload: offer } });

    staff.send({ type: 'message', channel, data: { type: 'admit', peer: famSelf.peer.id } });
    await family.next(ev('admitted'));
    const update = (await staff.next(ev('peer'))).event as { peer: { admitted: boolean } };
    expect(update.peer.admitted).toBe(true);
    expect(staff.messages.some(ev('signal'))).toBe(false);
    expect(family.messages.some(ev('signal'))).toBe(false);

    family.send({
      type: 'message',
      channel,
      data: { type: 'signal', to: staffSelf.peer.id, payload: offer },
    });
    const relayed = (await staff.next(ev('signal'))).event;
    expect(relayed).toEqual({ type: 'signal', from: famSelf.peer.id, payload: offer });

    family.ws.close();
    const left = (await staff.next(ev('peer-left'))).event as { peerId: string };
    expect(left.peerId).toBe(famSelf.peer.id);
    staff.ws.close();
    outsider.ws.close();

    const audit = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select(['action', 'actor_roles'])
        .where('resource_id', '=', meeting.id)
        .execute(),
    );
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['meeting.join', 'meeting.admit']));
  });

  it('limits message size and rate per socket', async () => {
    const big = await connect(port, env.anna);
    big.send({ type: 'ping', pad: 'x'.repeat(70 * 1024) });
    expect(await big.closed).toBe(1009);

    const chatty = await connect(port, env.anna);
    for (let i = 0; i < 250; i++) chatty.send({ type: 'ping' });
    expect(await chatty.next((m) => m.type === 'error')).toMatchObject({ code: 'rate_limited' });
    expect(await chatty.closed).toBe(4429);
  });
});
