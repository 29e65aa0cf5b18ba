import type { TPrivacyExport, TPrivacyExportSection } from '@lotse/shared';
import { privacyColumnLabel as columnLabel } from '@lotse/shared';
import type { PdfBlock, PdfDocument } from '../../platform/pdf/types.js';

const KIND_LABELS = {
  staff: 'Mitarbeitende',
  provider: 'Träger',
  office: 'Jugendamt',
  family: 'Familie',
} as const;
const MAX_VALUE_CHARS = 4000;

const day = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' }) : '–';

/** A value as a reader sees it: names for known ids, dates in German, structures as indented text. */
function show(value: unknown, names: Record<string, string>): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'string') {
    if (names[value]) return `${names[value]} (${value})`;
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return day(value);
    return value.length > MAX_VALUE_CHARS
      ? `${value.slice(0, MAX_VALUE_CHARS)} … (gekürzt; vollständig in der JSON-Datei)`
      : value;
  }
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object'))
    return value.map((v) => show(v, names)).join(', ');
  if (typeof value === 'object' && 'withheld' in (value as object))
    return `nicht enthalten: ${(value as { withheld: string }).withheld}`;
  const text = JSON.stringify(value, null, 1);
  return text.length > MAX_VALUE_CHARS
    ? `${text.slice(0, MAX_VALUE_CHARS)} … (gekürzt; vollständig in der JSON-Datei)`
    : text;
}

function sectionBlocks(section: TPrivacyExportSection, names: Record<string, string>): PdfBlock[] {
  const blocks: PdfBlock[] = [{ kind: 'heading', level: 2, text: `${section.title} (${section.total})` }];
  if (section.table === 'audit_events') {
    blocks.push({
      kind: 'table',
      header: ['Zeitpunkt', 'Wer', 'Aktion', 'Ergebnis'],
      rows: section.rows.map((r) => [
        day(r.at as string),
        show(r.actor_id, names) === '–'
          ? 'Familie oder System'
          : String(names[r.actor_id as string] ?? r.actor_id),
        String(r.action),
        String(r.outcome),
      ]),
    });
  } else {
    section.rows.forEach((row, index) => {
      blocks.push({ kind: 'heading', level: 3, text: `${section.title}: Eintrag ${index + 1}` });
      blocks.push({
        kind: 'keyValue',
        items: Object.entries(row).map(([column, value]) => ({
          label: columnLabel(column),
          value: show(value, names),
        })),
      });
    });
  }
  if (section.rows.length < section.total) {
    blocks.push({
      kind: 'paragraph',
      text: `Aufgeführt sind die neuesten ${section.rows.length} von ${section.total}.`,
    });
  }
  return blocks;
}

/** The Art. 15 export as a tagged, accessible PDF: person, recipients, notes, then every table. */
export function exportDocument(data: TPrivacyExport): PdfDocument {
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: `Auskunft nach Art. 15 DSGVO: ${data.person.name}` },
    {
      kind: 'keyValue',
      items: [
        { label: 'Person', value: data.person.name },
        { label: 'Geburtsdatum', value: data.person.birthDate ?? '–' },
        { label: 'Stelle', value: data.office },
        { label: 'Erstellt am', value: day(data.generatedAt) },
        { label: 'Erstellt von', value: data.generatedBy },
        { label: 'Fälle', value: String(data.followed.cases.length) },
      ],
    },
    { kind: 'heading', level: 2, text: 'Hinweise' },
    { kind: 'list', items: data.notes },
    { kind: 'heading', level: 2, text: 'Empfänger und Zugriffe (Art. 15 Abs. 1 lit. c DSGVO)' },
    data.recipients.length === 0
      ? { kind: 'paragraph', text: 'Keine Empfänger und keine protokollierten Zugriffe.' }
      : {
          kind: 'table',
          header: ['Art', 'Wer', 'Was', 'Anzahl', 'Zuerst', 'Zuletzt'],
          rows: data.recipients.map((r) => [
            KIND_LABELS[r.kind],
            r.name,
            r.what,
            String(r.count),
            day(r.first),
            day(r.last),
          ]),
        },
  ];
  for (const section of data.sections) blocks.push(...sectionBlocks(section, data.names));
  return { title: `Auskunft nach Art. 15 DSGVO – ${data.person.name}`, lang: 'de', blocks };
}
