import type { TEntryDisclosure } from '@lotse/shared';
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
    disclosures: TEntryDisclosure[] | null;
  }[];
const revoke = (cookie: string, disclosureId: string, entryId = entrustedId) =>
  t.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/entries/${entryId}/disclosures/${disclosureId}/revoke`,
    headers: { cookie },
  });

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

  it('shows the recorded disclosures to the entrusted caseworker only, after a reload too', async () => {
    const mine = (await timeline(anna)).find((e) => e.id === entrustedId);
    expect(mine?.disclosures).toEqual([
      expect.objectContaining({
        ground: 'consent',
        reference: 'Mia hat am 3.11. eingewilligt',
        toUser: { id: o.nora.id, displayName: expect.any(String) },
        toTeam: null,
        recordedBy: { id: o.anna.id, displayName: expect.any(String) },
        recordedAt: expect.any(String),
        revokedAt: null,
        revokedBy: null,
      }),
    ]);
    // Nora may read the entry, but not to whom else it was opened.
    expect((await timeline(nora)).find((e) => e.id === entrustedId)?.disclosures).toBeNull();
    // Entries that are not entrusted carry no disclosures at all.
    expect((await timeline(anna)).filter((e) => !e.entrusted).every((e) => e.disclosures === null)).toBe(
      true,
    );
  });

  it('a disclosure can be revoked by the entrusted caseworker only; the record stays', async () => {
    const team = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/entries/${entrustedId}/disclosures`,
      headers: { cookie: anna },
      payload: { ground: 'p65_1_4_risk_assessment', reference: 'Gefährdungseinschätzung', toTeamId: o.nord },
    });
    expect(team.statusCode).toBe(204);
    expect((await timeline(clara)).map((e) => e.id)).toContain(entrustedId);
    const disclosures = (await timeline(anna)).find((e) => e.id === entrustedId)?.disclosures ?? [];
    const toNora = disclosures.find((d) => d.toUser?.id === o.nora.id);
    const toTeam = disclosures.find((d) => d.toTeam?.id === o.nord);
    if (!toNora || !toTeam) throw new Error('disclosures missing');

    // Nora (a recipient) and Clara (team lead) cannot revoke; it reads as "not found".
    expect((await revoke(nora, toNora.id)).statusCode).toBe(404);
    expect((await revoke(clara, toTeam.id)).statusCode).toBe(404);
    // A disclosure id that belongs to no disclosure of this entry is "not found" too.
    const unknown = await revoke(anna, '00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toMatch(/Weitergabe/);
    expect((await revoke(anna, 'keine-id')).statusCode).toBe(400);

    expect((await revoke(anna, toTeam.id)).statusCode).toBe(204);
    // The team (Clara) no longer sees it; Nora still does through her own disclosure.
    expect((await timeline(clara)).map((e) => e.id)).not.toContain(entrustedId);
    expect((await timeline(nora)).map((e) => e.id)).toContain(entrustedId);
    expect((await revoke(anna, toTeam.id)).statusCode).toBe(409);

    expect((await revoke(anna, toNora.id)).statusCode).toBe(204);
    expect((await timeline(nora)).map((e) => e.id)).not.toContain(entrustedId);
    expect((await timeline(clara)).map((e) => e.id)).not.toContain(entrustedId);

    const after = (await timeline(anna)).find((e) => e.id === entrustedId)?.disclosures ?? [];
    expect(after).toHaveLength(2);
    for (const d of after) {
      expect(d.revokedAt).toEqual(expect.any(String));
      expect(d.revokedBy?.id).toBe(o.anna.id);
    }
    const events = await t.db.withOwner((db) =>
      sql<{ details: { disclosureId: string } }>`
        SELECT details FROM audit_events
        WHERE action = 'entry.disclosure_revoke' AND resource_id = ${entrustedId} ORDER BY id`.execute(db),
    );
    expect(events.rows.map((e) => e.details.disclosureId)).toEqual([toTeam.id, toNora.id]);
  });

  it('the app role can neither delete nor rewrite a disclosure', async () => {
    const attempt = (statement: string) =>
      withTenant(t.db, o.office.tenantId, (tx) => sql.raw(statement).execute(tx));
    await expect(attempt('DELETE FROM entry_disclosures')).rejects.toThrow(/permission denied/);
    await expect(attempt("UPDATE entry_disclosures SET reference_enc = '\\x00'")).rejects.toThrow(
      /permission denied/,
    );
    await expect(attempt("UPDATE entry_disclosures SET legacy_reference = 'x'")).rejects.toThrow(
      /permission denied/,
    );
  });

  it('stores the reference sealed and seals a reference an older version left in plaintext, once', async () => {
    const [first] = (await timeline(anna)).find((e) => e.id === entrustedId)?.disclosures ?? [];
    if (!first) throw new Error('disclosure missing');
    const stored = async () =>
      t.db.withOwner((db) =>
        db
          .selectFrom('entry_disclosures')
          .select(['legacy_reference', 'reference_enc'])
          .where('id', '=', first.id)
          .executeTakeFirstOrThrow(),
      );
    const fresh = await stored();
    expect(fresh.legacy_reference).toBeNull();
    expect(Buffer.from(fresh.reference_enc ?? []).toString('latin1')).not.toContain(first.reference);

    await t.db.withOwner((db) =>
      db
        .updateTable('entry_disclosures')
        .set({ legacy_reference: 'Einwilligung vom Altbestand', reference_enc: null })
        .where('id', '=', first.id)
        .execute(),
    );
    const tenantId = o.office.tenantId;
    const seal = () =>
      withTenant(t.db, tenantId, (tx) =>
        sealLegacyPlaintext({ tx, sealed: sealedTextFor(t.ctx.keys, tx, tenantId) }),
      );
    await seal();
    const sealedOnce = await stored();
    expect(sealedOnce.legacy_reference).toBeNull();
    const after = (await timeline(anna)).find((e) => e.id === entrustedId)?.disclosures ?? [];
    expect(after.find((d) => d.id === first.id)?.reference).toBe('Einwilligung vom Altbestand');
    // Nothing left to seal: a second run leaves the sealed reference as it is.
    await seal();
    expect(
      Buffer.from((await stored()).reference_enc ?? []).equals(Buffer.from(sealedOnce.reference_enc ?? [])),
    ).toBe(true);
  });
});
