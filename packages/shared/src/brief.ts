// The case brief (Kurzbericht): a summary of a case built from its structured data for a handover, a
// draft report to the family court or the preparation of a help plan meeting. Every sentence names the
// record it rests on; an optional AI service of the office may rephrase it (marked as machine-written).
import { z } from 'zod';
import { ZId } from './common.js';

/** What the brief is for: it decides the title, the order of the sections and what they stress. */
export const briefPurposes = ['handover', 'court', 'helpplan_meeting'] as const;
export const ZBriefPurpose = z.enum(briefPurposes, {
  message: 'Zweck: handover, court oder helpplan_meeting',
});
export type TBriefPurpose = z.infer<typeof ZBriefPurpose>;
export const briefPurposeLabels: Record<TBriefPurpose, string> = {
  handover: 'Übergabe',
  court: 'Entwurf Bericht an das Familiengericht',
  helpplan_meeting: 'Vorbereitung Hilfeplangespräch',
};

/** `GET /api/cases/:id/brief?purpose=…` and `POST /api/cases/:id/brief/rephrase?purpose=…`. */
export const ZBriefQuerySchema = z.object({ purpose: ZBriefPurpose.default('handover') });
export type TBriefQuery = z.input<typeof ZBriefQuerySchema>;

export const briefSectionKeys = [
  'persons',
  'course',
  'helpplan',
  'protection',
  'deadlines',
  'contacts',
] as const;
export const ZBriefSectionKey = z.enum(briefSectionKeys);
export type TBriefSectionKey = z.infer<typeof ZBriefSectionKey>;
export const briefSectionTitles: Record<TBriefSectionKey, string> = {
  persons: 'Personen und Beziehungen',
  course: 'Verlauf der Hilfe',
  helpplan: 'Hilfeplan: Ziele und Fortschritt',
  protection: 'Kinderschutz (§ 8a)',
  deadlines: 'Offene Aufgaben und Fristen',
  contacts: 'Letzte Kontakte',
};

/** The kinds of record a sentence can rest on. */
export const ZBriefSourceKind = z.enum([
  'case',
  'person',
  'relation',
  'household',
  'entry',
  'task',
  'help_plan',
  'protection_procedure',
]);
export type TBriefSourceKind = z.infer<typeof ZBriefSourceKind>;

/** The record a sentence rests on, with a label and the cockpit address that shows it. */
export const ZBriefSourceSchema = z.object({
  kind: ZBriefSourceKind,
  id: ZId,
  /** e.g. "Notiz vom 3. März 2026" */
  label: z.string(),
  /** e.g. "/fachkraft/faelle/<case>#eintrag-<entry>" */
  href: z.string(),
});
export type TBriefSource = z.infer<typeof ZBriefSourceSchema>;

export const ZBriefSentenceSchema = z.object({
  /** Stable within one brief ("persons-1"): the AI adapter answers per sentence id. */
  id: z.string(),
  text: z.string(),
  source: ZBriefSourceSchema,
  /** Rephrased by the office's AI service: to be checked, never stored without a caseworker's edit. */
  machineWritten: z.boolean(),
});
export type TBriefSentence = z.infer<typeof ZBriefSentenceSchema>;

export const ZBriefSectionSchema = z.object({
  key: ZBriefSectionKey,
  title: z.string(),
  /** Never empty: a section without facts says so in one sentence that names the case as its source. */
  sentences: z.array(ZBriefSentenceSchema),
});
export type TBriefSection = z.infer<typeof ZBriefSectionSchema>;

export const ZCaseBriefSchema = z.object({
  caseId: ZId,
  reference: z.string(),
  caseTitle: z.string(),
  purpose: ZBriefPurpose,
  /** "Übergabe", "Entwurf Bericht an das Familiengericht", "Vorbereitung Hilfeplangespräch" */
  title: z.string(),
  generatedAt: z.string(),
  sections: z.array(ZBriefSectionSchema),
  /** Footer: how the brief was made and what it leaves out (entrusted entries, § 65 SGB VIII). */
  notes: z.array(z.string()),
  /** Some sentences were rephrased by the AI service. */
  machineWritten: z.boolean(),
  /** The office runs an AI service (AI_URL) that may rephrase the brief. */
  aiAvailable: z.boolean(),
});
export type TCaseBrief = z.infer<typeof ZCaseBriefSchema>;

export const briefAuditActions = [
  'case.brief_read', // the brief of a case was built and shown
  'case.brief_rephrased', // the pseudonymised brief was sent to the office's AI service (no content logged)
] as const;

const longDate = new Intl.DateTimeFormat('de-DE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
/** A calendar day 'YYYY-MM-DD' as a sentence writes it: "3. März 2026". */
export const germanLongDate = (isoDay: string): string => longDate.format(new Date(`${isoDay}T00:00:00Z`));
