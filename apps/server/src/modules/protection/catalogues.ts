import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type TProtectionCatalogue,
  type TProtectionCatalogueEntry,
  type TProtectionCatalogueSummary,
  ZProtectionCatalogueSchema,
} from '@lotse/shared';
import { z } from 'zod';
import type { Tx } from '../../db/connection.js';
import { badRequest, conflict, HttpError, notFound } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { mayImportCatalogue, mayReadCatalogues } from './policy.js';

/** Lotse's default factor catalogue (data/protection, written for this project). */
export const DEFAULT_CATALOGUE_FILE = fileURLToPath(
  new URL('../../../../../data/protection/catalogue-default.json', import.meta.url),
);

let defaultCatalogue: TProtectionCatalogue | undefined;
/** The default catalogue, read and validated once. */
export function loadDefaultCatalogue(): TProtectionCatalogue {
  defaultCatalogue ??= ZProtectionCatalogueSchema.parse(
    JSON.parse(readFileSync(DEFAULT_CATALOGUE_FILE, 'utf8')),
  );
  return defaultCatalogue;
}

function summaryOf(
  c: TProtectionCatalogue,
  imported: { by: { id: string; displayName: string }; at: string } | null,
): TProtectionCatalogueSummary {
  const factors = c.domains.flatMap((d) => d.factors);
  return {
    id: c.id,
    version: c.version,
    title: c.title,
    language: c.language,
    source: imported ? 'imported' : 'default',
    domainCount: c.domains.length,
    riskFactorCount: factors.filter((f) => f.kind === 'risk').length,
    protectiveFactorCount: factors.filter((f) => f.kind === 'protective').length,
    importedBy: imported?.by ?? null,
    importedAt: imported?.at ?? null,
  };
}

async function importedRows(tx: Tx, where?: { id: string; version?: string }) {
  let q = tx
    .selectFrom('protection_catalogues as c')
    .innerJoin('directory_users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'c.tenant_id').onRef('u.id', '=', 'c.imported_by'),
    )
    .select(['c.id', 'c.version', 'c.content', 'c.imported_by', 'u.display_name', 'c.imported_at'])
    .orderBy('c.id')
    .orderBy('c.imported_at', 'desc');
  if (where) q = q.where('c.id', '=', where.id);
  if (where?.version) q = q.where('c.version', '=', where.version);
  const rows = await q.execute();
  return rows.map((r) => {
    const content = typeof r.content === 'string' ? JSON.parse(r.content) : r.content;
    const catalogue = ZProtectionCatalogueSchema.parse(content);
    return {
      catalogue,
      summary: summaryOf(catalogue, {
        by: { id: r.imported_by, displayName: r.display_name },
        at: new Date(r.imported_at).toISOString(),
      }),
    };
  });
}

/**
 * The catalogue an assessment names, unchecked and unaudited (the caller checked the procedure);
 * null if the office has no such catalogue.
 */
export async function findCatalogue(
  tx: Tx,
  id: string,
  version: string,
): Promise<TProtectionCatalogue | null> {
  const def = loadDefaultCatalogue();
  if (def.id === id && def.version === version) return def;
  const [row] = await importedRows(tx, { id, version });
  return row?.catalogue ?? null;
}

function requireReader(scope: ActorScope) {
  if (!mayReadCatalogues(scope.actor))
    throw new HttpError(
      403,
      'forbidden',
      'Einschätzungskataloge sehen nur Fachkräfte, Teamleitungen und Administrator*innen.',
    );
}

/** The catalogues the office can assess with: the default and its imported ones (newest first per id). */
export async function listCatalogues(scope: ActorScope) {
  requireReader(scope);
  const imported = await importedRows(scope.tx);
  await scope.audit({ action: 'protection.catalogue_list', resourceType: 'protection_catalogue' });
  return {
    catalogues: [summaryOf(loadDefaultCatalogue(), null), ...imported.map((r) => r.summary)],
    mayImport: mayImportCatalogue(scope.actor),
  };
}

/** One catalogue with all its domains, factors and anchors; without a version the newest. */
export async function getCatalogue(
  scope: ActorScope,
  id: string,
  version?: string,
): Promise<TProtectionCatalogueEntry> {
  requireReader(scope);
  const def = loadDefaultCatalogue();
  let entry: TProtectionCatalogueEntry | undefined;
  if (def.id === id && (!version || version === def.version))
    entry = { summary: summaryOf(def, null), catalogue: def };
  else entry = (await importedRows(scope.tx, { id, version }))[0];
  if (!entry) throw notFound('Katalog');
  await scope.audit({
    action: 'protection.catalogue_read',
    resourceType: 'protection_catalogue',
    resourceId: `${entry.catalogue.id}@${entry.catalogue.version}`,
  });
  return entry;
}

/** Up to five validation problems as one German sentence, with where in the file they are. */
function describeIssues(issues: z.core.$ZodIssue[]): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const listed = Object.entries(fields)
    .slice(0, 5)
    .map(([path, message]) => (path === '_' ? message : `${path}: ${message}`));
  const more = Object.keys(fields).length - listed.length;
  return {
    message: `Der Katalog passt nicht zum Format (data/protection/README.md): ${listed.join('; ')}${more > 0 ? ` (und ${more} weitere)` : ''}.`,
    fields,
  };
}

/** Imports an office's own catalogue in the default's format; an id and version are imported once. */
export async function importCatalogue(scope: ActorScope, input: unknown): Promise<TProtectionCatalogueEntry> {
  if (!mayImportCatalogue(scope.actor))
    throw new HttpError(403, 'forbidden', 'Kataloge importieren nur Teamleitungen und Administrator*innen.');
  const parsed = ZProtectionCatalogueSchema.safeParse(input, { error: z.locales.de().localeError });
  if (!parsed.success) {
    const { message, fields } = describeIssues(parsed.error.issues);
    throw badRequest(message, fields);
  }
  const catalogue = parsed.data;
  if (catalogue.id === loadDefaultCatalogue().id)
    throw conflict(
      `Die Kennung „${catalogue.id}“ gehört zum Standardkatalog. Geben Sie Ihrem Katalog eine eigene id.`,
    );
  const exists = await scope.tx
    .selectFrom('protection_catalogues')
    .select('id')
    .where('id', '=', catalogue.id)
    .where('version', '=', catalogue.version)
    .executeTakeFirst();
  if (exists)
    throw conflict(
      `Den Katalog „${catalogue.id}“ gibt es in Version ${catalogue.version} schon. Ein importierter Katalog ändert sich nicht mehr; erhöhen Sie die version.`,
    );
  await scope.tx
    .insertInto('protection_catalogues')
    .values({
      tenant_id: scope.actor.tenantId,
      id: catalogue.id,
      version: catalogue.version,
      title: catalogue.title,
      content: JSON.stringify(catalogue),
      imported_by: scope.actor.userId,
    })
    .execute();
  await scope.audit({
    action: 'protection.catalogue_import',
    resourceType: 'protection_catalogue',
    resourceId: `${catalogue.id}@${catalogue.version}`,
  });
  return {
    catalogue,
    summary: summaryOf(catalogue, {
      by: { id: scope.actor.userId, displayName: scope.actor.displayName },
      at: new Date().toISOString(),
    }),
  };
}
