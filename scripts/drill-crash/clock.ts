import { startClock } from '../lib/drill.js';

/** The crash drill's clock, started when the drill starts: log lines stamped with its seconds. */
export const clock = startClock(8);
export const log = clock.log;
