import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchWords } from '../platform/search-tokens.js';
import { demoFamilies } from './families.js';
import { buildDemoHistory } from './history-build.js';

// The demo history as built (no database) and the register data planners import with it.

const root = new URL('../../../../', import.meta.url);

describe('the demo history, built', () => {
  const now = new Date();

  it('is the same for the same `now`', () => {
    expect(buildDemoHistory(now)).toEqual(buildDemoHistory(now));
  });

  it('never makes anna.asd, ben.asd or clara.leitung caseworker, and no name a demo search would find', () => {
    const { cases } = buildDemoHistory(now);
    expect(
      cases.filter((c) => ['anna.asd', 'ben.asd', 'clara.leitung'].includes(c.caseworker ?? '')),
    ).toEqual([]);
    const searched = new Set(
      [
        ...demoFamilies.flatMap((f) => f.persons.flatMap((p) => [p.first, p.last])),
        'Jan Mika Nina Tom Lia Muster',
      ].flatMap((n) => searchWords(n)),
    );
    const clashes = cases
      .flatMap((c) => c.persons.flatMap((p) => searchWords(`${p.first} ${p.last}`)))
      .filter((word) => [...searched].some((s) => word.startsWith(s) || s.startsWith(word)));
    expect([...new Set(clashes)]).toEqual([]);
  });
});

describe('the demo register data for planners', () => {
  const codes = ['NORD', 'SUED', 'MITTE', 'OST', 'HAFEN'];
  const groups = ['0-3', '3-6', '6-9', '9-12', '12-14', '14-16', '16-18', '18-21'];

  it('has population figures for every year, social area and age group', () => {
    const [header, ...lines] = readFileSync(new URL('data/planning/population-demo.csv', root), 'utf8')
      .trim()
      .split('\n');
    expect(header).toBe('year;social_area;age_group;population');
    const rows = lines.map((l) => l.split(';'));
    for (let year = 2022; year <= 2026; year++) {
      const ofYear = rows.filter((r) => r[0] === String(year));
      for (const code of codes)
        for (const group of groups)
          expect(
            ofYear.filter((r) => r[1] === code && r[2] === group),
            `${year} ${code} ${group}`,
          ).toHaveLength(1);
      const total = ofYear.reduce((sum, r) => sum + Number(r[3]), 0);
      expect(total).toBeGreaterThan(6_000);
      expect(total).toBeLessThan(7_500);
      const hafen = ofYear.filter((r) => r[1] === 'HAFEN').reduce((sum, r) => sum + Number(r[3]), 0);
      expect(hafen).toBeGreaterThan(150);
      expect(hafen).toBeLessThan(300);
    }
    expect(rows.every((r) => r.length === 4 && /^\d+$/.test(r[3] ?? ''))).toBe(true);
  });

  it('has a map with the five social areas as closed polygons around Musterstadt', () => {
    const map = JSON.parse(readFileSync(new URL('data/planning/social-areas-demo.geojson', root), 'utf8'));
    expect(map.type).toBe('FeatureCollection');
    expect(map.features.map((f: { properties: { code: string } }) => f.properties.code).sort()).toEqual(
      [...codes].sort(),
    );
    for (const f of map.features) {
      const [ring] = f.geometry.coordinates as [number, number][][];
      expect(f.geometry.type).toBe('Polygon');
      expect(ring?.length).toBeGreaterThanOrEqual(7);
      expect(ring?.length).toBeLessThanOrEqual(13);
      expect(ring?.[0]).toEqual(ring?.at(-1));
      for (const [lon, lat] of ring ?? []) {
        expect(lon).toBeGreaterThanOrEqual(9.9);
        expect(lon).toBeLessThanOrEqual(10.1);
        expect(lat).toBeGreaterThanOrEqual(53.5);
        expect(lat).toBeLessThanOrEqual(53.62);
      }
    }
  });
});
