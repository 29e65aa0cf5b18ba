import {
  germanLongDate,
  type TBriefSectionKey,
  type TBriefSentence,
  type TBriefSource,
  type TEntryKind,
} from '@lotse/shared';
import { officeToday } from '../tenancy/index.js';

// Small pieces of German the brief's sentences are built from.

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The office's calendar day of a date or instant: 'YYYY-MM-DD'. */
export const officeDay = (value: string): string =>
  CALENDAR_DAY.test(value) ? value : officeToday(new Date(value));

/** "3. März 2026" for a calendar day or, on the office's calendar, for an instant. */
export const longDay = (value: string): string => germanLongDate(officeDay(value));

/** Full years between a birth date and a day (both 'YYYY-MM-DD'). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export const ageText = (age: number): string =>
  age < 1 ? 'unter 1 Jahr' : age === 1 ? '1 Jahr' : `${age} Jahre`;

/** „…“ around a title or goal as German quotes it. */
export const quoted = (text: string): string => `„${text.trim()}“`;

/** "A", "A und B", "A, B und C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;
}

export const fullName = (p: { firstName: string; lastName: string }): string =>
  `${p.firstName} ${p.lastName}`.trim();

const languageNames = new Intl.DisplayNames(['de'], { type: 'language', fallback: 'code' });
/** "ar" → "Arabisch"; free text as it was entered. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code.trim()) ?? code;
  } catch {
    // Not a language tag (free text such as "Tigrinya"): keep it as entered.
    return code.trim();
  }
}

/** How a source names an entry: "Notiz vom 3. März 2026". */
const entryKindNames: Record<TEntryKind, string> = {
  note: 'Notiz',
  contact: 'Kontakt',
  document: 'Dokument',
  decision: 'Entscheidung',
  status_change: 'Statuswechsel',
};
export const entryLabel = (kind: TEntryKind, occurredAt: string): string =>
  `${entryKindNames[kind]} vom ${longDay(occurredAt)}`;

/** Where each kind of source is shown in the cockpit; anchors match the case page's element ids. */
export function sourcesOf(caseId: string, reference: string) {
  const casePath = `/fachkraft/faelle/${caseId}`;
  return {
    case: (hash = ''): TBriefSource => ({
      kind: 'case',
      id: caseId,
      label: `Fallakte ${reference}`,
      href: `${casePath}${hash}`,
    }),
    person: (p: { id: string; firstName: string; lastName: string }): TBriefSource => ({
      kind: 'person',
      id: p.id,
      label: `Angaben zu ${fullName(p)}`,
      href: `${casePath}#person-${p.id}`,
    }),
    relation: (id: string, fromPersonId: string): TBriefSource => ({
      kind: 'relation',
      id,
      label: 'Beziehung (Personen und Familie)',
      href: `${casePath}#person-${fromPersonId}`,
    }),
    household: (id: string, label: string): TBriefSource => ({
      kind: 'household',
      id,
      label: `Haushalt ${quoted(label)}`,
      href: `${casePath}#haushalt-${id}`,
    }),
    entry: (e: { id: string; kind: TEntryKind; occurredAt: string }): TBriefSource => ({
      kind: 'entry',
      id: e.id,
      label: entryLabel(e.kind, e.occurredAt),
      href: `${casePath}#eintrag-${e.id}`,
    }),
    task: (t: { id: string; title: string }): TBriefSource => ({
      kind: 'task',
      id: t.id,
      label: `Aufgabe ${quoted(t.title)}`,
      href: `${casePath}#aufgabe-${t.id}`,
    }),
    helpPlan: (planId: string, version: number): TBriefSource => ({
      kind: 'help_plan',
      id: planId,
      label: `Hilfeplan, Fassung ${version}`,
      href: `${casePath}/hilfeplaene/${planId}?fassung=${version}`,
    }),
    procedure: (id: string, receivedAt: string): TBriefSource => ({
      kind: 'protection_procedure',
      id,
      label: `Verfahren nach § 8a vom ${longDay(receivedAt)}`,
      href: `${casePath}/kinderschutz/${id}`,
    }),
  };
}
export type Sources = ReturnType<typeof sourcesOf>;

/** Collects one section's sentences, numbering them "<section>-1", "<section>-2" … */
export class SectionWriter {
  readonly sentences: TBriefSentence[] = [];
  constructor(readonly key: TBriefSectionKey) {}

  add(text: string, source: TBriefSource): void {
    this.sentences.push({
      id: `${this.key}-${this.sentences.length + 1}`,
      text,
      source,
      machineWritten: false,
    });
  }
}
