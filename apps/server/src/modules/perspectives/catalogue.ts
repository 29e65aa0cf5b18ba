import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type TPerspectiveCatalogue, ZPerspectiveCatalogueSchema } from '@lotse/shared';

// apps/server/{src,dist}/modules/perspectives → repository root.
const DEFAULT_FILE = fileURLToPath(
  new URL('../../../../../data/perspectives/dimensions-default.json', import.meta.url),
);

let loaded: TPerspectiveCatalogue | null = null;

/**
 * The dimensions everyone rates (data/perspectives/dimensions-default.json, format in its README),
 * validated once; an invalid file fails loudly rather than dropping a dimension silently.
 */
export function perspectiveCatalogue(): TPerspectiveCatalogue {
  if (loaded) return loaded;
  const parsed = ZPerspectiveCatalogueSchema.safeParse(JSON.parse(readFileSync(DEFAULT_FILE, 'utf8')));
  if (!parsed.success)
    throw new Error(`data/perspectives/dimensions-default.json is invalid: ${parsed.error.message}`);
  loaded = parsed.data;
  return loaded;
}
