import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { defaultFlow } from './default-flow.js';

let t: TestApp;
let o: Office;
let admin: string;
let adminUser: { id: string; username: string };
let anna: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  t.ctx.config.officeSlug = `t-${o.office.tenantId.slice(0, 8)}`;
  adminUser = await o.office.user({ roles: ['admin'] });
  admin = await loginCookie(t.app, adminUser.username);
  anna = await loginCookie(t.app, o.anna.username);
});
afterAll(() => t.close());

describe('office administration of the intake', () => {
  it('publishes a new flow version that the family app then gets', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/intake/flow' })).json();
    expect(before.version).toBe(0);
    expect(before).not.toHaveProperty('publishedBy');
    const defaultForAdmin = await t.app.inject({
      method: 'GET',
      url: '/api/admin/intake/flow',
      headers: { cookie: admin },
    });
    expect(defaultForAdmin.json()).toMatchObject({ version: 0, publishedAt: null, publishedBy: null });
    const changed = structuredClone(defaultFlow);
    changed.steps[0]!.prompt.de = 'Guten Tag! Wer schreibt uns?';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/intake/flow',
      headers: { cookie: admin },
      payload: changed,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      version: 1,
      publishedBy: { id: adminUser.id, displayName: `Person ${adminUser.username}` },
    });
    const forAdmin = (
      await t.app.inject({ method: 'GET', url: '/api/admin/intake/flow', headers: { cookie: admin } })
    ).json();
    expect(forAdmin.version).toBe(1);
    expect(Date.now() - Date.parse(forAdmin.publishedAt)).toBeLessThan(60_000);
    expect(forAdmin.publishedBy.displayName).toBe(`Person ${adminUser.username}`);
    const after = (await t.app.inject({ method: 'GET', url: '/api/intake/flow' })).json();
    expect(after.definition.steps[0].prompt.de).toBe('Guten Tag! Wer schreibt uns?');
  });

  it('refuses a flow without a concern step and non-admins', async () => {
    const broken = { steps: defaultFlow.steps.filter((s) => s.field !== 'concern') };
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/intake/flow',
      headers: { cookie: admin },
      payload: broken,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('Anliegen');
    const byCaseworker = await t.app.inject({
      method: 'GET',
      url: '/api/admin/intake/flow',
      headers: { cookie: anna },
    });
    expect(byCaseworker.statusCode).toBe(403);
  });

  it('replaces routing rules atomically and routes by them', async () => {
    const rules = [
      { topic: null, socialAreaId: null, teamId: o.nord },
      { topic: 'school', socialAreaId: o.nordArea, teamId: o.sued },
    ];
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/routing-rules',
      headers: { cookie: admin },
      payload: rules,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toHaveLength(2);
    const school = await t.app.inject({
      method: 'POST',
      url: '/api/intake/route',
      payload: { topic: 'school', postcode: '12101' },
    });
    expect(school.json().name).toBe('ASD Süd');
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/intake/route',
      payload: { topic: 'parenting', postcode: '12101' },
    });
    expect(other.json().name).toBe('ASD Nord');
    const noCatchAll = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/routing-rules',
      headers: { cookie: admin },
      payload: [{ topic: 'school', socialAreaId: null, teamId: o.nord }],
    });
    expect(noCatchAll.statusCode).toBe(400);
    expect(
      (
        await t.app.inject({ method: 'GET', url: '/api/admin/routing-rules', headers: { cookie: admin } })
      ).json(),
    ).toHaveLength(2);
    const foreignTeam = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/routing-rules',
      headers: { cookie: admin },
      payload: [{ topic: null, socialAreaId: null, teamId: o.otherTeam }],
    });
    expect(foreignTeam.statusCode).toBe(400);
  });

  it('serves information pages and lets admins edit them per language', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/content/about/en',
      headers: { cookie: admin },
      payload: { title: 'About us', bodyMd: 'We **help** families.' },
    });
    expect(put.statusCode).toBe(200);
    const page = await t.app.inject({ method: 'GET', url: '/api/content/about?lang=en' });
    expect(page.json()).toMatchObject({ title: 'About us', bodyMd: 'We **help** families.', lang: 'en' });
    const list = (await t.app.inject({ method: 'GET', url: '/api/content?lang=en' })).json();
    expect(list).toContainEqual({ slug: 'about', title: 'About us' });
    expect((await t.app.inject({ method: 'GET', url: '/api/content/nope?lang=en' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/content/about?lang=xx' })).statusCode).toBe(400);
    const byCaseworker = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/content/about/de',
      headers: { cookie: anna },
      payload: { title: 'x', bodyMd: 'y' },
    });
    expect(byCaseworker.statusCode).toBe(403);
  });

  it('serves the Sie form to readers addressed formally and the text for everyone otherwise', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/content/rights/de?form=formal',
      headers: { cookie: admin },
      payload: { title: 'Ihre Rechte', bodyMd: 'Sie dürfen **Nein** sagen.' },
    });
    expect(put.statusCode).toBe(200);
    const formal = await t.app.inject({ method: 'GET', url: '/api/content/rights?lang=de&form=formal' });
    expect(formal.json()).toMatchObject({ title: 'Ihre Rechte', lang: 'de', form: 'formal' });
    const forEveryone = (await t.app.inject({ method: 'GET', url: '/api/content/rights?lang=de' })).json();
    expect(forEveryone.form).toBeNull();
    expect(forEveryone.bodyMd).not.toContain('Sie dürfen **Nein**');
    // A language with one form of address has no variant: the reader gets its text for everyone.
    const english = (
      await t.app.inject({ method: 'GET', url: '/api/content/rights?lang=en&form=formal' })
    ).json();
    expect(english).toMatchObject({ lang: 'en', form: null });
    const list = (await t.app.inject({ method: 'GET', url: '/api/content?lang=de&form=formal' })).json();
    expect(list).toContainEqual({ slug: 'rights', title: 'Ihre Rechte' });
    expect(list.every((p: { slug: string }) => !p.slug.includes('.'))).toBe(true);
    // The office's own text for everyone comes before the shipped Sie form: its edit reaches everyone.
    await t.app.inject({
      method: 'PUT',
      url: '/api/admin/content/process/de',
      headers: { cookie: admin },
      payload: { title: 'So arbeiten wir', bodyMd: 'Neu geschrieben.' },
    });
    const officeText = await t.app.inject({ method: 'GET', url: '/api/content/process?lang=de&form=formal' });
    expect(officeText.json()).toMatchObject({ title: 'So arbeiten wir', form: null });
    const wrongForm = await t.app.inject({ method: 'GET', url: '/api/content/rights?lang=de&form=polite' });
    expect(wrongForm.statusCode).toBe(400);
  });
});
