import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
let anna: string;
let ben: string;
let caseId: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  anna = await loginCookie(t.app, o.anna.username);
  ben = await loginCookie(t.app, o.ben.username);
  caseId = await openCase(t.app, anna, o.nord);
});
afterAll(() => t.close());

describe('GET /api/cases/:id/hints', () => {
  it('names rule, law and text, and follows the help plan', async () => {
    const plan = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/help-plans`,
      headers: { cookie: anna },
      payload: {
        participants: [{ role: 'caseworker', name: 'Anna', view: '' }],
        help: { type: 'p31_spfh', provider: 'Familienhilfe Nord e. V.', startsOn: '2026-12-01' },
      },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${caseId}/hints`,
      headers: { cookie: anna },
    });
    expect(res.statusCode).toBe(200);
    const hints = res.json() as { rule: string; law: string; text: string }[];
    expect(hints.map((h) => h.rule)).toEqual([
      'child_view_missing',
      'parent_not_involved',
      'provider_not_involved',
    ]);
    expect(hints[0]).toEqual({
      rule: 'child_view_missing',
      law: '§ 36 Abs. 2 SGB VIII',
      lawUrl: 'https://www.gesetze-im-internet.de/sgb_8/__36.html',
      text: expect.stringContaining('Sicht des Kindes'),
      dismissal: null,
    });
  });

  it('is not there for another team (404) and is audited', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}/hints`, headers: { cookie: ben } }))
        .statusCode,
    ).toBe(404);
    const events = await t.db.withOwner((ow) =>
      ow.selectFrom('audit_events').select('details').where('action', '=', 'hint.list').execute(),
    );
    expect(events.length).toBe(1);
  });
});

describe('dismissing a hint', () => {
  const dismissal = (rule: string, cookie: string, payload?: object, method: 'POST' | 'DELETE' = 'POST') =>
    t.app.inject({
      method,
      url: `/api/cases/${caseId}/hints/${rule}/dismissal`,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload }),
    });
  const countDismissals = () =>
    t.db.withOwner(async (ow) =>
      Number(
        (
          await ow
            .selectFrom('hint_dismissals')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    );

  it('needs a reason, a real rule and a hint that is shown; nothing is written otherwise', async () => {
    expect((await dismissal('provider_not_involved', anna, { reason: ' ' })).statusCode).toBe(400);
    expect((await dismissal('provider_not_involved', anna, {})).statusCode).toBe(400);
    expect((await dismissal('provider_not_involved', anna, { reason: 'x'.repeat(501) })).statusCode).toBe(
      400,
    );
    expect((await dismissal('no_such_rule', anna, { reason: 'Gibt es nicht' })).statusCode).toBe(400);
    expect((await dismissal('Bad-Rule', anna, { reason: 'Gibt es nicht' })).statusCode).toBe(400);
    const notShown = await dismissal('review_overdue', anna, { reason: 'Liegt nicht vor' });
    expect(notShown.statusCode).toBe(409);
    expect(notShown.json().message).toContain('liegt für den Fall zurzeit nicht vor');
    expect(await countDismissals()).toBe(0);
  });

  it('keeps the hint listed as dismissed with reason and author, audited, and can be taken back', async () => {
    const res = await dismissal('provider_not_involved', anna, {
      reason: 'Der Träger wird erst nach der Bewilligung beteiligt.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const hint = (res.json() as { rule: string; dismissal: unknown }[]).find(
      (h) => h.rule === 'provider_not_involved',
    );
    expect(hint?.dismissal).toEqual({
      reason: 'Der Träger wird erst nach der Bewilligung beteiligt.',
      by: { id: o.anna.id, displayName: expect.any(String) },
      at: expect.any(String),
    });
    expect((await dismissal('provider_not_involved', anna, { reason: 'Noch einmal' })).statusCode).toBe(409);

    const sealed = await t.db.withOwner((ow) =>
      ow.selectFrom('hint_dismissals').select('reason_enc').execute(),
    );
    expect(Buffer.from(sealed[0]?.reason_enc ?? []).toString('latin1')).not.toContain('Bewilligung');

    const restored = await dismissal('provider_not_involved', anna, undefined, 'DELETE');
    expect(restored.statusCode).toBe(200);
    expect(
      (restored.json() as { rule: string; dismissal: unknown }[]).find(
        (h) => h.rule === 'provider_not_involved',
      )?.dismissal,
    ).toBeNull();
    expect((await dismissal('provider_not_involved', anna, undefined, 'DELETE')).statusCode).toBe(409);

    const actions = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select(['action', 'details'])
        .where('action', 'in', ['hint.dismiss', 'hint.restore'])
        .orderBy('id')
        .execute(),
    );
    expect(actions.map((a) => a.action)).toEqual(['hint.dismiss', 'hint.restore']);
    expect(JSON.stringify(actions[0]?.details)).not.toContain('Bewilligung');
  });

  it('is not possible on another team’s case (404, nothing written)', async () => {
    const before = await countDismissals();
    expect((await dismissal('child_view_missing', ben, { reason: 'Fremder Fall' })).statusCode).toBe(404);
    expect((await dismissal('child_view_missing', ben, undefined, 'DELETE')).statusCode).toBe(404);
    expect(await countDismissals()).toBe(before);
  });
});
