import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Db, withTenant } from '../db/connection.js';
import { importAreaShapes, importPopulation, rebuildAggregates } from '../modules/planning/index.js';
import type { KeyRing } from '../platform/crypto.js';
import { DEMO_TENANT_ID } from './office.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../../data/planning');

/**
 * The demo office's register figures and social area outlines (invented), and its first planning
 * aggregates, built right away so the dashboard has figures from the first start.
 */
export async function seedDemoPlanning(ctx: { db: Db; keys: KeyRing }): Promise<void> {
  await withTenant(ctx.db, DEMO_TENANT_ID, async (tx) => {
    await importPopulation(tx, DEMO_TENANT_ID, readFileSync(join(DATA, 'population-demo.csv'), 'utf8'));
    await importAreaShapes(
      tx,
      DEMO_TENANT_ID,
      JSON.parse(readFileSync(join(DATA, 'social-areas-demo.geojson'), 'utf8')),
    );
    await rebuildAggregates(tx, ctx.keys, DEMO_TENANT_ID);
  });
}
