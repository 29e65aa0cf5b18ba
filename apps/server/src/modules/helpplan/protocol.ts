import { germanDate, helpEndReasonLabels, helpTypeLabels, type THelpPlanVersion } from '@lotse/shared';
import { HttpError } from '../../platform/errors.js';
import { renderAccessiblePdf } from '../../platform/pdf/render.js';
import type { PdfBlock, PdfDocument } from '../../platform/pdf/types.js';
import type { ActorScope } from '../../platform/scope.js';
import { caseDetail } from '../cases/index.js';
import { getHelpPlan } from './plans.js';

const ROLE_LABELS: Record<string, string> = {
  child: 'Kind',
  young_person: 'Jugendliche/r',
  parent: 'Elternteil',
  caseworker: 'Fachkraft des Jugendamts',
  provider: 'Träger',
  other: 'Weitere Person',
};
const OWNER_LABELS = { family: 'Familie', provider: 'Träger', staff: 'Jugendamt' } as const;
const STATUS_LABELS = { open: 'offen', in_progress: 'in Arbeit', done: 'erledigt' } as const;

/** The meeting protocol of one version, as document structure: everything from the structured plan. */
export function protocolDocument(reference: string, version: THelpPlanVersion): PdfDocument {
  const { content } = version;
  const draft = version.status === 'draft';
  const title = `Hilfeplan ${reference}, Fassung ${version.version}${draft ? ' (Entwurf)' : ''}`;
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'keyValue',
      items: [
        {
          label: 'Hilfeart',
          value: content.help.statisticsCode
            ? `${helpTypeLabels[content.help.type]} (Statistik-Schlüssel ${content.help.statisticsCode})`
            : helpTypeLabels[content.help.type],
        },
        { label: 'Leistungserbringer', value: content.help.provider ?? '–' },
        {
          label: 'Umfang',
          value: content.help.hoursPerWeek === null ? '–' : `${content.help.hoursPerWeek} Stunden pro Woche`,
        },
        { label: 'Beginn', value: germanDate(content.help.startsOn) },
        { label: 'Ende', value: germanDate(content.help.endsOn) },
        ...(content.help.endReason
          ? [{ label: 'Grund der Beendigung', value: helpEndReasonLabels[content.help.endReason] }]
          : []),
        { label: 'Dolmetschung', value: content.interpreter ?? 'keine' },
        { label: 'Nächste Überprüfung', value: germanDate(content.reviewOn) },
        {
          label: 'Stand',
          value: draft
            ? 'Entwurf – noch nicht festgeschrieben'
            : `festgeschrieben am ${germanDate(version.finalizedAt)} von ${version.finalizedBy?.displayName ?? '–'}`,
        },
      ],
    },
    { kind: 'heading', level: 2, text: 'Beteiligte und ihre Sicht' },
    {
      kind: 'table',
      header: ['Person', 'Rolle', 'Sicht in eigenen Worten'],
      rows: content.participants.map((p) => [p.name, ROLE_LABELS[p.role] ?? p.role, p.view || '–']),
    },
    ...(content.notInvolved.length > 0
      ? ([
          { kind: 'heading', level: 3, text: 'Nicht beteiligt' },
          {
            kind: 'table',
            header: ['Person', 'Rolle', 'Grund'],
            rows: content.notInvolved.map((p) => [p.name, ROLE_LABELS[p.role] ?? p.role, p.reason]),
          },
        ] satisfies PdfBlock[])
      : []),
    { kind: 'heading', level: 2, text: 'Bedarf' },
    content.needs.length > 0
      ? { kind: 'list', items: content.needs }
      : { kind: 'paragraph', text: 'Kein Bedarf eingetragen.' },
    { kind: 'heading', level: 2, text: 'Ziele' },
  ];
  for (const goal of content.goals) {
    blocks.push({ kind: 'heading', level: 3, text: goal.title });
    blocks.push({
      kind: 'keyValue',
      items: [
        { label: 'Woran wir es merken', value: goal.indicators.join('; ') || '–' },
        { label: 'In einfachen Worten', value: goal.familySummary || '–' },
        {
          label: 'Fortschritt (0–10)',
          value: goal.progress === null ? 'noch nicht bewertet' : String(goal.progress),
        },
      ],
    });
  }
  if (content.goals.length === 0) blocks.push({ kind: 'paragraph', text: 'Keine Ziele eingetragen.' });
  blocks.push({ kind: 'heading', level: 2, text: 'Vereinbarungen' });
  blocks.push(
    content.agreements.length > 0
      ? {
          kind: 'table',
          header: ['Vereinbarung', 'Wer', 'Bis', 'Stand'],
          rows: content.agreements.map((a) => [
            a.text,
            `${a.owner.name} (${OWNER_LABELS[a.owner.kind]})`,
            germanDate(a.dueOn),
            STATUS_LABELS[a.status],
          ]),
        }
      : { kind: 'paragraph', text: 'Keine Vereinbarungen eingetragen.' },
  );
  return { title, lang: 'de', blocks };
}

/** The protocol PDF of a plan's version (the newest unless one is asked for); audited as a read. */
export async function helpPlanProtocol(
  scope: ActorScope,
  planId: string,
  versionNumber?: number,
): Promise<{ filename: string; pdf: Buffer }> {
  const plan = await getHelpPlan(scope, planId);
  const version =
    versionNumber === undefined ? plan.versions[0] : plan.versions.find((v) => v.version === versionNumber);
  if (!version) throw new HttpError(404, 'not_found', 'Diese Fassung des Hilfeplans gibt es nicht.');
  const ref = (await caseDetail(scope, plan.caseId)).reference;
  return {
    filename: `Hilfeplan-${ref}-Fassung-${version.version}${version.status === 'draft' ? '-Entwurf' : ''}.pdf`,
    pdf: await renderAccessiblePdf(protocolDocument(ref, version)),
  };
}
