import type { TWeeklyHours } from '@lotse/shared';
import { weekdayShort } from '../labels.ts';

/** "08:00" → "8", "08:30" → "8:30". */
function clock(time: string): string {
  const [h = '0', m = '00'] = time.split(':');
  return m === '00' ? String(Number(h)) : `${Number(h)}:${m}`;
}

function joinGerman(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} und ${parts.at(-1)}`;
}

/** [1, 2, 3, 5] → "Mo–Mi und Fr": runs of three or more days become a range. */
function dayList(days: number[]): string {
  const runs: number[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3
      ? [`${weekdayShort[(run[0] ?? 1) - 1]}–${weekdayShort[(run.at(-1) ?? 1) - 1]}`]
      : run.map((d) => weekdayShort[d - 1] ?? String(d)),
  );
  return joinGerman(parts);
}

/**
 * The weekly schedule as one line for families, e.g. "Mo–Do 8–16 Uhr, Fr 8–13 Uhr":
 * days with the same times are grouped.
 */
export function describeWeeklyHours(hours: TWeeklyHours): string {
  const byDay = new Map<number, string>();
  for (let day = 1; day <= 7; day++) {
    const slots = hours
      .filter((h) => h.weekday === day)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((h) => `${clock(h.opens)}–${clock(h.closes)}`);
    if (slots.length) byDay.set(day, `${joinGerman(slots)} Uhr`);
  }
  const groups = new Map<string, number[]>();
  for (const [day, times] of byDay) groups.set(times, [...(groups.get(times) ?? []), day]);
  return [...groups.entries()]
    .sort((a, b) => (a[1][0] ?? 0) - (b[1][0] ?? 0))
    .map(([times, days]) => `${dayList(days)} ${times}`)
    .join(', ');
}
