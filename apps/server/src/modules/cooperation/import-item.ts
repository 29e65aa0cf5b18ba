import { type TCooperationKind, type TImportedItem, ZSharedArticleSchema } from '@lotse/shared';
import { badRequest, HttpError } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { importSharedArticle } from '../knowledge/index.js';
import { importCatalogue } from '../protection/index.js';

/** A template as it arrives from another office: from the shared space or a signed package. */
export interface IncomingItem {
  kind: TCooperationKind;
  title: string;
  content: unknown;
}

/**
 * Makes an office-owned copy: an article or template becomes an article of the knowledge base
 * (origin "imported", the other office named), a § 8a catalogue an imported catalogue of the office.
 * With `skipExisting`, a catalogue version the office has already is reported as skipped instead
 * of refused (409).
 */
export async function importItem(
  scope: ActorScope,
  item: IncomingItem,
  fromOffice: string,
  opts: { skipExisting?: boolean } = {},
): Promise<TImportedItem> {
  const base = { kind: item.kind, title: item.title, reason: null, articleId: null, catalogue: null };
  if (item.kind === 'protection_catalogue') {
    try {
      const entry = await importCatalogue(scope, item.content);
      const { id, version } = entry.catalogue;
      return { ...base, status: 'imported', catalogue: { id, version } };
    } catch (error) {
      // importCatalogue checks before it writes: a refusal leaves the transaction usable.
      if (!(opts.skipExisting && error instanceof HttpError && error.status === 409)) throw error;
      return { ...base, status: 'skipped', reason: error.message };
    }
  }
  const parsed = ZSharedArticleSchema.safeParse(item.content);
  if (!parsed.success || parsed.data.kind !== item.kind)
    throw badRequest(`„${item.title}“ ist keine gültige Vorlage (Titel, Art, Text und Schlagwörter).`);
  const article = await importSharedArticle(scope, parsed.data, fromOffice);
  return { ...base, status: 'imported', articleId: article.id };
}
