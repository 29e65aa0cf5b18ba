import { randomUUID } from 'node:crypto';
import type { TEntry, TEntryKind, ZCreateEntryRequestSchema } from '@lotse/shared';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { KeyRing } from '../../platform/crypto.js';
import type { ActorScope } from '../../platform/scope.js';
import { providerNames } from '../providers/index.js';
import { authorizeCase } from './authorize.js';
import { listDisclosures } from './disclosures.js';
import { canSeeEntry } from './policy.js';
import { iso } from './present.js';
import { entryTitleContext } from './sealed-fields.js';

export const entryContext = (entryId: string) => `entry:${entryId}`;

/** The case timeline, newest first, without entrusted entries the actor may not see (§ 65). */
export async function listEntries(scope: ActorScope, keys: KeyRing, caseId: string): Promise<TEntry[]> {
  const { tx, actor, audit, sealed } = scope;
  await authorizeCase(tx, actor, caseId, 'read');
  const rows = await tx
    .selectFrom('case_entries as e')
    .innerJoin('directory_users as a', (j) =>
      j.onRef('a.tenant_id', '=', 'e.tenant_id').onRef('a.id', '=', 'e.author_id'),
    )
    .leftJoin('directory_users as t', (j) =>
      j.onRef('t.tenant_id', '=', 'e.tenant_id').onRef('t.id', '=', 'e.entrusted_to'),
    )
    .select([
      'e.id',
      'e.kind',
      'e.occurred_at',
      'e.created_at',
      'e.author_id',
      'a.display_name as author_name',
      'e.title_enc',
      'e.body_enc',
      'e.entrusted_to',
      't.display_name as entrusted_name',
      'e.document_id',
      'e.source_provider_id',
      sql<
        string[]
      >`ARRAY(SELECT d.to_user_id FROM entry_disclosures d WHERE d.tenant_id = e.tenant_id AND d.entry_id = e.id AND d.revoked_at IS NULL AND d.to_user_id IS NOT NULL)`.as(
        'disclosed_users',
      ),
      sql<
        string[]
      >`ARRAY(SELECT d.to_team_id FROM entry_disclosures d WHERE d.tenant_id = e.tenant_id AND d.entry_id = e.id AND d.revoked_at IS NULL AND d.to_team_id IS NOT NULL)`.as(
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
  // Only the person an entry is entrusted to sees to whom it was opened (and may take that back).
  const disclosures = await listDisclosures(
    scope,
    visible.filter((r) => r.entrusted_to === actor.userId).map((r) => r.id),
  );
  const providers = await providerNames(
    tx,
    visible.flatMap((r) => (r.source_provider_id ? [r.source_provider_id] : [])),
  );
  const entries: TEntry[] = [];
  for (const r of visible) {
    entries.push({
      id: r.id,
      kind: r.kind as TEntryKind,
      occurredAt: iso(r.occurred_at),
      createdAt: iso(r.created_at),
      author: { id: r.author_id, displayName: r.author_name },
      title: await sealed.open(r.title_enc, entryTitleContext(r.id)),
      body: await keys.decryptText(tx, actor.tenantId, r.body_enc, entryContext(r.id)),
      entrusted: r.entrusted_to !== null,
      entrustedTo:
        r.entrusted_to && r.entrusted_name ? { id: r.entrusted_to, displayName: r.entrusted_name } : null,
      disclosures: r.entrusted_to === actor.userId ? (disclosures.get(r.id) ?? []) : null,
      documentId: r.document_id,
      source: r.source_provider_id
        ? { providerId: r.source_provider_id, providerName: providers.get(r.source_provider_id) ?? 'Träger' }
        : null,
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
      title_enc: await scope.sealed.seal(input.title, entryTitleContext(id)),
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
