import type { TPlanningDimension, TPlanningIndicator, TPlanningIndicatorId } from '@lotse/shared';
import { EDUCATIONAL_HELP_TYPES, type Measure, OUT_OF_HOME_HELP_TYPES } from './measures.js';

/**
 * How an indicator is computed from the measures:
 * - `rate`: count = stock at the end of the period + flow within it, per 10 000 of the population
 *   under `populationUnder` (the HzE take-up definition: running at 31.12 + ended in the year);
 * - `share`: part ÷ base × `scale` (both counted in the period);
 * - `mean`: total ÷ n of one measure (`scale` × the mean);
 * - `snapshot`: today's count; `caseload`: today's open cases per caseworker with open cases.
 */
export type Computation =
  | { kind: 'rate'; stock?: Measure; flow: Measure; helpTypes?: readonly string[]; populationUnder: 18 | 21 }
  | { kind: 'share'; base: Measure; part: Measure; scale: 100 }
  | { kind: 'mean'; measure: Measure; scale: number; digits: number }
  | { kind: 'snapshot'; measure: Measure }
  | { kind: 'caseload' };

export interface IndicatorDefinition extends TPlanningIndicator {
  computation: Computation;
}

const caseDims: TPlanningDimension[] = [
  'socialArea',
  'helpType',
  'ageGroup',
  'sex',
  'month',
  'quarter',
  'year',
];
const noHelpType = caseDims.filter((d) => d !== 'helpType');
const workloadDims: TPlanningDimension[] = ['team', 'socialArea', 'helpType'];
const reference = (value: number, year: number, source: string) => ({ value, year, source });
const DESTATIS = 'Statistisches Bundesamt, Kinder- und Jugendhilfestatistik';

/** The indicators of the statistics reference (§ 4) and the issue, in the order the dashboard lists them. */
export const indicatorDefinitions: IndicatorDefinition[] = [
  {
    id: 'hze_take_up',
    label: 'Inanspruchnahme erzieherischer Hilfen',
    group: 'help',
    unit: 'per10000',
    countLabel: 'Hilfen',
    definition:
      'Hilfen nach §§ 27–35, 35a und 41 SGB VIII, die am Ende des Zeitraums liefen oder in ihm endeten, je 10 000 junge Menschen unter 21 Jahren.',
    dimensions: caseDims,
    snapshot: false,
    reference: reference(616, 2023, DESTATIS),
    computation: {
      kind: 'rate',
      stock: 'help_running',
      flow: 'help_ended',
      helpTypes: EDUCATIONAL_HELP_TYPES,
      populationUnder: 21,
    },
  },
  {
    id: 'out_of_home',
    label: 'Fremdunterbringung',
    group: 'help',
    unit: 'per10000',
    countLabel: 'Hilfen',
    definition:
      'Vollzeitpflege (§ 33) und Heimerziehung (§ 34), die am Ende des Zeitraums liefen oder in ihm endeten, je 10 000 junge Menschen unter 21 Jahren.',
    dimensions: caseDims,
    snapshot: false,
    reference: null,
    computation: {
      kind: 'rate',
      stock: 'help_running',
      flow: 'help_ended',
      helpTypes: OUT_OF_HOME_HELP_TYPES,
      populationUnder: 21,
    },
  },
  {
    id: 'p8a_procedures',
    label: 'Gefährdungseinschätzungen (§ 8a)',
    group: 'protection',
    unit: 'per10000',
    countLabel: 'Verfahren',
    definition: 'Im Zeitraum abgeschlossene Gefährdungseinschätzungen nach § 8a, je 10 000 Minderjährige.',
    dimensions: noHelpType,
    snapshot: false,
    reference: null,
    computation: { kind: 'rate', flow: 'p8a_assessed', populationUnder: 18 },
  },
  {
    id: 'endangerment',
    label: 'Festgestellte Kindeswohlgefährdungen',
    group: 'protection',
    unit: 'per100',
    countLabel: 'Verfahren',
    definition:
      'Akute oder latente Kindeswohlgefährdung je 100 abgeschlossene Gefährdungseinschätzungen (Zählung: Verfahren).',
    dimensions: noHelpType,
    snapshot: false,
    reference: reference(30.4, 2024, `${DESTATIS} (72 800 von 239 400 Verfahren)`),
    computation: { kind: 'share', base: 'p8a_assessed', part: 'p8a_endangerment', scale: 100 },
  },
  {
    id: 'emergency_custody',
    label: 'Inobhutnahmen (§§ 42, 42a)',
    group: 'protection',
    unit: 'per10000',
    countLabel: 'Maßnahmen',
    definition: 'Im Zeitraum begonnene Inobhutnahmen und vorläufige Inobhutnahmen, je 10 000 Minderjährige.',
    dimensions: caseDims,
    snapshot: false,
    reference: null,
    computation: { kind: 'rate', flow: 'custody_started', populationUnder: 18 },
  },
  {
    id: 'help_duration',
    label: 'Dauer beendeter Hilfen',
    group: 'help',
    unit: 'months',
    countLabel: 'beendete Hilfen',
    definition: 'Mittlere Dauer der im Zeitraum beendeten erzieherischen Hilfen in Monaten.',
    dimensions: caseDims,
    snapshot: false,
    reference: reference(9.6, 2023, DESTATIS),
    computation: { kind: 'mean', measure: 'help_ended', scale: 1, digits: 1 },
  },
  {
    id: 'ended_as_planned',
    label: 'Beendigung gemäß Hilfeplan',
    group: 'outcome',
    unit: 'percent',
    countLabel: 'beendete Hilfen mit Grund',
    definition: 'Anteil der im Zeitraum beendeten Hilfen, die wie im Hilfeplan vorgesehen endeten.',
    dimensions: caseDims,
    snapshot: false,
    reference: reference(70.9, 2023, DESTATIS),
    computation: { kind: 'share', base: 'ended_reason_known', part: 'ended_as_planned', scale: 100 },
  },
  {
    id: 'ended_early',
    label: 'Abbrüche',
    group: 'outcome',
    unit: 'percent',
    countLabel: 'beendete Hilfen mit Grund',
    definition:
      'Anteil der im Zeitraum beendeten Hilfen, die vorzeitig endeten (durch Sorgeberechtigte, Einrichtung oder die jungen Menschen selbst).',
    dimensions: caseDims,
    snapshot: false,
    reference: null,
    computation: { kind: 'share', base: 'ended_reason_known', part: 'ended_early', scale: 100 },
  },
  {
    id: 'age_at_start',
    label: 'Alter bei Hilfebeginn',
    group: 'help',
    unit: 'years',
    countLabel: 'begonnene Hilfen',
    definition: 'Mittleres Alter der jungen Menschen zu Beginn der im Zeitraum begonnenen Hilfen.',
    dimensions: caseDims.filter((d) => d !== 'ageGroup'),
    snapshot: false,
    reference: reference(10.2, 2023, DESTATIS),
    computation: { kind: 'mean', measure: 'age_at_start', scale: 1, digits: 1 },
  },
  {
    id: 'goals_reached',
    label: 'Erreichte Hilfeplanziele',
    group: 'outcome',
    unit: 'percent',
    countLabel: 'beendete Hilfen mit bewerteten Zielen',
    definition:
      'Mittlerer Anteil der Hilfeplanziele, die am Ende der Hilfe mit 8 von 10 oder besser bewertet waren.',
    dimensions: caseDims,
    snapshot: false,
    reference: null,
    computation: { kind: 'mean', measure: 'goals_at_end', scale: 100, digits: 0 },
  },
  {
    id: 'feedback',
    label: 'Rückmeldungen der Familien',
    group: 'outcome',
    unit: 'score',
    countLabel: 'Antworten',
    definition:
      'Mittlere Bewertung der Familien (1 = sehr schlecht bis 5 = sehr gut; Befinden, Nutzen der Hilfe, Gehörtwerden).',
    dimensions: ['socialArea', 'helpType', 'month', 'quarter', 'year'],
    snapshot: false,
    reference: null,
    computation: { kind: 'mean', measure: 'feedback', scale: 1, digits: 2 },
  },
  {
    id: 'first_contact_days',
    label: 'Zeit bis zum Erstkontakt',
    group: 'workload',
    unit: 'days',
    countLabel: 'Anfragen',
    definition:
      'Mittlere Zeit von der Anfrage einer Familie bis zur ersten Antwort des Jugendamts, in Tagen.',
    dimensions: ['socialArea', 'team', 'month', 'quarter', 'year'],
    snapshot: false,
    reference: null,
    computation: { kind: 'mean', measure: 'first_contact', scale: 1, digits: 1 },
  },
  {
    id: 'placement_wait_days',
    label: 'Wartezeit auf einen Platz',
    group: 'workload',
    unit: 'days',
    countLabel: 'Belegungen',
    definition: 'Mittlere Zeit von der Platzanfrage bis zum Beginn der Belegung, in Tagen.',
    dimensions: caseDims,
    snapshot: false,
    reference: null,
    computation: { kind: 'mean', measure: 'placement_wait', scale: 1, digits: 1 },
  },
  {
    id: 'open_cases',
    label: 'Offene Fälle',
    group: 'workload',
    unit: 'count',
    countLabel: 'Fälle',
    definition: 'Heute offene Fälle.',
    dimensions: workloadDims,
    snapshot: true,
    reference: null,
    computation: { kind: 'snapshot', measure: 'open_cases' },
  },
  {
    id: 'caseload',
    label: 'Fälle je Fachkraft',
    group: 'workload',
    unit: 'count',
    countLabel: 'offene Fälle',
    definition: 'Heute offene Fälle je Fachkraft mit offenen Fällen, nach Team.',
    dimensions: ['team'],
    snapshot: true,
    reference: null,
    computation: { kind: 'caseload' },
  },
  {
    id: 'overdue_reviews',
    label: 'Überfällige Hilfeplanüberprüfungen',
    group: 'workload',
    unit: 'count',
    countLabel: 'Hilfen',
    definition: 'Laufende Hilfen, deren Überprüfungstermin heute überschritten ist.',
    dimensions: workloadDims,
    snapshot: true,
    reference: null,
    computation: { kind: 'snapshot', measure: 'overdue_review' },
  },
  {
    id: 'overdue_8a',
    label: 'Überfällige Fristen im Kinderschutz',
    group: 'workload',
    unit: 'count',
    countLabel: 'Verfahren',
    definition: 'Offene § 8a-Verfahren mit überschrittener Frist (Erstkontakt oder Aufgabe).',
    dimensions: ['team', 'socialArea'],
    snapshot: true,
    reference: null,
    computation: { kind: 'snapshot', measure: 'overdue_8a' },
  },
];

const byId = new Map(indicatorDefinitions.map((d) => [d.id, d]));

/** The definition of an indicator (the id is validated by the contract). */
export function indicatorDefinition(id: TPlanningIndicatorId): IndicatorDefinition {
  const definition = byId.get(id);
  if (!definition) throw new Error(`unknown indicator ${id}`);
  return definition;
}
