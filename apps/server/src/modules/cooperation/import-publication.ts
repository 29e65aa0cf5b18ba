import { randomUUID } from 'node:crypto';
import type { TPublicationImportResult } from '@lotse/shared';
import { sql } from 'kysely';
import { conflict, HttpError } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { importItem } from './import-item.js';
import { canOnPublication } from './policy.js';
import { parsedJson, presentPublicationSummary } from './present.js';
import { publicationRow } from './publications.js';

/**
 * Takes a copy of another office's publication into the own office (an article of the knowledge
 * base, or an imported § 8a catalogue), once. The own office's publications and withdrawn ones
 * cannot be taken.
 */
export async function importPublication(scope: ActorScope, id: string): Promise<TPublicationImportResult> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  const row = await publicationRow(scope, id);
  if (row.withdrawn_at !== null) throw new NotVisibleError('publication', id, 'Veröffentlichung');
  const facts = {
    publisherTenant: row.publisher_tenant,
    kind: row.kind,
    withdrawn: false,
    importedHere: row.imported_at !== null,
  };
  if (!canOnPublication(scope.actor, 'import', facts)) {
    if (row.publisher_tenant === scope.tenantId)
      throw conflict('Das ist eine Veröffentlichung Ihres eigenen Amtes: Die Vorlage haben Sie schon.');
    if (facts.importedHere)
      throw conflict(
        `Ihr Amt hat „${row.title}“ schon übernommen (am ${new Date(row.imported_at ?? 0).toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' })}).`,
      );
    throw new HttpError(
      403,
      'forbidden',
      'Einschätzungskataloge übernehmen nur Teamleitungen und Administrator*innen.',
    );
  }
  const item = await importItem(
    scope,
    { kind: row.kind, title: row.title, content: parsedJson(row.content) },
    row.publisher_office,
  );
  await scope.tx
    .insertInto('cooperation_imports')
    .values({
      tenant_id: scope.tenantId,
      id: randomUUID(),
      publication_id: id,
      source: 'space',
      source_office: row.publisher_office,
      signer_fingerprint: null,
      kind: row.kind,
      title: row.title,
      content_hash: row.content_hash,
      local_article_id: item.articleId,
      local_catalogue_id: item.catalogue?.id ?? null,
      local_catalogue_version: item.catalogue?.version ?? null,
      imported_by: scope.actor.userId,
    })
    .execute();
  await sql`SELECT lotse_cooperation_count_imports(${id})`.execute(scope.tx);
  await scope.audit({
    action: 'cooperation.import',
    resourceType: 'publication',
    resourceId: id,
    details: item.articleId ? { articleId: item.articleId } : { catalogue: item.catalogue },
  });
  return { item, publication: presentPublicationSummary(await publicationRow(scope, id), scope.actor) };
}
