import type { TCaseDetail, TCasePersonRole, TPersonInput } from '@lotse/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
let anna: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  anna = await loginCookie(t.app, o.anna.username);
});
afterAll(() => t.close());

type PersonSpec = { role: TCasePersonRole; person: TPersonInput };
const child = (firstName: string, birthDate: string | null, postcode: string | null): PersonSpec => ({
  role: 'child',
  person: { firstName, lastName: 'Umzug', birthDate, postcode },
});

async function open(persons: PersonSpec[]): Promise<TCaseDetail> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { cookie: anna },
    payload: { title: 'Familie Umzug', helpType: 'p31_spfh', teamId: o.nord, persons },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function edit(detail: TCaseDetail, firstName: string, payload: object): Promise<TCaseDetail> {
  const person = detail.persons.find((p) => p.firstName === firstName);
  const res = await t.app.inject({
    method: 'PATCH',
    url: `/api/cases/${detail.id}/persons/${person?.id}`,
    headers: { cookie: anna },
    payload,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const area = (detail: TCaseDetail) => detail.socialArea?.id ?? null;

describe('social area of a case follows its children (youngest child with a known area)', () => {
  it('moves the case when its child moves, and audits the change as a case update', async () => {
    const opened = await open([
      child('Mia', '2018-03-01', '12101'),
      { role: 'parent', person: { firstName: 'Sandra', lastName: 'Umzug', postcode: '12101' } },
    ]);
    expect(area(opened)).toBe(o.nordArea);

    const moved = await edit(opened, 'Mia', { postcode: '12201' });
    expect(moved.persons.find((p) => p.firstName === 'Mia')?.socialArea?.id).toBe(o.suedArea);
    expect(area(moved)).toBe(o.suedArea);

    const events = await t.db.withOwner((db) =>
      sql<{ details: { fields: string[]; from: string; to: string } }>`
        SELECT details FROM audit_events
        WHERE action = 'case.update' AND case_id = ${opened.id} ORDER BY id`.execute(db),
    );
    expect(events.rows.map((e) => e.details)).toEqual([
      expect.objectContaining({ fields: ['socialArea'], from: o.nordArea, to: o.suedArea }),
    ]);
  });

  it('does not follow a parent', async () => {
    const opened = await open([
      child('Mia', '2018-03-01', '12101'),
      { role: 'parent', person: { firstName: 'Sandra', lastName: 'Umzug', postcode: '12101' } },
    ]);
    const moved = await edit(opened, 'Sandra', { postcode: '12201' });
    expect(moved.persons.find((p) => p.firstName === 'Sandra')?.socialArea?.id).toBe(o.suedArea);
    expect(area(moved)).toBe(o.nordArea);
  });

  it('takes the youngest child with a known area, and keeps its area when no child has one', async () => {
    const opened = await open([
      child('Ole', '2012-05-01', '12101'),
      child('Ina', '2019-07-01', '12201'),
      child('Kim', null, '12101'),
    ]);
    // Ina is the youngest; Kim has no birth date and counts as the oldest.
    expect(area(opened)).toBe(o.suedArea);

    // Ole (older) moving changes nothing.
    expect(area(await edit(opened, 'Ole', { postcode: '12201', street: 'Hauptstraße' }))).toBe(o.suedArea);
    // Ina moves away from the office (unknown postcode): the next youngest, Ole, now in SUED as well.
    const inaAway = await edit(opened, 'Ina', { postcode: '99999' });
    expect(inaAway.persons.find((p) => p.firstName === 'Ina')?.socialArea).toBeNull();
    expect(area(inaAway)).toBe(o.suedArea);
    // Ole moves back to NORD: he is the youngest child with a known area.
    expect(area(await edit(opened, 'Ole', { postcode: '12103' }))).toBe(o.nordArea);
    // Ole's address is cleared: Kim (no birth date) is the only child with a known area.
    const oleUnknown = await edit(opened, 'Ole', { postcode: null, street: null });
    expect(area(oleUnknown)).toBe(o.nordArea);
    // Kim moves away too: no child has a known area, the case keeps NORD.
    expect(area(await edit(opened, 'Kim', { postcode: '99999' }))).toBe(o.nordArea);
    // A birth date makes Kim the youngest again once Kim lives in the office's area.
    await edit(opened, 'Kim', { postcode: '12201' });
    expect(area(await edit(opened, 'Kim', { birthDate: '2021-01-01' }))).toBe(o.suedArea);
  });

  it('follows a role change and a newly added younger child', async () => {
    const opened = await open([
      child('Mia', '2016-03-01', '12101'),
      {
        role: 'relative',
        person: { firstName: 'Lia', lastName: 'Umzug', birthDate: '2020-01-01', postcode: '12201' },
      },
    ]);
    expect(area(opened)).toBe(o.nordArea);
    expect(area(await edit(opened, 'Lia', { role: 'child' }))).toBe(o.suedArea);
    expect(area(await edit(opened, 'Lia', { role: 'relative' }))).toBe(o.nordArea);

    const added = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${opened.id}/persons`,
      headers: { cookie: anna },
      payload: child('Ben', '2023-02-01', '12201'),
    });
    expect(added.statusCode).toBe(201);
    expect(area(added.json())).toBe(o.suedArea);
  });
});
