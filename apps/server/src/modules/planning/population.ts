import { ageGroups, type TAgeGroup } from '@lotse/shared';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Tx } from '../../db/connection.js';
import { badRequest } from '../../platform/errors.js';

/** Age groups of the population under 18 and under 21 (the denominators of the rates). */
const UNDER_18: readonly TAgeGroup[] = ['0-3', '3-6', '6-9', '9-12', '12-14', '14-16', '16-18'];
const UNDER_21: readonly TAgeGroup[] = [...UNDER_18, '18-21'];
export const populationGroups = (under: 18 | 21) => (under === 18 ? UNDER_18 : UNDER_21);

const ZPopulationRow = z.object({
  year: z.coerce.number().int().min(1990).max(2100),
  social_area: z.string().trim().min(1).max(40),
  age_group: z.enum(ageGroups.filter((g) => g !== 'unknown' && g !== '21+') as [TAgeGroup, ...TAgeGroup[]]),
  population: z.coerce.number().int().min(0).max(10_000_000),
});

/**
 * Parses the register extract: `year;social_area;age_group;population` (or comma-separated), one row
 * per year, social area code and age group. Every problem is reported with its line.
 */
export function parsePopulationCsv(text: string, knownAreas: Set<string>): z.infer<typeof ZPopulationRow>[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      columns: true,
      delimiter: [';', ','],
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    throw badRequest(
      `Die CSV-Datei lässt sich nicht lesen: ${error instanceof Error ? error.message : error}`,
    );
  }
  if (records.length === 0) throw badRequest('Die CSV-Datei enthält keine Zeilen.');
  const seen = new Set<string>();
  return records.map((record, index) => {
    const line = index + 2;
    const parsed = ZPopulationRow.safeParse(record);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? 'Zeile');
      throw badRequest(
        `Zeile ${line}: Spalte „${field}“ fehlt oder ist ungültig (erwartet: year;social_area;age_group;population).`,
      );
    }
    if (!knownAreas.has(parsed.data.social_area))
      throw badRequest(
        `Zeile ${line}: Sozialraum „${parsed.data.social_area}“ gibt es in diesem Jugendamt nicht.`,
      );
    const key = `${parsed.data.year}|${parsed.data.social_area}|${parsed.data.age_group}`;
    if (seen.has(key))
      throw badRequest(`Zeile ${line}: Jahr, Sozialraum und Altersgruppe kommen doppelt vor.`);
    seen.add(key);
    return parsed.data;
  });
}

/** Replaces the office's population figures of the years in the file. */
export async function importPopulation(
  tx: Tx,
  tenantId: string,
  text: string,
): Promise<{ rows: number; years: number[] }> {
  const areas = await tx.selectFrom('directory_social_areas').select('code').execute();
  const rows = parsePopulationCsv(text, new Set(areas.map((a) => a.code)));
  const years = [...new Set(rows.map((r) => r.year))].sort();
  await tx.deleteFrom('planning_population').where('year', 'in', years).execute();
  for (let i = 0; i < rows.length; i += 2000)
    await tx
      .insertInto('planning_population')
      .values(rows.slice(i, i + 2000).map((r) => ({ tenant_id: tenantId, ...r })))
      .execute();
  return { rows: rows.length, years };
}

/** The office's population by year, social area and age group. */
export class Population {
  private constructor(private readonly byYear: Map<number, Map<string, number>>) {}

  static async load(tx: Tx): Promise<Population> {
    const rows = await tx
      .selectFrom('planning_population')
      .select(['year', 'social_area', 'age_group', 'population'])
      .execute();
    const byYear = new Map<number, Map<string, number>>();
    for (const r of rows) {
      const year = byYear.get(r.year) ?? new Map<string, number>();
      year.set(`${r.social_area}|${r.age_group}`, r.population);
      byYear.set(r.year, year);
    }
    return new Population(byYear);
  }

  get empty(): boolean {
    return this.byYear.size === 0;
  }

  /** The year whose figures stand for `year`: itself, else the latest before it, else the earliest. */
  private yearFor(year: number): Map<string, number> | undefined {
    const years = [...this.byYear.keys()].sort((a, b) => a - b);
    const chosen = [...years].reverse().find((y) => y <= year) ?? years[0];
    return chosen === undefined ? undefined : this.byYear.get(chosen);
  }

  /** Population of these age groups in one area (or all areas: null) in a year; null without figures. */
  of(year: number, area: string | null, groups: readonly string[]): number | null {
    const figures = this.yearFor(year);
    if (!figures) return null;
    let sum = 0;
    let found = false;
    for (const [key, value] of figures) {
      const [a, g] = key.split('|') as [string, string];
      if ((area === null || a === area) && groups.includes(g)) {
        sum += value;
        found = true;
      }
    }
    return found ? sum : null;
  }
}
