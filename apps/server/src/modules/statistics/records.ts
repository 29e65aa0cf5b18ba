import { surveyItemLabels, type TStatisticsSurvey, type TSurveyItem } from '@lotse/shared';
import type { Scope } from '../../platform/scope.js';
import { type CasePlanningFact, casePlanningFacts } from '../cases/index.js';
import { codesFor, helpPlanFacts } from '../helpplan/index.js';
import { helpEpisodes } from '../planning/index.js';
import { type ChildLookup, surveyRecordsOfYear } from '../protection/index.js';
import { officeToday } from '../tenancy/index.js';
import {
  endangermentCodes,
  endReasonCodes,
  hintSourceCodes,
  monthYear,
  resultCode,
  sexCodes,
  yesNo,
} from './codes.js';

export interface Issue {
  item: string;
  label: string;
  kind: 'missing' | 'implausible';
  message: string;
}

/** One record of a survey: the case it comes from (for the validation list), its fields, its problems. */
export interface StatisticsRecord {
  caseId: string;
  caseReference: string;
  teamId: string;
  caseworkerId: string | null;
  status: string;
  fields: Record<string, string>;
  issues: Issue[];
}

const missing = (item: string, label: string): Issue => ({
  item,
  label,
  kind: 'missing',
  message: `${label} fehlt`,
});
const implausible = (item: string, label: string, message: string): Issue => ({
  item,
  label,
  kind: 'implausible',
  message,
});
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The records of one survey and year, built from the case data (unaudited; the use case audits). */
export async function surveyRecords(
  scope: Pick<Scope, 'tx' | 'sealed'>,
  survey: TStatisticsSurvey,
  year: number,
): Promise<StatisticsRecord[]> {
  const cases = await casePlanningFacts(scope.tx);
  const byId = new Map(cases.map((c) => [c.caseId, c]));
  if (survey === '8a') return protectionRecords(scope, year, byId);
  if (survey === 'hze') return helpRecords(scope, year, cases);
  return custodyRecords(year, cases);
}

function base(c: CasePlanningFact | undefined, caseId: string) {
  return {
    caseId,
    caseReference: c?.reference ?? '',
    teamId: c?.teamId ?? '',
    caseworkerId: c?.caseworkerId ?? null,
    status: c?.status ?? 'closed',
  };
}

/** § 8a: one record per completed assessment, from the procedure's survey record. */
async function protectionRecords(
  scope: Pick<Scope, 'tx' | 'sealed'>,
  year: number,
  byId: Map<string, CasePlanningFact>,
): Promise<StatisticsRecord[]> {
  const child: ChildLookup = async (caseId, personId) => {
    const c = byId.get(caseId)?.children.find((p) => p.personId === personId);
    return c ? { gender: c.gender as 'female', birthDate: c.birthDate } : null;
  };
  const records = await surveyRecordsOfYear(scope, year, child);
  return records.map((r) => {
    const i = r.items;
    return {
      ...base(byId.get(r.caseId), r.caseId),
      fields: {
        hint_sources: hintSourceCodes(i.hintSources),
        agency_type: i.agencyType ?? '',
        endangering_persons: (i.endangeringPersons ?? []).join('|'),
        repeat_report: yesNo(i.repeatReportThisYear),
        sex: i.childSex ? sexCodes[i.childSex] : '',
        birth_month: i.childBirthMonth ? monthYear(`${i.childBirthMonth}-01`) : '',
        residence: i.residence ?? '',
        parents_age_group: i.parentsAgeGroup ?? '',
        parent_foreign_origin: i.parentForeignOrigin ?? '',
        german_at_home: i.germanSpokenAtHome ?? '',
        living_situation: i.livingSituation ?? '',
        services_in_use: (i.servicesInUse ?? []).join('|'),
        emergency_custody: yesNo(i.emergencyCustody),
        result: i.result ? resultCode(i.result) : '',
        endangerment_types: endangermentCodes(i.endangermentTypes ?? []),
        new_help_agreed: yesNo(i.newHelpAgreed),
        family_court_called: yesNo(i.familyCourtCalled),
      },
      issues: r.missing.map((m) => missing(m.item, surveyItemLabels[m.item as TSurveyItem] ?? m.label)),
    };
  });
}

/** HzE: one record per help that ended in the year or was running on 31 December. */
async function helpRecords(
  scope: Pick<Scope, 'tx' | 'sealed'>,
  year: number,
  cases: CasePlanningFact[],
): Promise<StatisticsRecord[]> {
  const plans = await helpPlanFacts(scope.tx, scope.sealed);
  const codeOf = new Map(plans.map((p) => [`${p.caseId}|${p.startsOn}|${p.helpType}`, p.statisticsCode]));
  const yearEnd = `${year}-12-31`;
  const today = officeToday();
  const asOf = yearEnd < today ? yearEnd : today;
  return helpEpisodes(cases, plans, asOf)
    .filter((h) => h.start <= yearEnd && (h.end === null || h.end.startsWith(String(year))))
    .filter((h) => h.end !== null || h.start <= yearEnd)
    .map((h) => {
      const c = h.case;
      const code = codeOf.get(`${c?.caseId}|${h.start}|${h.helpType}`) ?? null;
      const allowed = codesFor(h.helpType as never).map((x) => x.code);
      const issues: Issue[] = [];
      if (!code) issues.push(missing('helpCode', 'Art der Hilfe (Schlüssel)'));
      else if (!allowed.includes(code))
        issues.push(
          implausible('helpCode', 'Art der Hilfe (Schlüssel)', `Schlüssel ${code} passt nicht zur Hilfeart`),
        );
      if (h.end && !h.endReason) issues.push(missing('endReason', 'Grund der Beendigung'));
      if (!h.child) issues.push(missing('child', 'Junger Mensch (Kind im Fall)'));
      else {
        if (!h.child.birthDate) issues.push(missing('birthMonth', 'Geburtsmonat und -jahr'));
        if (h.child.gender === 'unspecified') issues.push(missing('sex', 'Geschlecht'));
        if (h.child.birthDate && h.child.birthDate > h.start)
          issues.push(implausible('birthMonth', 'Geburtsmonat und -jahr', 'Geburt nach Beginn der Hilfe'));
        if (h.child.birthDate && Number(h.start.slice(0, 4)) - Number(h.child.birthDate.slice(0, 4)) > 27)
          issues.push(
            implausible('birthMonth', 'Geburtsmonat und -jahr', 'Älter als 27 Jahre bei Beginn der Hilfe'),
          );
      }
      if (h.end && h.end < h.start) issues.push(implausible('end', 'Ende der Hilfe', 'Ende vor dem Beginn'));
      return {
        ...base(c, c?.caseId ?? ''),
        fields: {
          help_code: code ?? '',
          start: monthYear(h.start),
          end: monthYear(h.end),
          running_at_year_end: h.end === null ? '1' : '2',
          end_reason: h.endReason ? endReasonCodes[h.endReason] : '',
          sex: h.child ? (sexCodes[h.child.gender as keyof typeof sexCodes] ?? '') : '',
          birth_month: monthYear(h.child?.birthDate ?? null),
        },
        issues,
      };
    });
}

/** §§ 42, 42a: one record per measure that ended in the year (reported when it ends). */
function custodyRecords(year: number, cases: CasePlanningFact[]): StatisticsRecord[] {
  return cases
    .filter(
      (c) => (c.helpType === 'p42_emergency_custody' || c.helpType === 'p42a_uma_custody') && c.closedAt,
    )
    .filter((c) => c.closedAt?.getUTCFullYear() === year)
    .map((c) => {
      const child = c.children[0];
      const start = isoDay(c.openedAt);
      const end = c.closedAt ? isoDay(c.closedAt) : null;
      const issues: Issue[] = [];
      if (!child) issues.push(missing('child', 'Kind oder Jugendliche*r im Fall'));
      if (child && !child.birthDate) issues.push(missing('birthMonth', 'Geburtsmonat und -jahr'));
      if (child && child.gender === 'unspecified') issues.push(missing('sex', 'Geschlecht'));
      if (end && end < start) issues.push(implausible('end', 'Ende der Maßnahme', 'Ende vor dem Beginn'));
      const days = end ? Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) : '';
      return {
        ...base(c, c.caseId),
        fields: {
          measure: c.helpType === 'p42a_uma_custody' ? '2' : '1',
          start: start,
          end: end ?? '',
          duration_days: String(days),
          sex: child ? (sexCodes[child.gender as keyof typeof sexCodes] ?? '') : '',
          birth_month: monthYear(child?.birthDate ?? null),
        },
        issues,
      };
    });
}
