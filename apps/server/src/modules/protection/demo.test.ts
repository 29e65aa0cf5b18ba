import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoData } from '../../demo/seed.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';

let t: TestApp;
let anna: string;

beforeAll(async () => {
  t = await startTestApp();
  await seedDemoData({ db: t.db, keys: t.ctx.keys });
  anna = await loginCookie(t.app, 'anna.asd', DEMO_PASSWORD);
});
afterAll(() => t.close());

/** The closed demo procedure Anna received (the demo history's many closed ones are other staff's). */
const annasClosedProcedures = () =>
  t.db.withOwner((ow) =>
    ow
      .selectFrom('protection_procedures as p')
      .innerJoin('users as u', (j) =>
        j.onRef('u.tenant_id', '=', 'p.tenant_id').onRef('u.id', '=', 'p.received_by'),
      )
      .select('p.id')
      .where('p.status', '=', 'closed')
      .where('u.username', '=', 'anna.asd')
      .execute(),
  );

describe('demo § 8a procedure', () => {
  it('reads back through the API: closed, latent, assessed twice, survey complete', async () => {
    const ids = await annasClosedProcedures();
    expect(ids).toHaveLength(1);
    const id = ids[0]?.id ?? '';
    const res = await t.app.inject({ url: `/api/protection-procedures/${id}`, headers: { cookie: anna } });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ status: 'closed', outcome: { result: 'latent' }, missingForResult: [] });
    expect(p.outcome.signedOffBy.displayName).toBe('Clara Conrad');
    expect(p.assessments).toHaveLength(2);
    expect(p.allowedActions).toEqual(['read', 'edit_survey']);
    const survey = await t.app.inject({
      url: `/api/protection-procedures/${id}/survey`,
      headers: { cookie: anna },
    });
    expect(survey.json()).toMatchObject({ complete: true, items: { childSex: 'female' } });
  });

  it('has a second procedure waiting for the sign-off, which Anna (the proposer) may not give', async () => {
    const ids = await t.db.withOwner((ow) =>
      ow.selectFrom('protection_procedures').select('id').where('status', '=', 'awaiting_sign_off').execute(),
    );
    expect(ids).toHaveLength(1);
    const res = await t.app.inject({
      url: `/api/protection-procedures/${ids[0]?.id}`,
      headers: { cookie: anna },
    });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({
      status: 'awaiting_sign_off',
      outcome: { result: 'latent', signedOffBy: null },
    });
    expect(p.allowedActions).not.toContain('sign_off');
    const clara = await loginCookie(t.app, 'clara.leitung', DEMO_PASSWORD);
    const asLead = await t.app.inject({
      url: `/api/protection-procedures/${ids[0]?.id}`,
      headers: { cookie: clara },
    });
    expect(asLead.json().allowedActions).toContain('sign_off');
  });

  it('gives the record as a tagged PDF from the data, not to another team', async () => {
    const ids = await annasClosedProcedures();
    const res = await t.app.inject({
      url: `/api/protection-procedures/${ids[0]?.id}/record.pdf`,
      headers: { cookie: anna },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.toString('latin1')).toContain('/StructTreeRoot');
    const pdf = await getDocument({ data: new Uint8Array(res.rawPayload), isEvalSupported: false }).promise;
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++)
      text += (await (await pdf.getPage(n)).getTextContent()).items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ');
    const compact = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Gefährdungseinschätzung nach § 8a SGB VIII',
      'Elif Yılmaz',
      'Latente Kindeswohlgefährdung',
      'Clara Conrad',
      'Schutzplan',
    ])
      expect(compact).toContain(expected);
    const ben = await loginCookie(t.app, 'ben.asd', DEMO_PASSWORD);
    const other = await t.app.inject({
      url: `/api/protection-procedures/${ids[0]?.id}/record.pdf`,
      headers: { cookie: ben },
    });
    expect(other.statusCode).toBe(404);
  });

  it('documents the routes in OpenAPI under "child protection"', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, { tags?: string[] }>>;
    expect(paths['/api/protection-procedures/{id}/sign-off']?.post?.tags).toEqual(['child protection']);
    expect(Object.keys(paths).filter((p) => p.includes('protection'))).toHaveLength(11);
  });
});
