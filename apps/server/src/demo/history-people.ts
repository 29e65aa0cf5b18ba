import type { TGender, THelpType } from '@lotse/shared';
import { type CaseDates, type CaseSpec, hzeProfiles } from './history-cases.js';
import type { HistoryAddress, HistoryPerson } from './history-model.js';
import { areaStreets, clearingHouse, type Origin, origins, refugees } from './history-names.js';
import { addDays, earliest, isoDay, type Random } from './history-random.js';
import type { AreaCode } from './office.js';

// The people of a past case: the child (or young person) and usually one or two parents. Pure.

/** Short German names of the help types for case titles. */
const titleLabels: Partial<Record<THelpType, string>> = {
  p27_flexible: 'Flexible Hilfe',
  p28_educational_counselling: 'Erziehungsberatung',
  p29_social_group_work: 'Soziale Gruppenarbeit',
  p30_educational_assistant: 'Erziehungsbeistand',
  p31_spfh: 'SPFH',
  p32_day_group: 'Tagesgruppe',
  p33_foster_care: 'Vollzeitpflege',
  p34_residential_care: 'Heimerziehung',
  p35_intensive_individual: 'Intensive Einzelbetreuung',
  p35a_integration_help: 'Eingliederungshilfe',
  p41_young_adults: 'Hilfe für junge Volljährige',
  p42_emergency_custody: 'Inobhutnahme',
  p42a_uma_custody: 'Vorläufige Inobhutnahme',
  p8a_child_protection: 'Meldung (§ 8a)',
  counselling: 'Beratung',
};

/** An address in a social area, on a street of a postcode that belongs to that area alone. */
export function addressIn(random: Random, area: AreaCode): HistoryAddress {
  const group = random.pick(areaStreets[area]);
  return {
    street: random.pick(group.streets),
    house: String(random.int(1, 90)),
    postcode: group.postcode,
    area,
  };
}

/** Age range (years at the start) and share of boys of the child, by kind of case. */
function childProfile(
  random: Random,
  s: CaseSpec,
  refugee: boolean,
): { ages: [number, number]; male: number } {
  if (s.kind === 'uma' || (refugee && s.helpType === 'p34_residential_care'))
    return { ages: [14, 17], male: 0.9 };
  if (refugee) return { ages: [18, 19], male: 0.85 };
  if (s.kind === 'hze') return hzeProfiles[s.helpType] ?? { ages: [6, 14], male: 0.5 };
  if (s.kind === 'custody')
    return {
      ages: random.weighted<[number, number]>([
        [[0, 5], 25],
        [[6, 11], 25],
        [[12, 17], 50],
      ]),
      male: 0.5,
    };
  return s.kind === 'protection' ? { ages: [0, 15], male: 0.5 } : { ages: [2, 16], male: 0.5 };
}

/** Female, male, rarely diverse. */
function genderOf(random: Random, male: number): TGender {
  if (random.chance(0.01)) return 'diverse';
  return random.chance(male) ? 'male' : 'female';
}

/** A birth date `age` years (fractional) before a moment, never after the case was opened. */
function bornBefore(at: Date, age: number, openedAt: Date): string {
  return isoDay(earliest(addDays(at, -age * 365.25), addDays(openedAt, -10)));
}

/** How many parents take part: none for young refugees, mostly none or one for young adults. */
function parentCount(random: Random, s: CaseSpec, refugee: boolean): number {
  if (refugee || s.kind === 'uma') return 0;
  if (s.helpType === 'p41_young_adults')
    return random.weighted([
      [0, 5],
      [1, 4],
      [2, 1],
    ]);
  return random.weighted([
    [1, 45],
    [2, 50],
    [0, 5],
  ]);
}

/** The child and the parents of one case, with names, birth dates, languages and addresses. */
export function familyOf(
  random: Random,
  newId: () => string,
  s: CaseSpec,
  dates: CaseDates,
  area: AreaCode,
  refugee: boolean,
): HistoryPerson[] {
  const origin: Origin | null =
    refugee || s.kind === 'uma' ? null : random.weighted(origins.map((o) => [o, o.weight] as const));
  const last = random.pick(origin?.surnames ?? refugees.surnames);
  const home: HistoryAddress = s.kind === 'uma' ? { ...clearingHouse, area: 'OST' } : addressIn(random, area);
  const household = [...random.pick(origin?.languages ?? refugees.languages)];
  const profile = childProfile(random, s, refugee);
  const gender = genderOf(random, profile.male);
  const girls = origin?.girls ?? refugees.girls;
  const boys = origin?.boys ?? refugees.boys;
  const age = random.between(profile.ages[0], profile.ages[1] + 1);
  const child: HistoryPerson = {
    id: newId(),
    role: 'child',
    first: random.pick(gender === 'female' ? girls : gender === 'male' ? boys : random.pick([girls, boys])),
    last,
    gender,
    birthDate: bornBefore(dates.startsAt, age, dates.openedAt),
    // Children who grow up here speak German too.
    languages: origin ? [...new Set(['de', ...household])] : household,
    address: home,
  };
  const persons = [child];
  const count = origin ? parentCount(random, s, refugee) : 0;
  const kinds =
    count === 2 ? ['mother', 'father'] : count === 1 ? [random.chance(0.8) ? 'mother' : 'father'] : [];
  const separated = count === 2 && random.chance(0.3);
  for (const kind of kinds) {
    const mother = kind === 'mother';
    const elsewhere = !mother && separated;
    persons.push({
      id: newId(),
      role: 'parent',
      first: random.pick(mother ? (origin?.mothers ?? []) : (origin?.fathers ?? [])),
      last,
      gender: mother ? 'female' : 'male',
      birthDate: bornBefore(
        dates.startsAt,
        age + random.int(mother ? 20 : 22, mother ? 38 : 42),
        dates.openedAt,
      ),
      languages: household,
      address: elsewhere
        ? random.chance(0.15)
          ? null
          : addressIn(random, random.pick(['NORD', 'SUED', 'MITTE', 'OST'] as const))
        : home,
    });
  }
  return persons;
}

/** The case title: the family for young children with parents, otherwise the child by name. */
export function titleOf(s: CaseSpec, persons: HistoryPerson[], startsAt: Date): string {
  const child = persons[0];
  const label = titleLabels[s.helpType] ?? 'Hilfe';
  if (!child) return label;
  const age =
    (startsAt.getTime() - new Date(`${child.birthDate}T12:00:00Z`).getTime()) / (365.25 * 86_400_000);
  const byFamily = persons.length > 1 && age < 12 && (s.kind === 'hze' || s.kind === 'counselling');
  return byFamily ? `Familie ${child.last} – ${label}` : `${child.first} ${child.last} – ${label}`;
}
