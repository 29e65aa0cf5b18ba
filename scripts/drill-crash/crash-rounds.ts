import { sleep, type TempCluster } from '../lib/cluster.js';
import { seconds } from '../lib/drill.js';
import type { LotseServer } from '../lib/lotse.js';
import { log } from './clock.js';
import type { WriteLedger } from './ledger.js';

/*
 * The crashes, while the writers keep writing: a warm-up, then round 1 kills the server (SIGKILL),
 * round 2 PostgreSQL (postmaster and all its processes) together with the server, round 3 PostgreSQL
 * alone; after each round the writers write for another phase.
 */

/** Runs the warm-up and the three rounds; one line per round on how the system recovered. */
export async function crashRounds(opts: {
  ledger: WriteLedger;
  server: LotseServer;
  cluster: TempCluster;
  phaseSeconds: number;
}): Promise<string[]> {
  const { ledger, server, cluster, phaseSeconds } = opts;
  const recoveries: string[] = [];
  const run = async (label: string) => {
    const before = ledger.acks.length;
    await sleep(phaseSeconds * 1000);
    log(`${label}: ${ledger.acks.length - before} writes acknowledged in ${phaseSeconds} s`);
  };

  await run('Warm-up');

  // Round 1: the application server dies (SIGKILL), PostgreSQL keeps running.
  const kill1 = Date.now();
  await server.kill9();
  // Answers already on their way count before the kill: measure from the moment the process is gone.
  const down1 = Date.now();
  log('Round 1: kill -9 Lotse');
  const up1 = await server.start();
  const ack1 = await ledger.firstAckAfter(down1);
  recoveries.push(
    `round 1 (kill -9 Lotse): server up again after ${seconds(up1)}, first acknowledged write ${seconds(down1 + ack1 - kill1)} after the kill`,
  );
  log(recoveries.at(-1) as string);
  if (ack1 < 0) throw new Error('Nach Runde 1 keine bestätigte Schreiboperation');
  await run('After round 1');

  // Round 2: PostgreSQL (postmaster and all its processes) and the server die together.
  const kill2 = Date.now();
  const killed = await cluster.kill9();
  await sleep(300);
  await server.kill9();
  const down2 = Date.now();
  log(`Round 2: kill -9 PostgreSQL (${killed} processes) and Lotse`);
  const pgStart2 = Date.now();
  cluster.start();
  const pgUp2 = Date.now() - pgStart2;
  const up2 = await server.start();
  const ack2 = await ledger.firstAckAfter(down2);
  recoveries.push(
    `round 2 (kill -9 PostgreSQL + Lotse): crash recovery ${seconds(pgUp2)}, server up ${seconds(up2)} later, first acknowledged write ${seconds(down2 + ack2 - kill2)} after the kill`,
  );
  log(recoveries.at(-1) as string);
  if (ack2 < 0) throw new Error('Nach Runde 2 keine bestätigte Schreiboperation');
  await run('After round 2');

  // Round 3: PostgreSQL alone dies; the server keeps running and must reconnect by itself.
  const kill3 = Date.now();
  const killed3 = await cluster.kill9();
  log(`Round 3: kill -9 PostgreSQL (${killed3} processes), Lotse keeps running`);
  await sleep(1000);
  const pgStart3 = Date.now();
  cluster.start();
  const pgBack3 = Date.now();
  const pgUp3 = pgBack3 - pgStart3;
  // In-flight writes may still be answered right at the kill: count from PostgreSQL being back.
  const ack3 = await ledger.firstAckAfter(pgBack3, 60_000);
  if (ack3 < 0) {
    recoveries.push(
      `round 3 (kill -9 PostgreSQL only): crash recovery ${seconds(pgUp3)}, but Lotse did not recover by itself within 60 s (restarted)`,
    );
    await server.kill9();
    await server.start();
  } else {
    recoveries.push(
      `round 3 (kill -9 PostgreSQL only, restarted 1 s later): crash recovery ${seconds(pgUp3)}, Lotse reconnected by itself, first acknowledged write ${seconds(ack3)} after PostgreSQL was back (${seconds(pgBack3 + ack3 - kill3)} after the kill)`,
    );
  }
  log(recoveries.at(-1) as string);
  await run('After round 3');
  return recoveries;
}
