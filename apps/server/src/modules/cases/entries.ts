import { randomUUID } from 'node:crypto';
import type {
  TEntry,
  TEntryKind,
  ZCreateEntryRequestSchema,
  ZDiscloseEntryRequestSchema,
} from '@lotse/shared';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { KeyRing } from '../../platform/crypto.js';
import { HttpError } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/http/actor-tx.js';
import { NotVisibleError } from '../../platform/http/actor-tx.js';
import { authorizeCase } from './authorize.js';
import { canSeeEntry } from './policy.js';
import { iso } from './present.js';

export const entryContext = (entryId: string) => `entry:${entryId}`;

/** The case timeline, newest first, without entrusted entries the actor may not see (§ 65). */
export async function listEntries(scope: ActorScope, keys: KeyRing, caseId: string): Promise<TEntry[]> {
  const { tx, actor, audit } = scope;
  await authorizeCase(tx, actor, caseId, 'read');
  const rows = await tx
    .selectFrom('case_entries as e')
    .innerJoin('users as a', (j) =>
      j.onRef('a.tenant_id', '=', 'e.tenant_id').onRef('a.id', '=', 'e.author_id'),
    )
    .leftJoin('users as t', (j) =>
      j.onRef('t.tenant_id', '=', 'e.tenant_id').onRef('t.id', '=', 'e.entrusted_to'),
    )
    .select([
      'e.id',
      'e.kind',
      'e.occurred_at',
      'e.created_at',
      'e.author_id',
      'a.display_name as author_name',
      'e.title',
      'e.body_enc',
      'e.entrusted_to',
      't.display_name as entrusted_name',
      'e.document_id',
      sql<
        string[]
      >`ARRAY(SELECT d.to_user_id FROM entry_disclosures d WHERE d.tenant_id = e.tenant_id AND d.entry_id = e.id AND d.to_user_id IS NOT NULL)`.as(
        'disclosed_users',
      ),
      sql<
        string[]
      >`ARRAY(SELECT d.to_team_id FROM entry_disclosures d WHERE d.tenant_id = e.tenant_id AND d.entry_id = e.id AND d.to_team_id IS NOT NULL)`.as(
        'disclosed_teams',
      ),
    ])
    .where('e.case_id', '=', caseId)
    .orderBy('e.occurred_at', 'desc')
    .orderBy('e.created_at', 'desc')
    .limit(500)
    .execute();
  const visible = rows.filter((r) =>
    canSeeEntry(actor, {
      entrustedTo: r.entrusted_to,
      disclosedToUserIds: r.disclosed_users,
      disclosedToTeamIds: r.disclosed_teams,
    }),
  );
  const entries: TEntry[] = [];
  for (const r of visible) {
    entries.push({
      id: r.id,
      kind: r.kind as TEntryKind,
      occurredAt: iso(r.occurred_at),
      createdAt: iso(r.created_at),
      author: { id: r.author_id, displayName: r.author_name },
      title: r.title,
      body: await keys.decryptText(tx, actor.tenantId, r.body_enc, entryContext(r.id)),
      entrusted: r.entrusted_to !== null,
      entrustedTo:
        r.entrusted_to && r.entrusted_name ? { id: r.entrusted_to, displayName: r.entrusted_name } : null,
      documentId: r.document_id,
    });
  }
  await audit({
    action: 'entry.list',
    resourceType: 'entry',
    caseId,
    details: { entryIds: entries.map((e) => e.id) },
  });
  return entries;
}

export type CreateEntryInput = z.output<typeof ZCreateEntryRequestSchema>;

/** Adds a note, contact or decision to the timeline; the body is stored encrypted. */
export async function createEntry(
  scope: ActorScope,
  keys: KeyRing,
  caseId: string,
  input: CreateEntryInput,
  documentId: string | null = null,
): Promise<string> {
  const { tx, actor, audit } = scope;
  await authorizeCase(tx, actor, caseId, documentId ? 'add_document' : 'add_entry');
  const id = randomUUID();
  await tx
    .insertInto('case_entries')
    .values({
      tenant_id: actor.tenantId,
      id,
      case_id: caseId,
      kind: documentId ? 'document' : input.kind,
      occurred_at: input.occurredAt ?? sql<Date>`now()`,
      author_id: actor.userId,
      title: input.title,
      body_enc: await keys.encrypt(tx, actor.tenantId, input.body, entryContext(id)),
      entrusted_to: input.entrusted ? actor.userId : null,
      document_id: documentId,
    })
    .execute();
  await tx.updateTable('cases').set({ updated_at: sql<Date>`now()` }).where('id', '=', caseId).execute();
  await audit({
    action: 'entry.create',
    resourceType: 'entry',
    resourceId: id,
    caseId,
    details: { kind: input.kind, entrusted: input.entrusted },
  });
  return id;
}

export type DiscloseInput = z.output<typeof ZDiscloseEntryRequestSchema>;

/**
 * Records the consent or legal ground (§ 65 Abs. 1 SGB VIII) on which an entrusted entry is opened
 * to a team or a colleague. Only the person it was entrusted to may do this.
 */
export async function discloseEntry(
  { tx, actor, audit }: ActorScope,
  caseId: string,
  entryId: string,
  input: DiscloseInput,
): Promise<void> {
  await authorizeCase(tx, actor, caseId, 'update');
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
  if (input.toTeamId) {
    const team = await tx
      .selectFrom('teams')
      .select('id')
      .where('id', '=', input.toTeamId)
      .executeTakeFirst();
    if (!team)
      throw new HttpError(400, 'bad_request', 'Dieses Team gibt es nicht.', { toTeamId: 'Unbekannt' });
  }
  if (input.toUserId) {
    const user = await tx
      .selectFrom('users')
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
      reference: input.reference,
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
    details: { ground: input.ground, toTeamId: input.toTeamId, toUserId: input.toUserId },
  });
}
