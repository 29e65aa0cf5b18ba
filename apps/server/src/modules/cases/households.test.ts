import type { TCaseDetail } from '@lotse/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/connection.js';
import { sealedTextFor } from '../../platform/sealed-text.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';
import { sealLegacyPlaintext } from './index.js';

let t: TestApp;
let o: Office;
let anna: string;
let ben: string;
let caseId: string;
let otherCaseId: string;
let ids: { mia: string; sandra: string; tom: string };

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  anna = await loginCookie(t.app, o.anna.username);
  ben = await loginCookie(t.app, o.ben.username);
  caseId = await openCase(t.app, anna, o.nord);
  otherCaseId = await openCase(t.app, anna, o.nord, { childFirstName: 'Ole' });
  const added = await t.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/persons`,
    headers: { cookie: anna },
    payload: { role: 'parent', person: { firstName: 'Tom', lastName: 'Muster', gender: 'male' } },
  });
  const persons = (added.json() as TCaseDetail).persons;
  const id = (name: string) => persons.find((p) => p.firstName === name)?.id ?? '';
  ids = { mia: id('Mia'), sandra: id('Sandra'), tom: id('Tom') };
});
afterAll(() => t.close());

const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, cookie = anna, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });

async function createHousehold(label: string, personIds: string[], id = caseId): Promise<string> {
  const res = await send('POST', `/api/cases/${id}/households`, anna, { label, personIds });
  expect(res.statusCode, res.body).toBe(201);
  const household = (res.json() as TCaseDetail).households.find((h) => h.label === label);
  return household?.id ?? '';
}

const auditOf = async (householdId: string) =>
  (
    await t.db.withOwner((db) =>
      sql<{ action: string; resource_type: string; details: Record<string, unknown> }>`
        SELECT action, resource_type, details FROM audit_events
        WHERE resource_id = ${householdId} ORDER BY id`.execute(db),
    )
  ).rows;

describe('households of a case', () => {
  it('renames a household and changes who lives in it, audited as household.update', async () => {
    const householdId = await createHousehold('Haushalt Mutter', [ids.mia, ids.sandra]);
    const res = await send('PATCH', `/api/cases/${caseId}/households/${householdId}`, anna, {
      label: 'Haushalt Eltern',
      personIds: [ids.sandra, ids.tom],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as TCaseDetail).households).toEqual([
      { id: householdId, label: 'Haushalt Eltern', personIds: [ids.sandra, ids.tom].sort() },
    ]);
    const renamedOnly = await send('PATCH', `/api/cases/${caseId}/households/${householdId}`, anna, {
      label: '  Haushalt der Eltern ',
    });
    expect((renamedOnly.json() as TCaseDetail).households[0]).toMatchObject({
      label: 'Haushalt der Eltern',
      personIds: [ids.sandra, ids.tom].sort(),
    });

    expect(await auditOf(householdId)).toEqual([
      { action: 'household.add', resource_type: 'household', details: {} },
      {
        action: 'household.update',
        resource_type: 'household',
        details: { fields: ['label', 'personIds'], added: [ids.tom], removed: [ids.mia] },
      },
      {
        action: 'household.update',
        resource_type: 'household',
        details: { fields: ['label'], added: [], removed: [] },
      },
    ]);
  });

  it('refuses bad input with a clear 400 and leaves the household as it was', async () => {
    const householdId = await createHousehold('Haushalt Prüfung', [ids.mia]);
    const url = `/api/cases/${caseId}/households/${householdId}`;
    const stranger = await send('PATCH', url, anna, {
      personIds: [ids.mia, '00000000-0000-4000-8000-000000000009'],
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().message).toBe('Alle Personen müssen zu diesem Fall gehören.');
    const nothing = await send('PATCH', url, anna, {});
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().message).toMatch(/Keine Änderung/);
    const blank = await send('PATCH', url, anna, { label: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().fields).toMatchObject({ label: 'Bezeichnung fehlt' });
    const badId = await send('PATCH', `/api/cases/${caseId}/households/keine-id`, anna, { label: 'X' });
    expect(badId.statusCode).toBe(400);
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: { cookie: anna } })
    ).json();
    expect(detail.households).toContainEqual({
      id: householdId,
      label: 'Haushalt Prüfung',
      personIds: [ids.mia],
    });
  });

  it('answers 404 to other teams and for a household of another case', async () => {
    const householdId = await createHousehold('Haushalt Fremdzugriff', [ids.sandra]);
    const url = `/api/cases/${caseId}/households/${householdId}`;
    expect((await send('PATCH', url, ben, { label: 'Übernommen' })).statusCode).toBe(404);
    expect((await send('DELETE', url, ben)).statusCode).toBe(404);
    // The household exists, but not in the other case: "not found" there.
    const wrongCase = await send('PATCH', `/api/cases/${otherCaseId}/households/${householdId}`, anna, {
      label: 'Falscher Fall',
    });
    expect(wrongCase.statusCode).toBe(404);
    expect(wrongCase.json().message).toBe('Haushalt nicht gefunden oder kein Zugriff.');
    // A new household needs at least one person.
    const empty = await send('POST', `/api/cases/${otherCaseId}/households`, anna, {
      label: 'Haushalt Ole',
      personIds: [],
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields).toMatchObject({ personIds: 'Mindestens eine Person' });
  });

  it('keeps an emptied household visible and deletes it only when empty', async () => {
    const householdId = await createHousehold('Haushalt Vater', [ids.tom]);
    const url = `/api/cases/${caseId}/households/${householdId}`;
    const notEmpty = await send('DELETE', url);
    expect(notEmpty.statusCode).toBe(409);
    expect(notEmpty.json().message).toBe(
      'Im Haushalt „Haushalt Vater“ sind noch Personen eingetragen. Nehmen Sie sie zuerst heraus.',
    );

    const emptied = await send('PATCH', url, anna, { personIds: [] });
    expect(emptied.statusCode).toBe(200);
    expect((emptied.json() as TCaseDetail).households).toContainEqual({
      id: householdId,
      label: 'Haushalt Vater',
      personIds: [],
    });

    const deleted = await send('DELETE', url);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect((deleted.json() as TCaseDetail).households.map((h) => h.id)).not.toContain(householdId);
    expect((await send('DELETE', url)).statusCode).toBe(404);
    expect((await auditOf(householdId)).map((e) => e.action)).toEqual([
      'household.add',
      'household.update',
      'household.delete',
      'case.denied', // the second DELETE: gone, so "not found" (audited like any denied access)
    ]);
  });

  it('stores the label sealed and seals a label an older version left in plaintext', async () => {
    const householdId = await createHousehold('Haushalt Sonnenweg', [ids.mia]);
    const stored = async () =>
      t.db.withOwner((db) =>
        db
          .selectFrom('households')
          .select(['legacy_label', 'label_enc'])
          .where('id', '=', householdId)
          .executeTakeFirstOrThrow(),
      );
    const fresh = await stored();
    expect(fresh.legacy_label).toBeNull();
    expect(Buffer.from(fresh.label_enc ?? []).toString('latin1')).not.toContain('Sonnenweg');

    await t.db.withOwner((db) =>
      db
        .updateTable('households')
        .set({ legacy_label: 'Haushalt Altbestand', label_enc: null })
        .where('id', '=', householdId)
        .execute(),
    );
    await withTenant(t.db, o.office.tenantId, (tx) =>
      sealLegacyPlaintext({ tx, sealed: sealedTextFor(t.ctx.keys, tx, o.office.tenantId) }),
    );
    expect((await stored()).legacy_label).toBeNull();
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${caseId}`,
      headers: { cookie: anna },
    });
    expect((detail.json() as TCaseDetail).households).toContainEqual({
      id: householdId,
      label: 'Haushalt Altbestand',
      personIds: [ids.mia],
    });
  });
});
