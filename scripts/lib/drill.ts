/* What both drills do alike around their steps: the clock in their log lines, DRILL_KEEP, and the exit. */

/** DRILL_KEEP=1 keeps a drill's temp folder even when every check passed. */
export const keepTempFolder = process.env.DRILL_KEEP === '1';

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export interface DrillClock {
  startedAt: number;
  /** Prints a line stamped with the seconds since the start, the stamp padded to `width` characters. */
  log: (line: string) => void;
}

export function startClock(width: number): DrillClock {
  const startedAt = Date.now();
  return {
    startedAt,
    log: (line) => console.log(`[${seconds(Date.now() - startedAt).padStart(width)}] ${line}`),
  };
}

/**
 * Runs a drill and exits with its code. `lastLine` is printed after everything else (the clean-up
 * notes included): the drill's contract for whoever reads only the last line.
 */
export function runDrill(name: string, main: () => Promise<{ code: number; lastLine?: string }>): void {
  main().then(
    ({ code, lastLine }) => {
      if (lastLine) console.log(lastLine);
      process.exit(code);
    },
    (error: unknown) => {
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
