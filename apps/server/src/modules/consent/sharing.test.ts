import type {
  TCasePlacements,
  TCaseSharing,
  TEntry,
  TFamilyAccessLog,
  TProviderCase,
  TProviderFacilities,
  TProviderInquiry,
} from '@lotse/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { activateFamilyAccount } from '../../test-support/family-account.js';
import { buildOffice, type Office, openFamilyCase } from '../../test-support/office.js';
import { linkProviderStaff, seedRegionProviders } from '../../test-support/providers.js';
import { officeToday } from '../tenancy/index.js';

let t: TestApp;
let o: Office;
let anna: string;
let ben: string;
let emil: string;
let paula: string;
let sandraCookie: string;
let caseId: string;
let sandra: string;
let jan: string;
let providerId: string;
let otherProviderId: string;

const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const today = () => officeToday();
const shareCount = async () =>
  t.db.withOwner(async (owner) =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM case_shares`.execute(owner)).rows[0]?.n),
  );

/** anna asks emil's facility, emil offers the place, anna confirms: the help runs at emil's provider. */
async function placeWithEmil() {
  const facility = ((await call(emil, 'GET', '/api/provider/facilities')).json() as TProviderFacilities)
    .items[0];
  const asked = await call(anna, 'POST', `/api/cases/${caseId}/placement-inquiries`, {
    personId: jan,
    helpType: 'p31_spfh',
    facilityIds: [facility?.id],
    answerBy: today(),
  });
  expect(asked.statusCode, asked.body).toBe(201);
  const inquiry = (
    (await call(emil, 'GET', '/api/provider/inquiries')).json().items as TProviderInquiry[]
  ).find((i) => i.status === 'sent');
  await call(emil, 'POST', `/api/provider/inquiries/${inquiry?.id}/answer`, { answer: 'accept' });
  const view = (await call(anna, 'GET', `/api/cases/${caseId}/placements`)).json() as TCasePlacements;
  const open = view.inquiries.find((i) => i.status === 'open');
  const offered = open?.recipients.find((r) => r.status === 'accepted');
  const confirmed = await call(anna, 'POST', `/api/placement-inquiries/${open?.id}/confirm`, {
    recipientId: offered?.id,
  });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  return (confirmed.json() as TCasePlacements).placements.find((p) => p.endedAt === null)?.id ?? '';
}

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  const emilUser = await o.office.user({ roles: ['provider_staff'] });
  const paulaUser = await o.office.user({ roles: ['provider_staff'] });
  ({ providerId } = await seedRegionProviders(t.db, o.office, emilUser.id));
  otherProviderId = (
    await t.db.withOwner((owner) =>
      owner
        .selectFrom('providers')
        .select('id')
        .where('id', '<>', providerId)
        .orderBy('id')
        .executeTakeFirstOrThrow(),
    )
  ).id;
  await linkProviderStaff(o.office, paulaUser.id, otherProviderId);
  anna = await loginCookie(t.app, o.anna.username);
  ben = await loginCookie(t.app, o.ben.username);
  emil = await loginCookie(t.app, emilUser.username);
  paula = await loginCookie(t.app, paulaUser.username);
  ({ caseId, sandra, jan } = await openFamilyCase(t.app, anna, o.nord));
  sandraCookie = (await activateFamilyAccount(t.app, anna, caseId, sandra)).cookie;
});
afterAll(() => t.close());

describe('consent-based handover to the provider', () => {
  const consentInput = (sections: string[]) => ({
    personId: sandra,
    providerId,
    purpose: 'Sozialpädagogische Familienhilfe: Absprachen und Hilfeplan',
    sections,
    validFrom: today(),
    validUntil: null,
    source: 'app',
  });
  let consentId: string;

  it('shares nothing before the provider took over the help', async () => {
    const res = await call(anna, 'POST', `/api/cases/${caseId}/shares`, {
      providerId,
      sections: ['persons'],
      basis: 'legal_ground',
      legalGround: '§ 8a Abs. 4 SGB VIII',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('Platz bestätigt');
  });

  it('needs a consent in force for every shared section', async () => {
    await placeWithEmil();
    const before = await shareCount();
    const res = await call(anna, 'POST', `/api/cases/${caseId}/shares`, {
      providerId,
      sections: ['persons', 'help_plan'],
      basis: 'consent',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('Personen');
    expect(await shareCount()).toBe(before);
  });

  it('asks the mother in the app; her consent opens exactly the consented sections', async () => {
    const asked = await call(
      anna,
      'POST',
      `/api/cases/${caseId}/consents`,
      consentInput(['persons', 'help_plan']),
    );
    expect(asked.statusCode, asked.body).toBe(201);
    consentId = (asked.json() as TCaseSharing).consents[0]?.id ?? '';
    expect((asked.json() as TCaseSharing).consents[0]?.status).toBe('requested');
    // not given yet: no share on it
    expect(
      (
        await call(anna, 'POST', `/api/cases/${caseId}/shares`, {
          providerId,
          sections: ['persons'],
          basis: 'consent',
        })
      ).statusCode,
    ).toBe(409);
    const mine = await call(sandraCookie, 'GET', '/api/family/consents');
    expect(mine.json().items[0]).toMatchObject({
      status: 'requested',
      allowedActions: ['give', 'decline'],
      providerName: 'Familienhilfe Nord e. V.',
    });
    const given = await call(sandraCookie, 'POST', `/api/family/consents/${consentId}`, { decision: 'give' });
    expect(given.json().items[0]).toMatchObject({ status: 'given', allowedActions: ['revoke'] });
    // contact is not consented
    expect(
      (
        await call(anna, 'POST', `/api/cases/${caseId}/shares`, {
          providerId,
          sections: ['persons', 'contact'],
          basis: 'consent',
        })
      ).statusCode,
    ).toBe(409);
    const shared = await call(anna, 'POST', `/api/cases/${caseId}/shares`, {
      providerId,
      sections: ['persons', 'help_plan'],
      basis: 'consent',
    });
    expect(shared.statusCode, shared.body).toBe(201);
    expect((shared.json() as TCaseSharing).shares[0]?.openSections).toEqual(['persons', 'help_plan']);
  });

  it('shows the provider only the shared sections, and no other provider anything', async () => {
    const list = await call(emil, 'GET', '/api/provider/cases');
    expect(list.json().items).toHaveLength(1);
    expect(list.json().items[0].child).toMatch(/^Mia|^Jan/);
    const res = await call(emil, 'GET', `/api/provider/cases/${caseId}`);
    expect(res.statusCode).toBe(200);
    const view = res.json() as TProviderCase;
    expect(view.openSections).toEqual(['persons', 'help_plan']);
    expect(view.persons?.map((p) => p.firstName).sort()).toEqual(['Jan', 'Mia', 'Sandra']);
    expect(view.contact).toBeNull();
    expect(view.documents).toBeNull();
    expect(view.helpPlan).not.toBeNull();
    expect((await call(paula, 'GET', `/api/provider/cases/${caseId}`)).statusCode).toBe(404);
    expect((await call(paula, 'GET', '/api/provider/cases')).json().items).toEqual([]);
    // the case file itself stays closed to the provider
    expect((await call(emil, 'GET', `/api/cases/${caseId}/entries`)).statusCode).toBe(404);
    expect((await call(emil, 'GET', `/api/cases/${caseId}`)).statusCode).toBe(404);
  });

  it('lets the provider document into the same case, marked with its source', async () => {
    const res = await call(emil, 'POST', `/api/provider/cases/${caseId}/entries`, {
      kind: 'contact',
      title: 'Hausbesuch',
      body: 'Erster Hausbesuch, Ziele besprochen.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as TProviderCase).entries[0]).toMatchObject({ title: 'Hausbesuch' });
    const timeline = (await call(anna, 'GET', `/api/cases/${caseId}/entries`)).json() as TEntry[];
    const entry = timeline.find((e) => e.title === 'Hausbesuch');
    expect(entry?.source).toEqual({ providerId, providerName: 'Familienhilfe Nord e. V.' });
    expect(timeline.filter((e) => e.source !== null)).toHaveLength(1);
    expect(
      (
        await call(paula, 'POST', `/api/provider/cases/${caseId}/entries`, {
          kind: 'report',
          title: 'x',
          body: 'y',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('shows the family who read their data, naming the provider', async () => {
    const log = (await call(sandraCookie, 'GET', '/api/family/access-log')).json() as TFamilyAccessLog;
    const providerEvents = log.items.filter((i) => i.who === 'provider');
    expect(providerEvents.length).toBeGreaterThan(0);
    expect(providerEvents[0]?.unit).toBe('Familienhilfe Nord e. V.');
    expect(log.items.some((i) => i.what === 'shared')).toBe(true);
  });

  it('ends access at once when the mother revokes her consent', async () => {
    const revoked = await call(sandraCookie, 'POST', `/api/family/consents/${consentId}`, {
      decision: 'revoke',
    });
    expect(revoked.json().items[0].status).toBe('revoked');
    expect((await call(emil, 'GET', `/api/provider/cases/${caseId}`)).statusCode).toBe(404);
    expect((await call(emil, 'GET', '/api/provider/cases')).json().items).toEqual([]);
    expect(
      (
        await call(emil, 'POST', `/api/provider/cases/${caseId}/entries`, {
          kind: 'report',
          title: 'x',
          body: 'y',
        })
      ).statusCode,
    ).toBe(404);
    const staffView = (await call(anna, 'GET', `/api/cases/${caseId}/sharing`)).json() as TCaseSharing;
    expect(staffView.shares[0]?.openSections).toEqual([]);
    expect(
      (await call(sandraCookie, 'POST', `/api/family/consents/${consentId}`, { decision: 'give' }))
        .statusCode,
    ).toBe(409);
  });

  it('opens on a recorded legal ground, and closes when the help ends', async () => {
    const res = await call(anna, 'POST', `/api/cases/${caseId}/shares`, {
      providerId,
      sections: ['contact'],
      basis: 'legal_ground',
      legalGround: '§ 8a Abs. 4 SGB VIII – Schutzkonzept mit dem Träger',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await call(emil, 'GET', `/api/provider/cases/${caseId}`)).json().openSections).toEqual([
      'contact',
    ]);
    const placement = ((await call(anna, 'GET', `/api/cases/${caseId}/placements`)).json() as TCasePlacements)
      .placements[0];
    expect((await call(anna, 'POST', `/api/placements/${placement?.id}/end`)).statusCode).toBe(200);
    expect((await call(emil, 'GET', `/api/provider/cases/${caseId}`)).statusCode).toBe(404);
  });

  it.each([
    [{ sections: ['diary'] }, 'Unbekannter Bereich'],
    [{ sections: [] }, 'mindestens einen'],
    [{ purpose: 'x' }, 'Zweck'],
    [{ providerId: '00000000-0000-4000-8000-000000000000' }, 'nicht für dieses Jugendamt'],
    [{ source: 'form' }, 'unterschriebene'],
    [{ validUntil: '2020-01-01' }, 'vor ihrem Beginn'],
  ])('refuses a consent %j with a clear 400', async (change, words) => {
    const res = await call(anna, 'POST', `/api/cases/${caseId}/consents`, {
      ...consentInput(['persons']),
      ...change,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(words);
  });

  it('keeps consents of the case from other teams (404)', async () => {
    expect((await call(ben, 'GET', `/api/cases/${caseId}/sharing`)).statusCode).toBe(404);
    expect(
      (await call(ben, 'POST', `/api/cases/${caseId}/consents`, consentInput(['persons']))).statusCode,
    ).toBe(404);
  });
});
