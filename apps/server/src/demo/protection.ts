import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/connection.js';
import { seedProtectionProcedure } from '../modules/protection/index.js';
import type { SealedText } from '../platform/sealed-text.js';
import type { DemoRows } from './build.js';
import { DEMO_TENANT_ID } from './office.js';

const DAY_MS = 86_400_000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
/** The demo family with a completed § 8a procedure (ASD Nord, Anna Albers' case). */
export const PROTECTION_DEMO_CASE_TITLE = 'Familie Yılmaz – SPFH';

/**
 * Elif Yılmaz' completed § 8a procedure, two and a half months ago: the school reported, Anna Albers
 * and Jonas Nowak assessed together (twice), the result "latent" with a protection plan and a
 * follow-up, proposed by Anna and signed off by the team lead Clara Conrad.
 */
export async function seedDemoProtection(
  scope: { tx: Tx; sealed: SealedText },
  rows: Pick<DemoRows, 'cases' | 'persons' | 'casePersons' | 'users'>,
  now: Date,
): Promise<string | null> {
  const theCase = rows.cases.find((c) => c.legacy_title === PROTECTION_DEMO_CASE_TITLE);
  const userId = (username: string) => rows.users.find((u) => u.username === username)?.id;
  const anna = userId('anna.asd');
  const jonas = userId('jonas.nord');
  const clara = userId('clara.leitung');
  if (!theCase || !anna || !jonas || !clara) return null;
  const childIds = new Set(
    rows.casePersons
      .filter((cp) => cp.case_id === theCase.id && cp.role === 'child')
      .map((cp) => cp.person_id),
  );
  const elif = rows.persons.find((p) => childIds.has(p.id) && p.legacy_first_name === 'Elif');
  const at = (daysAgo: number, hour = 10) => {
    const d = new Date(now.getTime() - daysAgo * DAY_MS);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };
  const day = (daysAgo: number) => isoDate(at(daysAgo));
  const assessment = (
    daysAgo: number,
    ratings: [string, number, string?][],
    summary: string,
    by: string,
  ) => ({
    catalogueId: 'lotse-default',
    catalogueVersion: '2026-12',
    assessedOn: day(daysAgo),
    ratings: ratings.map(([factorKey, rating, note]) => ({ factorKey, rating, note: note ?? null })),
    summary,
    createdBy: by,
  });
  return seedProtectionProcedure(scope, {
    tenantId: DEMO_TENANT_ID,
    caseId: theCase.id,
    report: {
      hintSources: ['school'],
      content:
        'Die Klassenlehrerin meldet: Elif (12) kommt seit drei Wochen oft ohne Frühstück und in ungewaschener Kleidung, schläft im Unterricht ein und sagt, sie müsse abends auf ihre Brüder aufpassen, weil die Mutter lange arbeite.',
      receivedAt: at(75, 8).toISOString(),
      urgency: 'within_days',
      childPersonId: elif?.id ?? null,
      providerReport: null,
    },
    receivedBy: anna,
    firstContactAt: at(74, 14),
    steps: {
      joint_assessment: { doneOn: day(73), doneBy: jonas },
      family_involved: { doneOn: day(74), doneBy: anna },
      child_seen: { doneOn: day(74), doneBy: anna },
    },
    participantIds: [anna, jonas],
    assessments: [
      assessment(
        73,
        [
          [
            'nutrition_deficit',
            2,
            'Laut Schule oft ohne Frühstück; beim Hausbesuch wenig Lebensmittel im Haus.',
          ],
          ['hygiene_deficit', 1],
          ['sleep_deficit', 2, 'Elif betreut abends ihre Brüder und geht spät schlafen.'],
          ['role_reversal', 2, 'Elif übernimmt Aufgaben der Mutter.'],
          ['overload', 3, 'Mutter arbeitet im Schichtdienst, Vater oft auf Montage.'],
          ['warm_relationship', 2],
          ['shared_concern', 2, 'Die Mutter sieht das Problem und ist erschrocken.'],
          ['help_acceptance', 2],
          ['stable_day_care_school', 3, 'Schule aufmerksam und gesprächsbereit.'],
        ],
        'Keine akute Gefahr; gewichtige Anhaltspunkte für Vernachlässigung durch Überlastung. Mutter kooperativ.',
        anna,
      ),
      assessment(
        61,
        [
          ['nutrition_deficit', 1],
          ['hygiene_deficit', 0],
          ['sleep_deficit', 1],
          ['role_reversal', 1],
          ['overload', 2],
          ['warm_relationship', 3],
          ['shared_concern', 3],
          [
            'help_acceptance',
            3,
            'Die Familienhilfe kommt jetzt auch an einem Abend; Absprachen eingehalten.',
          ],
          ['stable_day_care_school', 3],
        ],
        'Deutliche Entlastung seit der Absprache zur Betreuung der Brüder; Gefährdung bleibt latent.',
        jonas,
      ),
    ],
    result: {
      result: 'latent',
      endangermentTypes: ['neglect'],
      decision:
        'Latente Kindeswohlgefährdung (Vernachlässigung durch Überlastung). Die Eltern tragen den Schutzplan mit; eine Anrufung des Familiengerichts ist nicht erforderlich. Wiedervorlage nach drei Monaten.',
      protectionPlan: [
        {
          id: randomUUID(),
          text: 'Betreuung der Brüder an Schichtabenden durch die Tante organisieren',
          owner: { kind: 'family', userId: null, name: 'Ayşe Yılmaz' },
          dueOn: day(58),
          done: true,
        },
        {
          id: randomUUID(),
          text: 'Rückmeldung der Schule zu Frühstück und Müdigkeit einholen',
          owner: { kind: 'staff', userId: anna, name: 'Anna Albers' },
          dueOn: day(-6),
          done: false,
        },
        {
          id: randomUUID(),
          text: 'Hausbesuch mit der Familienhilfe zur Wochenplanung',
          owner: { kind: 'provider', userId: null, name: 'Familienzentrum Regenbogen e. V.' },
          dueOn: day(-12),
          done: false,
        },
      ],
      followUpOn: day(-20),
      familyCourt: { notified: false, notifiedOn: null, court: null, reference: null },
      emergencyCustody: { taken: false, takenOn: null, note: null },
    },
    proposedBy: anna,
    proposedAt: at(60, 11),
    signedOffBy: clara,
    signedOffAt: at(59, 9),
    survey: {
      agencyType: 'youth_office',
      endangeringPersons: ['mother', 'father'],
      residence: 'parents',
      parentsAgeGroup: 'from_27',
      parentForeignOrigin: 'yes',
      germanSpokenAtHome: 'no',
      livingSituation: 'both_parents',
      servicesInUse: ['p31_spfh'],
      newHelpAgreed: false,
    },
  });
}

/** The demo case with a § 8a procedure whose result waits for the second sign-off (ASD Nord, Anna Albers). */
export const PENDING_PROTECTION_DEMO_CASE_TITLE = 'Zofia Kowalska – Meldung Kita (§ 8a)';

/**
 * Zofia Kowalska's procedure, still open: the day care reported bruises nine days ago; Anna Albers
 * and Jonas Nowak saw Zofia and assessed together; Anna proposed "latent" with a protection plan.
 * The second sign-off (by someone other than Anna, e.g. the team lead) is still missing, so the
 * process map, the team overview and the procedure page show it as waiting.
 */
export async function seedDemoPendingProtection(
  scope: { tx: Tx; sealed: SealedText },
  rows: Pick<DemoRows, 'cases' | 'persons' | 'casePersons' | 'users'>,
  now: Date,
): Promise<string | null> {
  const theCase = rows.cases.find((c) => c.legacy_title === PENDING_PROTECTION_DEMO_CASE_TITLE);
  const userId = (username: string) => rows.users.find((u) => u.username === username)?.id;
  const anna = userId('anna.asd');
  const jonas = userId('jonas.nord');
  if (!theCase || !anna || !jonas) return null;
  const childIds = new Set(
    rows.casePersons
      .filter((cp) => cp.case_id === theCase.id && cp.role === 'child')
      .map((cp) => cp.person_id),
  );
  const zofia = rows.persons.find((p) => childIds.has(p.id) && p.legacy_first_name === 'Zofia');
  const at = (daysAgo: number, hour = 10) => {
    const d = new Date(now.getTime() - daysAgo * DAY_MS);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };
  const day = (daysAgo: number) => isoDate(at(daysAgo));
  return seedProtectionProcedure(scope, {
    tenantId: DEMO_TENANT_ID,
    caseId: theCase.id,
    report: {
      hintSources: ['day_care'],
      content:
        'Die Leiterin der Kita Pusteblume meldet: Zofia (4) hatte in den letzten zwei Wochen zweimal Hämatome an beiden Oberarmen. Bei der Abholung durch den Partner der Mutter wirkte sie verängstigt und wollte nicht mitgehen.',
      receivedAt: at(9, 8).toISOString(),
      urgency: 'within_24h',
      childPersonId: zofia?.id ?? null,
      providerReport: null,
    },
    receivedBy: anna,
    firstContactAt: at(9, 15),
    steps: {
      joint_assessment: { doneOn: day(7), doneBy: jonas },
      family_involved: { doneOn: day(8), doneBy: anna },
      child_seen: { doneOn: day(8), doneBy: anna },
    },
    participantIds: [anna, jonas],
    assessments: [
      {
        catalogueId: 'lotse-default',
        catalogueVersion: '2026-12',
        assessedOn: day(7),
        ratings: [
          {
            factorKey: 'unexplained_injuries',
            rating: 2,
            note: 'Zwei Hämatome, Erklärung der Mutter nicht ganz schlüssig.',
          },
          {
            factorKey: 'violent_person_access',
            rating: 2,
            note: 'Der Partner holt Zofia mehrmals in der Woche ab.',
          },
          { factorKey: 'child_expresses_fear', rating: 2, note: 'Zofia sagt, Dennis werde „schnell böse“.' },
          { factorKey: 'overload', rating: 1, note: null },
          { factorKey: 'protective_carer', rating: 2, note: 'Die Mutter nimmt die Sorge ernst.' },
          { factorKey: 'stable_day_care_school', rating: 3, note: 'Kita aufmerksam, täglicher Besuch.' },
          { factorKey: 'help_acceptance', rating: 2, note: null },
        ],
        summary:
          'Gewichtige Anhaltspunkte für körperliche Gewalt durch den Partner der Mutter; keine akute Gefahr, solange die Mutter die Abholung übernimmt.',
      },
    ].map((a) => ({ ...a, createdBy: anna })),
    result: {
      result: 'latent',
      endangermentTypes: ['physical_abuse'],
      decision:
        'Latente Kindeswohlgefährdung (körperliche Gewalt nicht ausgeschlossen). Die Mutter holt Zofia selbst ab; Beratung für den Partner; Kita meldet sich bei neuen Verletzungen sofort.',
      protectionPlan: [
        {
          id: randomUUID(),
          text: 'Zofia wird nur von der Mutter oder der Großmutter abgeholt',
          owner: { kind: 'family', userId: null, name: 'Agnieszka Kowalska' },
          dueOn: day(6),
          done: true,
        },
        {
          id: randomUUID(),
          text: 'Wöchentliche Rückmeldung der Kita zu Zofias Befinden',
          owner: { kind: 'staff', userId: anna, name: 'Anna Albers' },
          dueOn: day(-5),
          done: false,
        },
      ],
      followUpOn: day(-21),
      familyCourt: { notified: false, notifiedOn: null, court: null, reference: null },
      emergencyCustody: { taken: false, takenOn: null, note: null },
    },
    proposedBy: anna,
    proposedAt: at(2, 14),
    survey: {
      agencyType: 'youth_office',
      endangeringPersons: ['parent_partner'],
      residence: 'parents',
      parentsAgeGroup: 'from_27',
      parentForeignOrigin: 'yes',
      germanSpokenAtHome: 'yes',
      livingSituation: 'parent_with_partner',
      servicesInUse: [],
      newHelpAgreed: false,
    },
  });
}
