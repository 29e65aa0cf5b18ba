import type { TCasePlacements, TProviderFacilities, TProviderInquiry } from '@lotse/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openFamilyCase } from '../../test-support/office.js';
import { linkProviderStaff, seedRegionProviders } from '../../test-support/providers.js';
import { officeToday } from '../tenancy/index.js';

let t: TestApp;
let o: Office;
let anna: string;
let ben: string;
let olga: string;
let emil: string;
let paula: string;
let caseId: string;
let jan: string;
let emilFacility: string;
let paulaFacility: string;
let thirdFacility: string;

const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const inDays = (days: number) => officeToday(new Date(Date.now() + days * 86_400_000));
const mailsTo = async () =>
  t.db.withOwner(async (owner) =>
    Number(
      (await sql<{ n: string }>`SELECT count(*) AS n FROM jobs WHERE kind = 'mail.send'`.execute(owner))
        .rows[0]?.n,
    ),
  );
const inquiryInput = (facilityIds: string[]) => ({
  personId: jan,
  helpType: 'p34_residential_care',
  facilityIds,
  specialisations: ['trauma'],
  languages: ['de'],
  needs: 'Braucht eine ruhige Gruppe, Schulwechsel möglichst vermeiden.',
  startBy: null,
  answerBy: inDays(5),
});

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  const emilUser = await o.office.user({ roles: ['provider_staff'] });
  const paulaUser = await o.office.user({ roles: ['provider_staff'] });
  const { providerId } = await seedRegionProviders(t.db, o.office, emilUser.id);
  const others = await t.db.withOwner((owner) =>
    owner
      .selectFrom('provider_facilities')
      .select(['id', 'provider_id'])
      .where('provider_id', '<>', providerId)
      .orderBy('id')
      .execute(),
  );
  const paulaProvider = others[0]?.provider_id ?? '';
  await linkProviderStaff(o.office, paulaUser.id, paulaProvider);
  paulaFacility = others[0]?.id ?? '';
  thirdFacility = others.find((f) => f.provider_id !== paulaProvider)?.id ?? '';
  anna = await loginCookie(t.app, o.anna.username);
  ben = await loginCookie(t.app, o.ben.username);
  olga = await loginCookie(t.app, o.olga.username);
  emil = await loginCookie(t.app, emilUser.username);
  paula = await loginCookie(t.app, paulaUser.username);
  emilFacility =
    ((await call(emil, 'GET', '/api/provider/facilities')).json() as TProviderFacilities).items[0]?.id ?? '';
  ({ caseId, jan } = await openFamilyCase(t.app, anna, o.nord));
});
afterAll(() => t.close());

describe('inquiries instead of phone calls', () => {
  let inquiryId: string;

  it('asks three facilities at once with an anonymised profile and tells each by mail', async () => {
    const before = await mailsTo();
    const res = await call(
      anna,
      'POST',
      `/api/cases/${caseId}/placement-inquiries`,
      inquiryInput([emilFacility, paulaFacility, thirdFacility]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as TCasePlacements;
    const inquiry = body.inquiries[0];
    inquiryId = inquiry?.id ?? '';
    expect(inquiry?.recipients.map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
    expect(inquiry?.profile).toMatchObject({ gender: 'male', helpType: 'p34_residential_care' });
    expect(inquiry?.profile.age).toBeGreaterThanOrEqual(16);
    expect(inquiry?.allowedActions).toEqual(['cancel']);
    expect(await mailsTo()).toBe(before + 3);
  });

  it('shows the provider the profile and deadline, never the case or a name', async () => {
    const res = await call(emil, 'GET', '/api/provider/inquiries');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as TProviderInquiry[];
    expect(items).toHaveLength(1);
    expect(items[0]?.allowedActions).toEqual(['accept', 'decline']);
    expect(items[0]?.profile.needs).toContain('ruhige Gruppe');
    expect(JSON.stringify(items[0])).not.toMatch(/Jan|Muster|Sandra|caseId|12101/);
  });

  it('lets each provider answer once: accept holds a place, decline needs a reason', async () => {
    const emilInquiry = (await call(emil, 'GET', '/api/provider/inquiries')).json()
      .items[0] as TProviderInquiry;
    const paulaInquiry = (await call(paula, 'GET', '/api/provider/inquiries')).json()
      .items[0] as TProviderInquiry;
    expect(
      (await call(paula, 'POST', `/api/provider/inquiries/${paulaInquiry.id}/answer`, { answer: 'decline' }))
        .statusCode,
    ).toBe(400);
    const declined = await call(paula, 'POST', `/api/provider/inquiries/${paulaInquiry.id}/answer`, {
      answer: 'decline',
      reason: 'Keine Plätze für Jungen frei',
    });
    expect(declined.json()).toMatchObject({ status: 'declined', allowedActions: [] });
    // emil may not answer paula's inquiry: it does not exist for him
    expect(
      (await call(emil, 'POST', `/api/provider/inquiries/${paulaInquiry.id}/answer`, { answer: 'accept' }))
        .statusCode,
    ).toBe(404);
    const accepted = await call(emil, 'POST', `/api/provider/inquiries/${emilInquiry.id}/answer`, {
      answer: 'accept',
    });
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    expect(
      (
        await call(emil, 'POST', `/api/provider/inquiries/${emilInquiry.id}/answer`, {
          answer: 'decline',
          reason: 'doch nicht',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('confirms the offered place: placement starts, the others are withdrawn and told', async () => {
    const view = (await call(anna, 'GET', `/api/cases/${caseId}/placements`)).json() as TCasePlacements;
    const offered = view.inquiries[0]?.recipients.find((r) => r.status === 'accepted');
    expect(offered?.allowedActions).toEqual(['confirm']);
    const declined = view.inquiries[0]?.recipients.find((r) => r.status === 'declined');
    expect(
      (
        await call(anna, 'POST', `/api/placement-inquiries/${inquiryId}/confirm`, {
          recipientId: declined?.id,
        })
      ).statusCode,
    ).toBe(409);
    const before = await mailsTo();
    const res = await call(anna, 'POST', `/api/placement-inquiries/${inquiryId}/confirm`, {
      recipientId: offered?.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as TCasePlacements;
    expect(after.inquiries[0]?.status).toBe('placed');
    expect(after.inquiries[0]?.recipients.map((r) => r.status).sort()).toEqual([
      'declined',
      'placed',
      'withdrawn',
    ]);
    expect(after.placements).toHaveLength(1);
    expect(after.placements[0]).toMatchObject({
      facilityId: emilFacility,
      endedAt: null,
      allowedActions: ['end'],
    });
    // one "confirmed" mail to emil's facility, one "withdrawn" mail to the third facility
    expect(await mailsTo()).toBe(before + 2);
    expect((await call(anna, 'POST', `/api/placement-inquiries/${inquiryId}/cancel`)).statusCode).toBe(409);
  });

  it('gives the caseworker a task when a place is offered', async () => {
    const tasks = await t.db.withOwner((owner) =>
      owner
        .selectFrom('tasks')
        .select('id')
        .where('case_id', '=', caseId)
        .where('done_at', 'is', null)
        .execute(),
    );
    expect(tasks.length).toBeGreaterThanOrEqual(1);
  });

  it('cancels an open inquiry and withdraws every request', async () => {
    const res = await call(
      anna,
      'POST',
      `/api/cases/${caseId}/placement-inquiries`,
      inquiryInput([paulaFacility]),
    );
    const id = (res.json() as TCasePlacements).inquiries[0]?.id;
    const cancelled = await call(anna, 'POST', `/api/placement-inquiries/${id}/cancel`);
    expect(cancelled.json().inquiries[0]).toMatchObject({
      status: 'cancelled',
      recipients: [{ status: 'withdrawn' }],
    });
    const mine = (await call(paula, 'GET', '/api/provider/inquiries')).json().items as TProviderInquiry[];
    const withdrawn = mine.find((i) => i.status === 'withdrawn');
    expect(withdrawn?.allowedActions).toEqual([]);
    expect(
      (await call(paula, 'POST', `/api/provider/inquiries/${withdrawn?.id}/answer`, { answer: 'accept' }))
        .statusCode,
    ).toBe(409);
  });

  it.each([
    [{ answerBy: '2020-01-01' }, 'Antwortfrist'],
    [{ needs: 'Familie wohnt in 12101, bitte anrufen' }, 'keine Adresse'],
    [{ facilityIds: [] }, 'mindestens eine'],
    [{ facilityIds: ['00000000-0000-4000-8000-000000000000'] }, 'nicht für dieses Jugendamt'],
    [{ helpType: 'p99' }, ''],
  ])('refuses %j with a clear 400 and writes nothing', async (change, words) => {
    const count = async () =>
      t.db.withOwner(async (owner) =>
        Number(
          (await sql<{ n: string }>`SELECT count(*) AS n FROM placement_inquiries`.execute(owner)).rows[0]?.n,
        ),
      );
    const before = await count();
    const res = await call(anna, 'POST', `/api/cases/${caseId}/placement-inquiries`, {
      ...inquiryInput([emilFacility]),
      ...change,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(words);
    expect(await count()).toBe(before);
  });

  it('keeps the case closed to other teams (404) and other offices (404)', async () => {
    expect((await call(ben, 'GET', `/api/cases/${caseId}/placements`)).statusCode).toBe(404);
    expect((await call(olga, 'GET', `/api/cases/${caseId}/placements`)).statusCode).toBe(404);
    expect(
      (await call(olga, 'POST', `/api/placement-inquiries/${inquiryId}/confirm`, { recipientId: inquiryId }))
        .statusCode,
    ).toBe(404);
    expect((await call(emil, 'GET', `/api/cases/${caseId}/placements`)).statusCode).toBe(404);
  });
});
