import type { TStatisticsSurvey, TStatisticsValidation } from '@lotse/shared';
import { stringify } from 'csv-stringify/sync';
import { badRequest } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import { canOnCase } from '../cases/index.js';
import { type StatisticsRecord, surveyRecords } from './records.js';

/** Items of the official forms that Lotse does not record yet: to be added in the reporting software. */
const notRecorded: Record<TStatisticsSurvey, string[]> = {
  '8a': [],
  hze: [
    'Ort der Hilfe',
    'Träger (Art)',
    'Aufenthalt vor und nach der Hilfe',
    'Herkunftsfamilie',
    'Ausländische Herkunft, Deutsch in der Familie, Transferleistungen',
    'Anregung der Hilfe',
    'Gründe für die Hilfe',
    'Gerichtliche Entscheidungen zu Beginn',
  ],
  '42': [
    'Träger (öffentlich/frei)',
    'Form der Unterbringung',
    'Anregung der Maßnahme',
    'Vorangegangene Gefährdungseinschätzung',
    'Anlässe der Maßnahme',
    'Anschließende Hilfe',
    'Staatsangehörigkeit',
    'Aufenthalt vor der Maßnahme',
  ],
};

function checkYear(year: number) {
  const now = new Date().getUTCFullYear();
  if (!Number.isInteger(year) || year < 2000 || year > now)
    throw badRequest(`Berichtsjahr zwischen 2000 und ${now} angeben.`, { year: 'Ungültiges Jahr' });
}

/** The validation report: every record with missing or implausible items, before the export. */
export async function validateSurvey(
  scope: ActorScope,
  survey: TStatisticsSurvey,
  year: number,
): Promise<TStatisticsValidation> {
  requireOfficeAction(scope.actor, 'plan');
  checkYear(year);
  const records = await surveyRecords(scope, survey, year);
  await scope.audit({
    action: 'statistics.validate',
    resourceType: 'statistics',
    resourceId: null,
    details: { survey, year, records: records.length },
  });
  const mayOpen = (r: StatisticsRecord) =>
    canOnCase(scope.actor, 'read', {
      tenantId: scope.tenantId,
      teamId: r.teamId,
      caseworkerId: r.caseworkerId,
      deputyIds: [],
      status: r.status as 'closed',
    });
  const problems = records
    .map((r, index) => ({ r, recordNo: index + 1 }))
    .filter(({ r }) => r.issues.length > 0)
    .map(({ r, recordNo }) => ({
      recordNo,
      caseReference: r.caseReference,
      caseId: mayOpen(r) ? r.caseId : null,
      issues: r.issues,
    }));
  return {
    survey,
    year,
    records: records.length,
    complete: records.length - problems.length,
    problems,
    layoutConfirmed: false,
    notes: [
      'Die amtliche Satzbeschreibung ist nicht bestätigt: Der Export ist eine CSV-Datei mit Schlüsselnummern (siehe Dokumentation).',
      ...(notRecorded[survey].length > 0
        ? [
            `Diese Merkmale erfasst Lotse noch nicht; sie sind vor der Meldung zu ergänzen: ${notRecorded[survey].join(', ')}.`,
          ]
        : []),
    ],
  };
}

/** The records as CSV with the code numbers (no names, no ids); the export is audited. */
export async function exportSurvey(
  scope: ActorScope,
  survey: TStatisticsSurvey,
  year: number,
): Promise<{ filename: string; data: Buffer }> {
  requireOfficeAction(scope.actor, 'plan');
  checkYear(year);
  const records = await surveyRecords(scope, survey, year);
  await scope.audit({
    action: 'statistics.export',
    resourceType: 'statistics',
    resourceId: null,
    details: {
      survey,
      year,
      records: records.length,
      incomplete: records.filter((r) => r.issues.length > 0).length,
    },
  });
  const columns = ['record_no', ...Object.keys(records[0]?.fields ?? {}), 'complete'];
  const rows = records.map((r, i) => [
    String(i + 1),
    ...Object.values(r.fields),
    r.issues.length === 0 ? '1' : '0',
  ]);
  const text = stringify([columns, ...rows], { delimiter: ';', bom: true });
  return { filename: `kjh-statistik-${survey}-${year}.csv`, data: Buffer.from(text, 'utf8') };
}
