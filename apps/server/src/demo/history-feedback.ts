import { randomUUID } from 'node:crypto';
import type { THelpType } from '@lotse/shared';
import type { Insertable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Random } from './history-random.js';
import { type AreaCode, DEMO_TENANT_ID } from './office.js';

// Anonymous feedback figures of the last two years (the copy `recordFigure` keeps of each answer):
// a few answers per month, help type and social area, scores 1–5 improving slightly over time.

type FigureRow = Insertable<Database['feedback_figures']>;

/** Who answers for a help type, and how its scores sit against the others. */
const respondents: [THelpType, 'young_person' | 'parent', number][] = [
  ['p31_spfh', 'parent', 0],
  ['p28_educational_counselling', 'parent', 0.2],
  ['p30_educational_assistant', 'young_person', 0.1],
  ['p34_residential_care', 'young_person', -0.2],
  ['p33_foster_care', 'parent', 0.1],
  ['p35a_integration_help', 'parent', -0.1],
  ['p41_young_adults', 'young_person', 0],
  ['p32_day_group', 'parent', 0],
];
const areaShare: [AreaCode, number][] = [
  ['NORD', 1],
  ['SUED', 1],
  ['MITTE', 1],
  ['OST', 0.8],
  ['HAFEN', 0.12],
];

/** A score 1–5 around a mean. */
const score = (random: Random, mean: number) =>
  Math.min(5, Math.max(1, Math.round(mean + random.between(-1.3, 1.3))));

/** The feedback figures of the 24 months up to now's month. */
export function feedbackRows(random: Random, now: Date, areaIds: Map<AreaCode, string>): FigureRow[] {
  const rows: FigureRow[] = [];
  for (let m = 23; m >= 0; m--) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - m, 1));
    const trend = 3.3 + 0.5 * ((23 - m) / 23);
    for (const [helpType, respondent, offset] of respondents)
      for (const [area, share] of areaShare) {
        const answers = random.chance(share) ? random.int(share < 1 ? 1 : 0, share < 1 ? 1 : 3) : 0;
        for (let i = 0; i < answers; i++) {
          const mean = trend + offset;
          rows.push({
            tenant_id: DEMO_TENANT_ID,
            id: randomUUID(),
            month: month.toISOString().slice(0, 10),
            help_type: helpType,
            social_area_id: areaIds.get(area) ?? null,
            respondent,
            version: respondent === 'young_person' && random.chance(0.3) ? 'child' : 'standard',
            wellbeing: score(random, mean),
            helpfulness: score(random, mean + 0.1),
            heard: score(random, mean + 0.2),
          });
        }
      }
  }
  return rows;
}
