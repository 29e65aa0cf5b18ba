import { randomUUID } from 'node:crypto';
import type { TDisclosureGround, TEntryDisclosure, ZDiscloseEntryRequestSchema } from '@lotse/shared';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Tx } from '../../db/connection.js';
import type { Actor } from '../../platform/actor.js';
import { HttpError } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { NotVisibleError } from '../../platform/scope.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { authorizeCase } from './authorize.js';
import { iso } from './present.js';
import { disclosureReferenceContext } from './sealed-fields.js';

// § 65 Abs. 1 SGB VIII: an entrusted entry is opened to others only on a recorded consent or legal
// ground, and only by the person it was entrusted to. The same person may take a disclosure back.

/**
 * The entry, when it is entrusted to the actor. Anyone else gets "not found", whether the entry
 * exists, is entrusted to a colleague or not entrusted at all is not revealed beyond that.
 */
async function entryEntrustedToActor(tx: Tx, actor: Actor, caseId: string, entryId: string) {
  const entry = await tx
    .selectFrom('case_entries')
    .select(['id', 'entrusted_to'])
    .where('id', '=', entryId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!entry || (entry.entrusted_to && entry.entrusted_to !== actor.userId)) {
    throw new NotVisibleError('entry', entryId, 'Eintrag');
  }
  if (!entry.entrusted_to) throw new HttpError(409, 'not_entrusted', 'Dieser Eintrag ist nicht anvertraut.');
  return entry;
}

export type DiscloseInput = z.output<typeof ZDiscloseEntryRequestSchema>;

/** Records the consent or legal ground on which an entrusted entry is opened to a team or a colleague. */
export async function discloseEntry(
  { tx, actor, audit, sealed }: ActorScope,
  caseId: string,
  entryId: string,
  input: DiscloseInput,
): Promise<void> {
  await authorizeCase(tx, actor, caseId, 'update');
  await entryEntrustedToActor(tx, actor, caseId, entryId);
  if (input.toTeamId) {
    const team = await tx
      .selectFrom('directory_teams as teams')
      .select('id')
      .where('id', '=', input.toTeamId)
      .executeTakeFirst();
    if (!team)
      throw new HttpError(400, 'bad_request', 'Dieses Team gibt es nicht.', { toTeamId: 'Unbekannt' });
  }
  if (input.toUserId) {
    const user = await tx
      .selectFrom('directory_users as users')
      .select('id')
      .where('id', '=', input.toUserId)
      .executeTakeFirst();
    if (!user)
      throw new HttpError(400, 'bad_request', 'Diese Person gibt es nicht.', { toUserId: 'Unbekannt' });
  }
  const id = randomUUID();
  await tx
    .insertInto('entry_disclosures')
    .values({
      tenant_id: actor.tenantId,
      id,
      entry_id: entryId,
      ground: input.ground,
      reference_enc: await sealed.seal(input.reference, disclosureReferenceContext(id)),
      to_team_id: input.toTeamId ?? null,
      to_user_id: input.toUserId ?? null,
      recorded_by: actor.userId,
    })
    .execute();
  await audit({
    action: 'entry.disclose',
    resourceType: 'entry',
    resourceId: entryId,
    caseId,
    details: { disclosureId: id, ground: input.ground, toTeamId: input.toTeamId, toUserId: input.toUserId },
  });
}

/**
 * Takes a disclosure back (e.g. the young person withdrew the consent): from now on it no longer
 * opens the entry. The record stays, marked with time and person. Allowed on closed cases too —
 * narrowing access to an entrusted entry must always be possible.
 */
export async function revokeDisclosure(
  { tx, actor, audit }: ActorScope,
  caseId: string,
  entryId: string,
  disclosureId: string,
): Promise<void> {
  await authorizeCase(tx, actor, caseId, 'read');
  await entryEntrustedToActor(tx, actor, caseId, entryId);
  const disclosure = await tx
    .selectFrom('entry_disclosures')
    .select(['id', 'revoked_at', 'to_user_id', 'to_team_id'])
    .where('id', '=', disclosureId)
    .where('entry_id', '=', entryId)
    .executeTakeFirst();
  if (!disclosure) throw new NotVisibleError('entry', disclosureId, 'Weitergabe');
  if (disclosure.revoked_at) {
    throw new HttpError(409, 'already_revoked', 'Diese Weitergabe ist bereits zurückgenommen.');
  }
  await tx
    .updateTable('entry_disclosures')
    .set({ revoked_at: sql<Date>`now()`, revoked_by: actor.userId })
    .where('id', '=', disclosureId)
    .where('revoked_at', 'is', null)
    .execute();
  await audit({
    action: 'entry.disclosure_revoke',
    resourceType: 'entry',
    resourceId: entryId,
    caseId,
    details: { disclosureId, toTeamId: disclosure.to_team_id, toUserId: disclosure.to_user_id },
  });
}

/** The disclosures of the given entries (all entrusted to the reader), oldest first, revoked ones included. */
export async function listDisclosures(
  { tx, sealed }: { tx: Tx; sealed: SealedText },
  entryIds: string[],
): Promise<Map<string, TEntryDisclosure[]>> {
  const byEntry = new Map<string, TEntryDisclosure[]>();
  if (entryIds.length === 0) return byEntry;
  const rows = await tx
    .selectFrom('entry_disclosures as d')
    .innerJoin('directory_users as rb', (j) =>
      j.onRef('rb.tenant_id', '=', 'd.tenant_id').onRef('rb.id', '=', 'd.recorded_by'),
    )
    .leftJoin('directory_users as tu', (j) =>
      j.onRef('tu.tenant_id', '=', 'd.tenant_id').onRef('tu.id', '=', 'd.to_user_id'),
    )
    .leftJoin('directory_teams as tt', (j) =>
      j.onRef('tt.tenant_id', '=', 'd.tenant_id').onRef('tt.id', '=', 'd.to_team_id'),
    )
    .leftJoin('directory_users as vb', (j) =>
      j.onRef('vb.tenant_id', '=', 'd.tenant_id').onRef('vb.id', '=', 'd.revoked_by'),
    )
    .select([
      'd.id',
      'd.entry_id',
      'd.ground',
      'd.reference_enc',
      'd.to_user_id',
      'tu.display_name as to_user_name',
      'd.to_team_id',
      'tt.name as to_team_name',
      'd.recorded_by',
      'rb.display_name as recorded_by_name',
      'd.recorded_at',
      'd.revoked_at',
      'd.revoked_by',
      'vb.display_name as revoked_by_name',
    ])
    .where('d.entry_id', 'in', entryIds)
    .orderBy('d.recorded_at')
    .orderBy('d.id')
    .execute();
  for (const r of rows) {
    const list = byEntry.get(r.entry_id) ?? [];
    list.push({
      id: r.id,
      ground: r.ground as TDisclosureGround,
      reference: await sealed.open(r.reference_enc, disclosureReferenceContext(r.id)),
      toUser: r.to_user_id && r.to_user_name ? { id: r.to_user_id, displayName: r.to_user_name } : null,
      toTeam: r.to_team_id && r.to_team_name ? { id: r.to_team_id, name: r.to_team_name } : null,
      recordedBy: { id: r.recorded_by, displayName: r.recorded_by_name },
      recordedAt: iso(r.recorded_at),
      revokedAt: r.revoked_at ? iso(r.revoked_at) : null,
      revokedBy:
        r.revoked_by && r.revoked_by_name ? { id: r.revoked_by, displayName: r.revoked_by_name } : null,
    });
    byEntry.set(r.entry_id, list);
  }
  return byEntry;
}
