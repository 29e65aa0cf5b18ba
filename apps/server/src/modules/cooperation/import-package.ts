import { randomUUID } from 'node:crypto';
import type { TImportedItem, TPackageImportResult, TPackageInspection } from '@lotse/shared';
import { badRequest, conflict } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import { contentHash } from './canonical.js';
import { requireNoPersonalData } from './check-content.js';
import { importItem } from './import-item.js';
import { type VerifiedPackage, verifyPackage } from './package-signature.js';
import { articleParts, catalogueParts } from './personal-data-check.js';
import { existingFingerprint, normalFingerprint } from './signing-key.js';

/** Verified, not from the own office, and free of personal data (checked against the own office's persons too). */
async function checkedPackage(scope: ActorScope, raw: Record<string, unknown>): Promise<VerifiedPackage> {
  requireOfficeAction(scope.actor, 'publish_cooperation');
  const verified = verifyPackage(raw);
  const own = await existingFingerprint(scope);
  if (own && normalFingerprint(own) === normalFingerprint(verified.fingerprint))
    throw conflict('Das Paket hat Ihr eigenes Amt signiert: Die Vorlagen haben Sie schon.');
  for (const item of verified.pkg.items) {
    const content = item.content as { title?: unknown; body?: unknown; tags?: unknown };
    const parts =
      item.kind === 'protection_catalogue'
        ? catalogueParts(item.content, item.summary)
        : articleParts(
            {
              title: item.title,
              body: typeof content.body === 'string' ? content.body : '',
              tags: Array.isArray(content.tags) ? content.tags.map(String) : [],
            },
            item.summary,
          );
    await requireNoPersonalData(scope, parts, `„${item.title}“ im Paket`);
  }
  return verified;
}

/** What a package holds and who signed it, before anything is imported. */
export async function inspectPackage(
  scope: ActorScope,
  raw: Record<string, unknown>,
): Promise<TPackageInspection> {
  const { pkg, fingerprint } = await checkedPackage(scope, raw);
  return {
    office: pkg.office,
    createdAt: pkg.createdAt,
    fingerprint,
    items: pkg.items.map((i) => ({ kind: i.kind, title: i.title, summary: i.summary })),
  };
}

/**
 * Imports a signed package from an office on another installation, once the importer confirmed the
 * signer's key fingerprint (400 if it is not the key that signed). Items taken before from the
 * same signer, and catalogue versions the office has, are skipped; everything else becomes the
 * office's own copy.
 */
export async function importPackage(
  scope: ActorScope,
  raw: Record<string, unknown>,
  trustedFingerprint: string,
): Promise<TPackageImportResult> {
  const { pkg, fingerprint } = await checkedPackage(scope, raw);
  if (normalFingerprint(trustedFingerprint) !== normalFingerprint(fingerprint))
    throw badRequest(
      `Der bestätigte Fingerabdruck passt nicht zum Schlüssel, mit dem das Paket signiert wurde (${fingerprint}). Importieren Sie es nur, wenn ${pkg.office} Ihnen genau diesen Fingerabdruck genannt hat.`,
      { trustedFingerprint: 'Der Fingerabdruck stimmt nicht.' },
    );
  const items: TImportedItem[] = [];
  for (const item of pkg.items) {
    const hash = contentHash(item.content);
    const earlier = await scope.tx
      .selectFrom('cooperation_imports')
      .select('imported_at')
      .where('source', '=', 'package')
      .where('signer_fingerprint', '=', fingerprint)
      .where('content_hash', '=', hash)
      .executeTakeFirst();
    if (earlier) {
      items.push({
        kind: item.kind,
        title: item.title,
        status: 'skipped',
        reason: 'Schon aus einem früheren Paket übernommen.',
        articleId: null,
        catalogue: null,
      });
      continue;
    }
    const imported = await importItem(scope, item, pkg.office, { skipExisting: true });
    items.push(imported);
    if (imported.status !== 'imported') continue;
    await scope.tx
      .insertInto('cooperation_imports')
      .values({
        tenant_id: scope.tenantId,
        id: randomUUID(),
        publication_id: null,
        source: 'package',
        source_office: pkg.office,
        signer_fingerprint: fingerprint,
        kind: item.kind,
        title: item.title,
        content_hash: hash,
        local_article_id: imported.articleId,
        local_catalogue_id: imported.catalogue?.id ?? null,
        local_catalogue_version: imported.catalogue?.version ?? null,
        imported_by: scope.actor.userId,
      })
      .execute();
  }
  await scope.audit({
    action: 'cooperation.package_import',
    resourceType: 'template_package',
    details: {
      office: pkg.office,
      fingerprint,
      imported: items.filter((i) => i.status === 'imported').length,
      skipped: items.filter((i) => i.status === 'skipped').length,
    },
  });
  return { office: pkg.office, fingerprint, items };
}
