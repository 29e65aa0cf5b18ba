import type {
  TEndangermentType,
  THintSource,
  TProtectionResult,
  TProtectionUrgency,
  TSurveyInput,
} from '@lotse/shared';
import { firstContactOffsetHours, resultsWithEndangermentTypes } from '@lotse/shared';
import type { seedProtectionProcedure } from '../modules/protection/index.js';
import { historyStaff, secondPerson } from './history-build.js';
import type { HistoryCase, HistoryProcedure } from './history-model.js';
import { addDays, isoDay, type Random } from './history-random.js';
import { assessmentSummaries, decisionTexts, protectionTasks, reportTexts } from './history-texts.js';
import { DEMO_TENANT_ID } from './office.js';

// The § 8a procedures of the past cases, as `seedProtectionProcedure` writes them: reported, the
// child seen, assessed together, proposed and signed off by a second person.

type SeedProcedure = Parameters<typeof seedProtectionProcedure>[1];

const hintWeights: [THintSource, number][] = [
  ['police_court_prosecutor', 22],
  ['school', 14],
  ['social_services', 12],
  ['neighbours_acquaintances', 10],
  ['parents', 8],
  ['health_sector', 8],
  ['anonymous', 8],
  ['day_care', 6],
  ['relatives', 6],
  ['other', 4],
  ['child_self', 2],
];

/** Risk factors of the default catalogue that point to each type of endangerment. */
const riskFactors: Record<TEndangermentType | 'general', string[]> = {
  neglect: ['nutrition_deficit', 'hygiene_deficit', 'sleep_deficit', 'left_alone', 'medical_care_missing'],
  physical_abuse: [
    'unexplained_injuries',
    'physical_violence_child',
    'violent_person_access',
    'threat_intimidation',
  ],
  psychological_abuse: ['rejection_devaluation', 'emotional_unavailability', 'domestic_violence_witnessed'],
  sexual_violence: ['sexual_abuse_indications', 'risk_person_access', 'sexualised_environment'],
  general: ['overload', 'financial_hardship', 'substance_use', 'mental_health_impact', 'social_isolation'],
};
const protectiveFactors = [
  'warm_relationship',
  'help_acceptance',
  'shared_concern',
  'stable_day_care_school',
  'protective_carer',
  'family_friends_support',
];

/** Rating ranges (0–3) of risk and protective factors, by result. */
const ratingRanges: Record<TProtectionResult, { risk: [number, number]; protective: [number, number] }> = {
  acute: { risk: [2, 3], protective: [0, 1] },
  latent: { risk: [1, 2], protective: [1, 2] },
  help_needed: { risk: [0, 1], protective: [2, 3] },
  no_need: { risk: [0, 0], protective: [2, 3] },
};

/** How urgent the report looked, by what it turned out to be. */
function urgencyOf(random: Random, result: TProtectionResult): TProtectionUrgency {
  if (result === 'acute')
    return random.weighted([
      ['immediate', 6],
      ['within_24h', 4],
    ]);
  if (result === 'latent')
    return random.weighted([
      ['immediate', 1],
      ['within_24h', 5],
      ['within_days', 4],
    ]);
  return random.weighted([
    ['within_24h', 2],
    ['within_days', 8],
  ]);
}

/** The types of endangerment of an acute or latent result (neglect most often). */
function endangermentsOf(random: Random, result: TProtectionResult): TEndangermentType[] {
  if (!resultsWithEndangermentTypes.includes(result)) return [];
  const weights: [TEndangermentType, number][] = [
    ['neglect', 58],
    ['psychological_abuse', 30],
    ['physical_abuse', 27],
    ['sexual_violence', 5],
  ];
  const first = random.weighted(weights);
  if (!random.chance(0.3)) return [first];
  return [first, random.weighted(weights.filter(([t]) => t !== first))];
}

/** The survey answers (§ 99 Abs. 6), derived from the family; about one in ten lacks an item. */
function surveyOf(random: Random, c: HistoryCase, endangering: boolean): TSurveyInput {
  const [child, ...parents] = c.persons;
  const home = child?.address;
  const together = parents.filter((p) => p.address === home).length;
  const household = parents[0]?.languages ?? child?.languages ?? ['de'];
  const survey: TSurveyInput = {
    agencyType: random.weighted([
      ['youth_office', 85],
      ['provider', 12],
      ['other', 3],
    ]),
    endangeringPersons: endangering
      ? random.pick([['mother'], ['father'], ['mother', 'father'], ['parent_partner'], ['other_relative']])
      : [],
    residence: parents.length > 0 ? 'parents' : 'relatives',
    parentsAgeGroup: random.weighted([
      ['from_27', 85],
      ['from_18_to_26', 13],
      ['under_18', 1],
      ['unknown', 1],
    ]),
    parentForeignOrigin: household.some((l) => l !== 'de') ? 'yes' : 'no',
    germanSpokenAtHome: household[0] === 'de' ? 'yes' : 'no',
    livingSituation:
      together === 2
        ? 'both_parents'
        : parents.length === 0
          ? 'elsewhere'
          : random.chance(0.25)
            ? 'parent_with_partner'
            : 'single_parent',
    servicesInUse: random.chance(0.15)
      ? [random.pick(['p31_spfh', 'p28_educational_counselling'] as const)]
      : [],
    newHelpAgreed: c.kind === 'hze',
  };
  if (random.chance(0.1)) {
    const item = random.pick([
      'parentsAgeGroup',
      'livingSituation',
      'germanSpokenAtHome',
      'agencyType',
    ] as const);
    survey[item] = null;
  }
  return survey;
}

/** A closed, signed-off procedure of a past case, ready for `seedProtectionProcedure`. */
export function procedureOf(
  random: Random,
  newId: () => string,
  c: HistoryCase,
  p: HistoryProcedure,
  staff: { id: (username: string) => string; name: (username: string) => string },
  now: Date,
): SeedProcedure {
  const caseworker = c.caseworker ?? historyStaff[c.team][0] ?? 'mira.mitte';
  const second = secondPerson(c.team, caseworker);
  const [cw, other] = [staff.id(caseworker), staff.id(second)];
  const urgency = urgencyOf(random, p.result);
  const sources = random.chance(0.85)
    ? [random.weighted(hintWeights)]
    : random.sample(
        hintWeights.map(([s]) => s),
        2,
      );
  const hours =
    firstContactOffsetHours[urgency] *
    (random.chance(0.05) ? random.between(1.1, 1.6) : random.between(0.15, 0.9));
  const firstContactAt = new Date(
    Math.min(p.receivedAt.getTime() + hours * 3_600_000, p.proposedAt.getTime() - 7_200_000),
  );
  const assessedOn = isoDay(new Date((firstContactAt.getTime() + p.proposedAt.getTime()) / 2));
  const types = endangermentsOf(random, p.result);
  const range = ratingRanges[p.result];
  const risks = random.sample(
    [...types.flatMap((t) => riskFactors[t]), ...riskFactors.general],
    random.int(3, 5),
  );
  const ratings = [
    ...risks.map((factorKey) => ({ factorKey, rating: random.int(...range.risk), note: null })),
    ...random.sample(protectiveFactors, random.int(2, 3)).map((factorKey) => ({
      factorKey,
      rating: random.int(...range.protective),
      note: null,
    })),
  ];
  const endangering = types.length > 0;
  const followUp = addDays(p.proposedAt, 90);
  return {
    tenantId: DEMO_TENANT_ID,
    caseId: c.id,
    report: {
      hintSources: sources,
      content: reportTexts[sources[0] ?? 'other'] ?? reportTexts.other ?? 'Meldung',
      receivedAt: p.receivedAt.toISOString(),
      urgency,
      childPersonId: c.persons[0]?.id ?? null,
      providerReport: null,
    },
    receivedBy: cw,
    firstContactAt,
    steps: {
      family_involved: { doneOn: isoDay(firstContactAt), doneBy: cw },
      child_seen: { doneOn: isoDay(firstContactAt), doneBy: cw },
      joint_assessment: { doneOn: assessedOn, doneBy: other },
    },
    participantIds: [cw, other],
    assessments: [
      {
        catalogueId: 'lotse-default',
        catalogueVersion: '2026-12',
        assessedOn,
        ratings,
        summary: assessmentSummaries[p.result],
        createdBy: cw,
      },
    ],
    result: {
      result: p.result,
      endangermentTypes: types,
      decision: decisionTexts[p.result],
      protectionPlan: endangering
        ? random.sample(protectionTasks, random.int(1, 2)).map((t) => ({
            id: newId(),
            text: t.text,
            owner: {
              kind: t.owner,
              userId: t.owner === 'staff' ? cw : null,
              name:
                t.owner === 'staff' ? staff.name(caseworker) : t.owner === 'family' ? 'Familie' : 'Träger',
            },
            dueOn: isoDay(addDays(p.proposedAt, random.int(7, 28))),
            done: true,
          }))
        : [],
      // Only recent procedures still wait for their follow-up; older ones had it long ago.
      followUpOn: endangering && followUp > now ? isoDay(followUp) : null,
      familyCourt:
        p.result === 'acute' && random.chance(0.4)
          ? {
              notified: true,
              notifiedOn: isoDay(p.proposedAt),
              court: 'Amtsgericht Musterstadt – Familiengericht',
              reference: null,
            }
          : { notified: false, notifiedOn: null, court: null, reference: null },
      emergencyCustody: p.emergencyCustody
        ? { taken: true, takenOn: isoDay(c.openedAt), note: 'Inobhutnahme nach § 42 SGB VIII' }
        : { taken: false, takenOn: null, note: null },
    },
    proposedBy: cw,
    proposedAt: p.proposedAt,
    signedOffBy: other,
    signedOffAt: p.signedOffAt,
    survey: surveyOf(random, c, endangering),
  };
}
