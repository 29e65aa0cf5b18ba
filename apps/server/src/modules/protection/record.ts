import {
  checklistStateLabels,
  checklistStepLabels,
  endangermentTypeLabels,
  factorKindLabels,
  germanDate,
  hintSourceLabels,
  planTaskOwnerKindLabels,
  protectionResultLabels,
  protectionStatusLabels,
  protectionUrgencyLabels,
  type TProtectionCatalogue,
  type TProtectionProcedure,
} from '@lotse/shared';
import { renderAccessiblePdf } from '../../platform/pdf/render.js';
import type { PdfBlock, PdfDocument } from '../../platform/pdf/types.js';
import type { ActorScope } from '../../platform/scope.js';
import { caseDetail } from '../cases/index.js';
import { findCatalogue } from './catalogues.js';
import { getProcedure } from './procedures.js';

const berlin = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const moment = (iso: string | null) => (iso ? `${berlin.format(new Date(iso))} Uhr` : '–');

/** The factor labels of the catalogues the assessments used, by catalogue and key. */
type FactorLabels = Map<string, { label: string; kind: string }>;

/**
 * The record of a § 8a procedure as document structure (Dokumentation der Gefährdungseinschätzung):
 * report, legally required steps, participants, assessments, result and sign-off — all from the data.
 */
export function protectionRecordDocument(
  reference: string,
  childName: string | null,
  p: TProtectionProcedure,
  factors: FactorLabels,
): PdfDocument {
  const title = `Gefährdungseinschätzung nach § 8a SGB VIII – ${reference}`;
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'keyValue',
      items: [
        { label: 'Kind', value: childName ?? 'nicht benannt' },
        { label: 'Stand', value: protectionStatusLabels[p.status] },
        {
          label: 'Meldung eingegangen',
          value: `${moment(p.report.receivedAt)} (aufgenommen von ${p.report.receivedBy.displayName})`,
        },
        { label: 'Hinweis von', value: p.report.hintSources.map((s) => hintSourceLabels[s]).join(', ') },
        { label: 'Dringlichkeit', value: protectionUrgencyLabels[p.report.urgency] },
        { label: 'Frist für den Erstkontakt', value: moment(p.report.firstContactDueAt) },
        {
          label: 'Erstkontakt',
          value: p.firstContactAt
            ? `${moment(p.firstContactAt)}${p.firstContactOverdue ? ' (nach der Frist)' : ''}`
            : 'noch nicht',
        },
        ...(p.report.providerReport
          ? [{ label: 'Meldung eines Trägers (§ 8a Abs. 4)', value: p.report.providerReport.providerName }]
          : []),
      ],
    },
    { kind: 'heading', level: 2, text: 'Inhalt der Meldung' },
    { kind: 'paragraph', text: p.report.content },
    { kind: 'heading', level: 2, text: 'Vorgeschriebene Schritte' },
    {
      kind: 'table',
      header: ['Schritt', 'Stand', 'Wann, wer, warum'],
      rows: p.checklist.map((s) => [
        checklistStepLabels[s.step],
        checklistStateLabels[s.state],
        s.state === 'done'
          ? `${germanDate(s.doneOn)}${s.doneBy ? `, ${s.doneBy.displayName}` : ''}`
          : (s.reason ?? '–'),
      ]),
    },
    { kind: 'heading', level: 2, text: 'Beteiligte Fachkräfte' },
    p.participants.length > 0
      ? { kind: 'list', items: p.participants.map((x) => x.displayName) }
      : { kind: 'paragraph', text: 'Noch keine eingetragen.' },
    { kind: 'heading', level: 2, text: 'Einschätzungen' },
  ];
  if (p.assessments.length === 0) blocks.push({ kind: 'paragraph', text: 'Noch keine Einschätzung.' });
  for (const a of p.assessments) {
    blocks.push({
      kind: 'heading',
      level: 3,
      text: `Einschätzung vom ${germanDate(a.assessedOn)} (${a.createdBy.displayName})`,
    });
    if (a.summary) blocks.push({ kind: 'paragraph', text: a.summary });
    blocks.push({
      kind: 'table',
      header: ['Faktor', 'Art', 'Bewertung (0–3)', 'Anmerkung'],
      rows: a.ratings.map((r) => {
        const f = factors.get(`${a.catalogueId}@${a.catalogueVersion}:${r.factorKey}`);
        return [
          f?.label ?? r.factorKey,
          f ? (factorKindLabels[f.kind as keyof typeof factorKindLabels] ?? f.kind) : '–',
          String(r.rating),
          r.note ?? '',
        ];
      }),
    });
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Ergebnis' });
  const o = p.outcome;
  if (!o) {
    blocks.push({ kind: 'paragraph', text: 'Noch kein Ergebnis vorgeschlagen.' });
  } else {
    blocks.push({
      kind: 'keyValue',
      items: [
        { label: 'Ergebnis', value: protectionResultLabels[o.result] },
        {
          label: 'Art der Gefährdung',
          value: o.endangermentTypes.map((t) => endangermentTypeLabels[t]).join(', ') || '–',
        },
        { label: 'Wiedervorlage', value: germanDate(o.followUpOn) },
        {
          label: 'Familiengericht (§ 8a Abs. 2)',
          value: o.familyCourt.notified
            ? `angerufen am ${germanDate(o.familyCourt.notifiedOn)}${o.familyCourt.court ? `, ${o.familyCourt.court}` : ''}${o.familyCourt.reference ? `, Az. ${o.familyCourt.reference}` : ''}`
            : 'nicht angerufen',
        },
        {
          label: 'Inobhutnahme (§ 42)',
          value: o.emergencyCustody.taken ? `am ${germanDate(o.emergencyCustody.takenOn)}` : 'keine',
        },
        { label: 'Vorgeschlagen', value: `${o.proposedBy.displayName}, ${moment(o.proposedAt)}` },
        {
          label: 'Zweite Freigabe',
          value: o.signedOffBy ? `${o.signedOffBy.displayName}, ${moment(o.signedOffAt)}` : 'steht noch aus',
        },
      ],
    });
    blocks.push({ kind: 'heading', level: 3, text: 'Entscheidung und Begründung' });
    blocks.push({ kind: 'paragraph', text: o.decision });
    blocks.push({ kind: 'heading', level: 3, text: 'Schutzplan' });
    blocks.push(
      o.protectionPlan.length > 0
        ? {
            kind: 'table',
            header: ['Aufgabe', 'Wer', 'Bis', 'Stand'],
            rows: o.protectionPlan.map((t) => [
              t.text,
              `${t.owner.name} (${planTaskOwnerKindLabels[t.owner.kind]})`,
              germanDate(t.dueOn),
              t.done ? 'erledigt' : 'offen',
            ]),
          }
        : { kind: 'paragraph', text: 'Keine Aufgaben eingetragen.' },
    );
  }
  return { title, lang: 'de', blocks };
}

/** The procedure's record as an accessible PDF; audited as a read of the procedure. */
export async function protectionRecord(
  scope: ActorScope,
  procedureId: string,
): Promise<{ filename: string; pdf: Buffer }> {
  const p = await getProcedure(scope, procedureId);
  const detail = await caseDetail(scope, p.caseId);
  const child = detail.persons.find((x) => x.id === p.report.childPersonId);
  const factors: FactorLabels = new Map();
  const used = new Set(p.assessments.map((a) => `${a.catalogueId}@${a.catalogueVersion}`));
  for (const key of used) {
    const [id = '', version = ''] = key.split('@');
    const catalogue: TProtectionCatalogue | null = await findCatalogue(scope.tx, id, version);
    for (const f of catalogue?.domains.flatMap((d) => d.factors) ?? [])
      factors.set(`${key}:${f.key}`, { label: f.label, kind: f.kind });
  }
  return {
    filename: `Gefaehrdungseinschaetzung-${detail.reference}.pdf`,
    pdf: await renderAccessiblePdf(
      protectionRecordDocument(
        detail.reference,
        child ? `${child.firstName} ${child.lastName}` : null,
        p,
        factors,
      ),
    ),
  };
}
