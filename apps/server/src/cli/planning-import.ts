import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase, withTenant } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { importAreaShapes, importPopulation, rebuildAggregates } from '../modules/planning/index.js';
import { KeyRing, resolveMasterKey } from '../platform/crypto.js';

// Imports an office's register figures and social-area outlines for planning, and rebuilds its
// aggregates now:
//   npm run planning:import -- --office SLUG [--population FILE.csv] [--areas FILE.geojson] [--rebuild]
const { values } = parseArgs({
  options: {
    office: { type: 'string' },
    population: { type: 'string' },
    areas: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
  },
});
if (!values.office || (!values.population && !values.areas && !values.rebuild)) {
  console.error(
    'Aufruf: npm run planning:import -- --office KÜRZEL [--population DATEI.csv] [--areas DATEI.geojson] [--rebuild]',
  );
  process.exit(1);
}
const config = loadConfig();
const db = await openDatabase({
  databaseUrl: config.databaseUrl,
  migrationUrl: config.databaseMigrationUrl,
  dataDir: join(config.dataDir, 'pglite'),
});
try {
  await migrate(db);
  const slug = values.office;
  const office = await db.withOwner((o) =>
    o.selectFrom('tenants').select('id').where('slug', '=', slug).executeTakeFirst(),
  );
  if (!office) throw new Error(`Unbekanntes Jugendamt: ${slug}`);
  const keys = new KeyRing(resolveMasterKey(config.masterKey, config.dataDir, config.demo).key);
  await withTenant(db, office.id, async (tx) => {
    if (values.population) {
      const r = await importPopulation(tx, office.id, readFileSync(values.population, 'utf8'));
      console.log(`Einwohnerzahlen: ${r.rows} Zeilen für ${r.years.join(', ')} eingelesen.`);
    }
    if (values.areas) {
      const n = await importAreaShapes(tx, office.id, JSON.parse(readFileSync(values.areas, 'utf8')));
      console.log(`Karte: ${n} Sozialräume eingelesen.`);
    }
    if (values.rebuild || values.population) {
      const r = await rebuildAggregates(tx, keys, office.id);
      console.log(
        `Planungszahlen neu berechnet: ${r.aggregateRows} Zeilen aus ${r.sourceRows} in ${r.durationMs} ms.`,
      );
    }
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
