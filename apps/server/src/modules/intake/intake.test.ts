import { randomUUID } from 'node:crypto';
import { ZCreateIntakeRequestSchema } from '@lotse/shared';
import { solveChallenge } from 'altcha-lib/v1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { safetyDecision } from './send-request.js';

let t: TestApp;
let o: Office;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  t.ctx.config.officeSlug = `t-${o.office.tenantId.slice(0, 8)}`;
  await o.office.owner(async (ow) => {
    await ow
      .insertInto('routing_rules')
      .values([
        {
          tenant_id: o.office.tenantId,
          id: randomUUID(),
          topic: null,
          social_area_id: o.nordArea,
          team_id: o.nord,
        },
        {
          tenant_id: o.office.tenantId,
          id: randomUUID(),
          topic: null,
          social_area_id: o.suedArea,
          team_id: o.sued,
        },
        {
          tenant_id: o.office.tenantId,
          id: randomUUID(),
          topic: null,
          social_area_id: null,
          team_id: o.nord,
        },
      ])
      .execute();
    await ow
      .updateTable('teams')
      .set({ phone: '030 1234-100', hours: 'Mo–Fr 8–16 Uhr' })
      .where('id', '=', o.nord)
      .execute();
  });
});
afterAll(() => t.close());

async function solvedPow() {
  const res = await t.app.inject({ method: 'GET', url: '/api/intake/challenge' });
  expect(res.statusCode).toBe(200);
  const c = res.json();
  const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
  if (!solution) throw new Error('unsolved');
  return {
    algorithm: c.algorithm,
    challenge: c.challenge,
    salt: c.salt,
    signature: c.signature,
    number: solution.number,
  };
}

const request = (overrides: Record<string, unknown> = {}) => ({
  language: 'de',
  writerRole: 'parent',
  concern: 'Meine Tochter (8) hört nicht mehr auf mich und wir streiten jeden Tag.',
  age: 8,
  postcode: '12101',
  anonymous: false,
  name: 'Sandra Muster',
  phone: '0151 1111',
  transcript: [
    { from: 'assistant', text: 'Worum geht es?' },
    { from: 'family', text: 'Meine Tochter (8) hört nicht mehr auf mich und wir streiten jeden Tag.' },
  ],
  consent: true,
  ...overrides,
});

describe('public intake', () => {
  it('classifies free text without storing anything', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/intake/classify',
      payload: { text: 'Ich will nicht mehr leben', lang: 'de' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ danger: true, language: 'de', uncertain: false });
    expect(res.json().signals).toContain('suicide');
    const calm = await t.app.inject({
      method: 'POST',
      url: '/api/intake/classify',
      payload: { text: 'Mein Sohn braucht Hilfe bei den Hausaufgaben', lang: 'de' },
    });
    expect(calm.json()).toMatchObject({ danger: false, signals: [] });
    const stored = await t.db.withOwner((ow) => ow.selectFrom('intake_requests').select('id').execute());
    expect(stored).toHaveLength(0);
  });

  it('marks a request urgent when the family answers the safety question with yes', async () => {
    // (One request only: sending requests is limited to 10 a minute per address.)
    const yes = await t.app.inject({
      method: 'POST',
      url: '/api/intake/requests',
      payload: request({ pow: await solvedPow(), safetyAnswer: 'yes' }),
    });
    expect(yes.json().urgent).toBe(true);
    expect(ZCreateIntakeRequestSchema.shape.safetyAnswer.safeParse('vielleicht').success).toBe(false);
  });

  it('treats a child who was asked and did not say no as urgent, an adult who said no as not', () => {
    expect(safetyDecision({ writerRole: 'child', safetyAnswer: 'unanswered' }, true)).toEqual({
      urgent: true,
      signals: ['safety_unclear'],
    });
    expect(safetyDecision({ writerRole: 'young_person', safetyAnswer: undefined }, true).urgent).toBe(true);
    expect(safetyDecision({ writerRole: 'young_person', safetyAnswer: 'no' }, true).urgent).toBe(false);
    expect(safetyDecision({ writerRole: 'parent', safetyAnswer: 'unsure' }, true).urgent).toBe(false);
    expect(safetyDecision({ writerRole: 'parent', safetyAnswer: 'yes' }, false)).toEqual({
      urgent: true,
      signals: ['safety_yes'],
    });
    expect(safetyDecision({ writerRole: 'child', safetyAnswer: undefined }, false).urgent).toBe(false);
  });

  it('serves the flow and routes by postcode to the responsible team', async () => {
    const flow = (await t.app.inject({ method: 'GET', url: '/api/intake/flow' })).json();
    expect(flow.definition.steps.map((s: { id: string }) => s.id)).toContain('concern');
    const route = await t.app.inject({
      method: 'POST',
      url: '/api/intake/route',
      payload: { topic: 'parenting', postcode: '12201' },
    });
    expect(route.json().name).toBe('ASD Süd');
  });

  it('accepts a request with proof of work and consent, and lets the family come back with code and PIN', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/intake/requests',
      payload: request({ pow: await solvedPow() }),
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.accessCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(body.pin).toMatch(/^\d{6}$/);
    expect(body.urgent).toBe(false);
    expect(body.team).toMatchObject({ name: 'ASD Nord', phone: '030 1234-100' });

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/family/login',
      payload: { code: body.accessCode.toLowerCase().replace('-', ' '), pin: body.pin },
    });
    expect(login.statusCode).toBe(200);
    const cookie = `__Host-lotse-family=${login.cookies.find((c) => c.name === '__Host-lotse-family')?.value}`;
    const view = await t.app.inject({ method: 'GET', url: '/api/family/request', headers: { cookie } });
    expect(view.json()).toMatchObject({ status: 'new', team: { name: 'ASD Nord' } });
    // …and who wrote it, so a new device addresses the family as the intake did.
    expect(view.json().writerRole).toBe('parent');
    // the id is the family's key to its live channel `conversation:<id>`
    expect(view.json().id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('marks a request urgent when danger is detected on the server, whatever the client says', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/intake/requests',
      payload: request({
        writerRole: 'young_person',
        concern: 'mein stiefvater schlägt mich jeden abend',
        topic: 'school',
        pow: await solvedPow(),
      }),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().urgent).toBe(true);
    const conv = await t.db.withOwner((ow) =>
      ow
        .selectFrom('conversations')
        .select(['confidential'])
        .orderBy('created_at', 'desc')
        .limit(1)
        .execute(),
    );
    expect(conv[0]?.confidential).toBe(true);
  });

  it('keeps what made the assistant ask visible to the team, marked as uncertain, without an alarm', async () => {
    const concern = 'Die Schule bringt mich noch um, so viel Stress mit den Hausaufgaben';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/intake/requests',
      payload: request({
        concern,
        transcript: [{ from: 'family', text: concern }],
        safetyAnswer: 'no',
        pow: await solvedPow(),
      }),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().urgent).toBe(false);
    const filed = await t.db.withOwner((ow) =>
      ow
        .selectFrom('intake_requests')
        .select(['danger_signals', 'urgent'])
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow(),
    );
    expect(filed.urgent).toBe(false);
    expect(filed.danger_signals.length).toBeGreaterThan(0);
    expect(filed.danger_signals.every((signal) => signal.startsWith('possible_'))).toBe(true);
  });

  it('refuses requests without consent, with a filled honeypot, or with a reused or missing proof of work', async () => {
    const pow = await solvedPow();
    const noConsent = await t.app.inject({
      method: 'POST',
      url: '/api/intake/requests',
      payload: request({ consent: false, pow }),
    });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().message).toContain('Einverständnis');
    const bot = await t.app.inject({
      method: 'POST',
      url: '/api/intake/requests',
      payload: request({ website: 'http://spam', pow }),
    });
    expect(bot.statusCode).toBe(400);
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/intake/requests',
      payload: request({ pow }),
    });
    expect(first.statusCode).toBe(201);
    const replay = await t.app.inject({
      method: 'POST',
      url: '/api/intake/requests',
      payload: request({ pow }),
    });
    expect(replay.statusCode).toBe(400);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/intake/requests',
      payload: request({ pow: { ...(await solvedPow()), number: 1 } }),
    });
    expect([400]).toContain(wrong.statusCode);
  });

  it('answers known and unknown codes alike, six times in a row, and makes both wait alike', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/intake/requests',
      payload: request({ pow: await solvedPow() }),
      remoteAddress: '10.14.5.1',
    });
    expect(res.statusCode, res.body).toBe(201);
    const { accessCode, pin } = res.json();
    const wrongPin = pin === '000000' ? '111111' : '000000';
    const familyLogin = (code: string, pinTried: string, remoteAddress: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/family/login',
        payload: { code, pin: pinTried },
        remoteAddress,
      });
    // Known and unknown codes, each tried six times from its own address: the same answers.
    const knownAnswers: string[] = [];
    const unknownAnswers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const known = await familyLogin(accessCode, wrongPin, '10.14.0.1');
      const unknown = await familyLogin('ZZZZ-ZZZZ-ZZ', wrongPin, '10.14.0.2');
      knownAnswers.push(`${known.statusCode} ${known.body}`);
      unknownAnswers.push(`${unknown.statusCode} ${unknown.body}`);
    }
    expect(knownAnswers).toEqual(unknownAnswers);
    // From the fourth failure of an address on, every try needs a proof of work.
    expect(knownAnswers[3]).toContain('proof_required');
    expect(knownAnswers[2]).toContain('invalid_code');

    // The code itself waits after four wrong PINs, whatever the address, and says for how long.
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/intake/requests',
      payload: request({ pow: await solvedPow() }),
      remoteAddress: '10.14.5.2',
    });
    expect(other.statusCode, other.body).toBe(201);
    const second = other.json();
    const secondWrong = second.pin === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++)
      expect((await familyLogin(second.accessCode, secondWrong, `10.14.1.${i}`)).statusCode).toBe(401);
    const waiting = await familyLogin(second.accessCode, second.pin, '10.14.2.1');
    expect(waiting.statusCode).toBe(429);
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await familyLogin(second.accessCode, second.pin, '10.14.2.1')).statusCode).toBe(200);
  });

  it('asks an address with failures for a proof of work and accepts it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/intake/requests',
      payload: request({ pow: await solvedPow() }),
      remoteAddress: '10.14.5.3',
    });
    expect(res.statusCode, res.body).toBe(201);
    const { accessCode, pin } = res.json();
    const address = '10.14.3.1';
    for (let i = 0; i < 3; i++) {
      const miss = await t.app.inject({
        method: 'POST',
        url: '/api/family/login',
        payload: { code: `UNBE-KANN-T${i}`, pin: '123456' },
        remoteAddress: address,
      });
      expect(miss.statusCode).toBe(401);
    }
    const withoutProof = await t.app.inject({
      method: 'POST',
      url: '/api/family/login',
      payload: { code: accessCode, pin },
      remoteAddress: address,
    });
    expect(withoutProof.statusCode).toBe(400);
    expect(withoutProof.json().error).toBe('proof_required');
    const withProof = await t.app.inject({
      method: 'POST',
      url: '/api/family/login',
      payload: { code: accessCode, pin, pow: await solvedPow() },
      remoteAddress: address,
    });
    expect(withProof.statusCode).toBe(200);
  });

  it('keeps family pages closed without a family session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/family/request' });
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toContain('Code');
  });
});
