import type { TReleaseState } from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import type { BlobStore } from '../../platform/blobs.js';
import type { KeyRing } from '../../platform/crypto.js';
import { HttpError } from '../../platform/errors.js';
import { type ActorScope, NotVisibleError, type Scope } from '../../platform/scope.js';
import { authorizeCase } from './authorize.js';
import { docContext } from './documents.js';
import { entryContext } from './entries.js';
import { familyMaySee, isFamilyRole } from './family-visibility.js';
import { iso } from './present.js';
import { documentNameContext, entryTitleContext } from './sealed-fields.js';

export type ReleaseKind = 'entry' | 'document';

/** For a document `d`: the staff member an entry referring to it is entrusted to (§ 65), or null. */
const entrustedThroughEntry = () =>
  sql<string | null>`(SELECT e.entrusted_to FROM case_entries e WHERE e.tenant_id = d.tenant_id
    AND e.document_id = d.id AND e.entrusted_to IS NOT NULL LIMIT 1)`;

/** Documents with their release (only released ones). */
const releasedDocuments = (tx: Tx) =>
  tx
    .selectFrom('documents as d')
    .innerJoin('case_releases as r', (j) =>
      j
        .onRef('r.tenant_id', '=', 'd.tenant_id')
        .onRef('r.item_id', '=', 'd.id')
        .on('r.item_kind', '=', 'document'),
    );

/** An entry, or a document, with whether it is entrusted (§ 65) — itself or through an entry that refers to it. */
async function releasable(tx: Tx, caseId: string, kind: ReleaseKind, itemId: string) {
  if (kind === 'entry') {
    return tx
      .selectFrom('case_entries')
      .select(['id', 'entrusted_to'])
      .where('id', '=', itemId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
  }
  return tx
    .selectFrom('documents as d')
    .select(['d.id', entrustedThroughEntry().as('entrusted_to')])
    .where('d.id', '=', itemId)
    .where('d.case_id', '=', caseId)
    .executeTakeFirst();
}

/** Staff release an entry or document to the family (all persons with an account, or some). */
export async function setRelease(
  scope: ActorScope,
  caseId: string,
  kind: ReleaseKind,
  itemId: string,
  personIds: string[] | null,
): Promise<TReleaseState> {
  const { tx, actor, audit } = scope;
  await authorizeCase(tx, actor, caseId, 'update');
  const item = await releasable(tx, caseId, kind, itemId);
  if (!item) throw new NotVisibleError(kind, itemId, kind === 'entry' ? 'Eintrag' : 'Dokument');
  if (item.entrusted_to !== null) {
    throw new HttpError(
      409,
      'entrusted',
      'Anvertraute Vermerke (§ 65 SGB VIII) und ihre Dokumente können nicht für die Familie freigegeben werden.',
    );
  }
  if (personIds) {
    const members = await tx
      .selectFrom('case_persons')
      .select(['person_id', 'role'])
      .where('case_id', '=', caseId)
      .where('person_id', 'in', personIds)
      .execute();
    const family = new Set(members.filter((m) => isFamilyRole(m.role)).map((m) => m.person_id));
    if (personIds.some((id) => !family.has(id))) {
      throw new HttpError(
        400,
        'invalid_person',
        'Freigeben lässt sich nur für Kinder, Eltern und Sorgeberechtigte dieses Falls.',
      );
    }
  }
  const unique = personIds ? [...new Set(personIds)] : null;
  const row = await tx
    .insertInto('case_releases')
    .values({
      tenant_id: scope.tenantId,
      case_id: caseId,
      item_kind: kind,
      item_id: itemId,
      person_ids: unique,
      released_by: actor.userId,
    })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'item_kind', 'item_id']).doUpdateSet({
        person_ids: unique,
        released_by: actor.userId,
        released_at: sql`now()`,
      }),
    )
    .returning(['person_ids', 'released_at'])
    .executeTakeFirstOrThrow();
  await audit({
    action: 'release.set',
    resourceType: kind,
    resourceId: itemId,
    caseId,
    details: { personIds: unique },
  });
  return { released: true, personIds: row.person_ids, releasedAt: iso(row.released_at) };
}

/** Staff take a release back: the family no longer sees the item. */
export async function withdrawRelease(
  scope: ActorScope,
  caseId: string,
  kind: ReleaseKind,
  itemId: string,
): Promise<TReleaseState> {
  const { tx, actor, audit } = scope;
  await authorizeCase(tx, actor, caseId, 'update');
  const removed = await tx
    .deleteFrom('case_releases')
    .where('case_id', '=', caseId)
    .where('item_kind', '=', kind)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) === 0) {
    throw new NotVisibleError(kind, itemId, 'Freigabe');
  }
  await audit({ action: 'release.withdraw', resourceType: kind, resourceId: itemId, caseId });
  return { released: false, personIds: null, releasedAt: null };
}

/** The releases of a case, for the cockpit (which entries and documents the family sees). */
export async function listReleases(scope: ActorScope, caseId: string) {
  await authorizeCase(scope.tx, scope.actor, caseId, 'read');
  const rows = await scope.tx
    .selectFrom('case_releases')
    .select(['item_kind', 'item_id', 'person_ids', 'released_at'])
    .where('case_id', '=', caseId)
    .execute();
  return rows.map((r) => ({
    itemKind: r.item_kind as ReleaseKind,
    itemId: r.item_id,
    personIds: r.person_ids,
    releasedAt: iso(r.released_at),
  }));
}

/** What one person of the case sees of its entries and documents (not audited: the caller audits the whole file). */
export async function releasedForPerson(scope: Scope, keys: KeyRing, caseId: string, personId: string) {
  const { tx, sealed } = scope;
  const entryRows = await tx
    .selectFrom('case_entries as e')
    .innerJoin('case_releases as r', (j) =>
      j
        .onRef('r.tenant_id', '=', 'e.tenant_id')
        .onRef('r.item_id', '=', 'e.id')
        .on('r.item_kind', '=', 'entry'),
    )
    .select([
      'e.id',
      'e.occurred_at',
      'e.title_enc',
      'e.body_enc',
      'e.entrusted_to',
      'r.person_ids',
      'r.released_at',
    ])
    .where('e.case_id', '=', caseId)
    .orderBy('e.occurred_at', 'desc')
    .limit(200)
    .execute();
  const docRows = await releasedDocuments(tx)
    .select([
      'd.id',
      'd.filename_enc',
      'd.media_type',
      'd.size_bytes',
      'r.person_ids',
      'r.released_at',
      entrustedThroughEntry().as('entrusted_to'),
    ])
    .where('d.case_id', '=', caseId)
    .orderBy('r.released_at', 'desc')
    .execute();
  const sees = (r: { entrusted_to: string | null; person_ids: string[] | null }) =>
    familyMaySee({ entrustedTo: r.entrusted_to, release: { personIds: r.person_ids } }, personId);
  const entries = [];
  for (const r of entryRows.filter(sees)) {
    entries.push({
      id: r.id,
      occurredAt: iso(r.occurred_at),
      title: await sealed.open(r.title_enc, entryTitleContext(r.id)),
      body: await keys.decryptText(tx, scope.tenantId, r.body_enc, entryContext(r.id)),
      releasedAt: iso(r.released_at),
    });
  }
  const documents = [];
  for (const d of docRows.filter(sees)) {
    documents.push({
      id: d.id,
      filename: await sealed.open(d.filename_enc, documentNameContext(d.id)),
      mediaType: d.media_type,
      sizeBytes: d.size_bytes,
      releasedAt: iso(d.released_at),
    });
  }
  return { entries, documents };
}

/** A released document's file for a person who may see it; 404 otherwise (the caller audits). */
export async function readReleasedDocument(
  scope: Scope,
  deps: { keys: KeyRing; blobs: BlobStore },
  caseId: string,
  personId: string,
  documentId: string,
): Promise<{ filename: string; mediaType: string; data: Buffer }> {
  const { tx, sealed } = scope;
  const doc = await releasedDocuments(tx)
    .select([
      'd.id',
      'd.filename_enc',
      'd.media_type',
      'd.blob_key',
      'r.person_ids',
      entrustedThroughEntry().as('entrusted_to'),
    ])
    .where('d.id', '=', documentId)
    .where('d.case_id', '=', caseId)
    .executeTakeFirst();
  if (
    !doc ||
    !familyMaySee({ entrustedTo: doc.entrusted_to, release: { personIds: doc.person_ids } }, personId)
  ) {
    throw new NotVisibleError('document', documentId, 'Dokument');
  }
  const data = await deps.keys.decrypt(
    tx,
    scope.tenantId,
    await deps.blobs.get(doc.blob_key),
    docContext(doc.id),
  );
  return {
    filename: await sealed.open(doc.filename_enc, documentNameContext(doc.id)),
    mediaType: doc.media_type,
    data,
  };
}
