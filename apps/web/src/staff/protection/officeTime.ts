import { officeInstant, officeParts } from '../../time.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Date and time inputs (office wall clock) of an instant: `{ date: 'YYYY-MM-DD', time: 'HH:MM' }`. */
export function officeInputs(instant: Date | number = Date.now()): { date: string; time: string } {
  const p = officeParts(instant);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** The ISO instant the office clock shows at date + time, or null when incomplete or impossible. */
export function officeIso(date: string, time: string): string | null {
  return officeInstant(date, time)?.toISOString() ?? null;
}
