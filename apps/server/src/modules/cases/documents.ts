import { randomUUID } from 'node:crypto';
import type { TDocument } from '@lotse/shared';
import type { BlobStore } from '../../platform/blobs.js';
import type { KeyRing } from '../../platform/crypto.js';
import type { ActorScope } from '../../platform/scope.js';
import { NotVisibleError } from '../../platform/scope.js';
import type { UploadedFile } from '../../platform/uploads.js';
import { authorizeCase } from './authorize.js';
import { createEntry } from './entries.js';
import { iso } from './present.js';
import { documentNameContext } from './sealed-fields.js';

export const docContext = (documentId: string) => `document:${documentId}`;

/** Stores an uploaded (already type-checked) document encrypted and adds a timeline entry for it. */
export async function uploadDocument(
  scope: ActorScope,
  deps: { keys: KeyRing; blobs: BlobStore },
  caseId: string,
  file: UploadedFile,
): Promise<TDocument> {
  const { tx, actor, audit } = scope;
  await authorizeCase(tx, actor, caseId, 'add_document');
  const { filename, mediaType } = file;
  const id = randomUUID();
  const blobKey = `${actor.tenantId}/${id}`;
  // Written before the row that points to it; removed again if the upload does not commit.
  await deps.blobs.put(blobKey, await deps.keys.encrypt(tx, actor.tenantId, file.data, docContext(id)));
  scope.onRollback(() => deps.blobs.delete(blobKey));
  await tx
    .insertInto('documents')
    .values({
      tenant_id: actor.tenantId,
      id,
      case_id: caseId,
      filename_enc: await scope.sealed.seal(filename, documentNameContext(id)),
      media_type: mediaType,
      size_bytes: file.data.length,
      blob_key: blobKey,
      uploaded_by: actor.userId,
    })
    .execute();
  await createEntry(
    scope,
    deps.keys,
    caseId,
    { kind: 'note', title: filename, body: '', entrusted: false },
    id,
  );
  await audit({ action: 'document.upload', resourceType: 'document', resourceId: id, caseId });
  return {
    id,
    filename,
    mediaType,
    sizeBytes: file.data.length,
    uploadedBy: { id: actor.userId, displayName: actor.displayName },
    createdAt: new Date().toISOString(),
  };
}

export async function listDocuments(
  { tx, actor, audit, sealed }: ActorScope,
  caseId: string,
): Promise<TDocument[]> {
  await authorizeCase(tx, actor, caseId, 'read');
  const rows = await tx
    .selectFrom('documents as d')
    .innerJoin('directory_users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'd.tenant_id').onRef('u.id', '=', 'd.uploaded_by'),
    )
    .select([
      'd.id',
      'd.filename_enc',
      'd.media_type',
      'd.size_bytes',
      'd.uploaded_by',
      'u.display_name',
      'd.created_at',
    ])
    .where('d.case_id', '=', caseId)
    .orderBy('d.created_at', 'desc')
    .execute();
  await audit({ action: 'document.list', resourceType: 'document', caseId });
  return Promise.all(
    rows.map(async (d) => ({
      id: d.id,
      filename: await sealed.open(d.filename_enc, documentNameContext(d.id)),
      mediaType: d.media_type,
      sizeBytes: d.size_bytes,
      uploadedBy: { id: d.uploaded_by, displayName: d.display_name },
      createdAt: iso(d.created_at),
    })),
  );
}

/** Decrypts a document of a visible case for download. */
export async function readDocument(
  { tx, actor, audit, sealed }: ActorScope,
  deps: { keys: KeyRing; blobs: BlobStore },
  caseId: string,
  documentId: string,
): Promise<{ filename: string; mediaType: string; data: Buffer }> {
  await authorizeCase(tx, actor, caseId, 'read');
  const doc = await tx
    .selectFrom('documents')
    .select(['id', 'filename_enc', 'media_type', 'blob_key'])
    .where('id', '=', documentId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!doc) throw new NotVisibleError('document', documentId, 'Dokument');
  const data = await deps.keys.decrypt(
    tx,
    actor.tenantId,
    await deps.blobs.get(doc.blob_key),
    docContext(doc.id),
  );
  await audit({ action: 'document.download', resourceType: 'document', resourceId: documentId, caseId });
  return {
    filename: await sealed.open(doc.filename_enc, documentNameContext(doc.id)),
    mediaType: doc.media_type,
    data,
  };
}
