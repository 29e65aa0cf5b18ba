import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
let anna: string;
let nora: string;
let clara: string;
let caseId: string;
let entrustedId: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  anna = await loginCookie(t.app, o.anna.username);
  nora = await loginCookie(t.app, o.nora.username);
  clara = await loginCookie(t.app, o.clara.username);
  caseId = await openCase(t.app, anna, o.nord);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/entries`,
    headers: { cookie: anna },
    payload: {
      kind: 'contact',
      title: 'Gespräch mit Mia allein',
      body: 'Mia erzählt im Vertrauen …',
      entrusted: true,
    },
  });
  entrustedId = res.json().id;
});
afterAll(() => t.close());

const timeline = async (cookie: string) =>
  (
    await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}/entries`, headers: { cookie } })
  ).json() as {
    id: string;
    entrusted: boolean;
  }[];

describe('entrusted entries (§ 65 SGB VIII)', () => {
  it('are shown to the caseworker they were entrusted to, marked as such', async () => {
    const mine = await timeline(anna);
    expect(mine.find((e) => e.id === entrustedId)?.entrusted).toBe(true);
  });

  it('are hidden from team colleagues and even the team lead', async () => {
    expect((await timeline(nora)).map((e) => e.id)).not.toContain(entrustedId);
    expect((await timeline(clara)).map((e) => e.id)).not.toContain(entrustedId);
  });

  it('can be opened only by the entrusted person, on a recorded ground', async () => {
    const byLead = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/entries/${entrustedId}/disclosures`,
      headers: { cookie: clara },
      payload: { ground: 'p65_1_4_risk_assessment', reference: 'Gefährdungseinschätzung', toTeamId: o.nord },
    });
    expect(byLead.statusCode).toBe(404);
    const noReason = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/entries/${entrustedId}/disclosures`,
      headers: { cookie: anna },
      payload: { ground: 'consent', reference: '', toUserId: o.nora.id },
    });
    expect(noReason.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/entries/${entrustedId}/disclosures`,
      headers: { cookie: anna },
      payload: { ground: 'consent', reference: 'Mia hat am 3.11. eingewilligt', toUserId: o.nora.id },
    });
    expect(ok.statusCode).toBe(204);
    expect((await timeline(nora)).map((e) => e.id)).toContain(entrustedId);
    expect((await timeline(clara)).map((e) => e.id)).not.toContain(entrustedId);
  });
});
