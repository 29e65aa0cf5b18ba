import { buildApp } from './app.js';
import { createContext, prepareOffices } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { setUpDemoIntake } from './demo/intake-setup.js';
import { seedDemoKnowledge } from './demo/knowledge.js';
import { neighbourLogins, seedNeighbourOffice } from './demo/neighbour-office.js';
import { seedDemoPlanning } from './demo/planning.js';
import { demoLogins, seedDemoData } from './demo/seed.js';
import { moduleJobHandlers } from './job-handlers.js';
import { createJobWorker } from './platform/services.js';

async function main() {
  const config = loadConfig();
  const ctx = await createContext(config);
  if (ctx.masterKeyGenerated) {
    console.warn(
      `WARNUNG: Kein MASTER_KEY gesetzt. Für den Demo-Betrieb wurde einer in ${config.dataDir}/master.key erzeugt.`,
    );
  }
  if (config.demo) {
    const { seeded } = await seedDemoData(ctx);
    if (seeded) {
      await seedDemoPlanning(ctx);
      await seedDemoKnowledge(ctx);
      console.log('Demo-Daten „Jugendamt Musterstadt“ geladen.');
    }
    await setUpDemoIntake(ctx.db);
    if ((await seedNeighbourOffice(ctx)).seeded) console.log('Demo-Daten „Jugendamt Nachbarstadt“ geladen.');
  }
  await prepareOffices(ctx);
  const app = await buildApp(ctx);
  ctx.sealer.logAnchorsTo(app.log);
  const worker = createJobWorker(ctx, moduleJobHandlers(ctx));
  const timer = setInterval(() => {
    ctx.sealer.tick().catch((err: unknown) => app.log.error({ err }, 'audit sealing failed'));
    worker.tick().catch((err: unknown) => app.log.error({ err }, 'job worker failed'));
  }, 1000);
  timer.unref();

  const shutdown = async () => {
    clearInterval(timer);
    await app.close();
    await ctx.sealer.flush().catch(() => undefined);
    await ctx.db.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await app.listen({ port: config.port, host: config.host });
  console.log(`\nLotse läuft: ${config.publicUrl}  (Datenbank: ${ctx.db.engine})`);
  console.log(`  Fachkräfte: ${config.publicUrl}/fachkraft   API-Doku: ${config.publicUrl}/api/docs`);
  if (config.demo) {
    console.log('  DEMO-BETRIEB – alle Daten sind erfunden. Passwort für alle: Lotse-Demo-2026!');
    for (const login of [...demoLogins, ...neighbourLogins])
      console.log(`    ${login.username.padEnd(18)} ${login.description}`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Lotse konnte nicht starten:', error);
  }
  process.exit(1);
});
