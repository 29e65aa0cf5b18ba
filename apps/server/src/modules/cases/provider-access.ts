import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { BlobStore } from '../../platform/blobs.js';
import type { KeyRing } from '../../platform/crypto.js';
import { NotVisibleError, type Scope } from '../../platform/scope.js';
import { docContext } from './documents.js';
import { entryContext } from './entries.js';
import { documentNameContext, entryTitleContext } from './sealed-fields.js';

// What a provider may get of a case once module consent found an open share: the chosen documents,
// its own entries, and a way to document into the case. Unaudited and unchecked: the caller checks
// the share at this moment and audits the access.

/** Documents of the case among `ids` that are not attached to an entrusted entry (§ 65). */
export async function shareableDocuments(scope: Scope, caseId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await scope.tx
    .selectFrom('documents as d')
    .select(['d.id', 'd.filename_enc', 'd.media_type', 'd.size_bytes'])
    .where('d.case_id', '=', caseId)
    .where('d.id', 'in', [...ids])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('case_entries as e')
            .select('e.id')
            .whereRef('e.document_id', '=', 'd.id')
            .where('e.entrusted_to', 'is not', null),
        ),
      ),
    )
    .orderBy('d.created_at', 'desc')
    .execute();
  const docs = [];
  for (const d of rows) {
    docs.push({
      id: d.id,
      filename: await scope.sealed.open(d.filename_enc, documentNameContext(d.id)),
      mediaType: d.media_type,
      sizeBytes: d.size_bytes,
    });
  }
  return docs;
}

/** One shareable document's file; 404 when it is not one. */
export async function readShareableDocument(
  scope: Scope,
  deps: { keys: KeyRing; blobs: BlobStore },
  caseId: string,
  documentId: string,
) {
  const [doc] = await shareableDocuments(scope, caseId, [documentId]);
  if (!doc) throw new NotVisibleError('document', documentId, 'Dokument');
  const row = await scope.tx
    .selectFrom('documents')
    .select('blob_key')
    .where('id', '=', documentId)
    .executeTakeFirstOrThrow();
  const data = await deps.keys.decrypt(
    scope.tx,
    scope.tenantId,
    await deps.blobs.get(row.blob_key),
    docContext(documentId),
  );
  return { filename: doc.filename, mediaType: doc.mediaType, data };
}

/** Provider staff document their work in the case; the timeline shows it with its source. */
export async function addProviderEntry(
  scope: Scope,
  keys: KeyRing,
  input: {
    caseId: string;
    providerId: string;
    authorId: string;
    kind: 'contact' | 'note';
    title: string;
    body: string;
    occurredAt?: string | undefined;
  },
): Promise<string> {
  const id = randomUUID();
  await scope.tx
    .insertInto('case_entries')
    .values({
      tenant_id: scope.tenantId,
      id,
      case_id: input.caseId,
      kind: input.kind,
      occurred_at: input.occurredAt ?? sql<Date>`now()`,
      author_id: input.authorId,
      title_enc: await scope.sealed.seal(input.title, entryTitleContext(id)),
      body_enc: await keys.encrypt(scope.tx, scope.tenantId, input.body, entryContext(id)),
      entrusted_to: null,
      document_id: null,
      source_provider_id: input.providerId,
    })
    .execute();
  await scope.tx
    .updateTable('cases')
    .set({ updated_at: sql<Date>`now()` })
    .where('id', '=', input.caseId)
    .execute();
  return id;
}

/** What one provider documented in a case, newest first. */
export async function providerEntries(scope: Scope, keys: KeyRing, caseId: string, providerId: string) {
  const rows = await scope.tx
    .selectFrom('case_entries as e')
    .innerJoin('directory_users as a', (j) =>
      j.onRef('a.tenant_id', '=', 'e.tenant_id').onRef('a.id', '=', 'e.author_id'),
    )
    .select(['e.id', 'e.kind', 'e.occurred_at', 'e.title_enc', 'e.body_enc', 'a.display_name'])
    .where('e.case_id', '=', caseId)
    .where('e.source_provider_id', '=', providerId)
    .orderBy('e.occurred_at', 'desc')
    .limit(200)
    .execute();
  const entries = [];
  for (const r of rows) {
    entries.push({
      id: r.id,
      kind: r.kind,
      title: await scope.sealed.open(r.title_enc, entryTitleContext(r.id)),
      body: await keys.decryptText(scope.tx, scope.tenantId, r.body_enc, entryContext(r.id)),
      occurredAt: new Date(r.occurred_at).toISOString(),
      author: r.display_name,
    });
  }
  return entries;
}
