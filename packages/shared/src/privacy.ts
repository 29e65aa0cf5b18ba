import { z } from 'zod';
import { ZId } from './common.js';

/* ---------- data-subject rights (DSGVO Art. 15–18) ---------- */
export const privacyAuditActions = [
  'privacy.person_search',
  'privacy.export',
  'privacy.request_record',
  'privacy.request_decide',
  'privacy.erasure_check',
  'privacy.erasure_queue',
  'privacy.erasure',
  'retention.settings_update',
  'retention.dry_run',
  'retention.run',
  'retention.hold_place',
  'retention.hold_lift',
] as const;

/** One table's rows about the person, as stored (sealed columns opened, credentials withheld). */
export const ZPrivacyExportSectionSchema = z.object({
  table: z.string(),
  title: z.string(),
  module: z.string(),
  /** rows found; `rows` may list fewer (the audit trail lists the newest 2000) */
  total: z.number().int(),
  rows: z.array(z.record(z.string(), z.unknown())),
  /** column → why its content is not in the export */
  withheld: z.record(z.string(), z.string()),
});
export type TPrivacyExportSection = z.infer<typeof ZPrivacyExportSectionSchema>;

/** Who received or read the person's data (Art. 15 (1) c DSGVO). */
export const ZPrivacyRecipientSchema = z.object({
  kind: z.enum(['staff', 'provider', 'office', 'family']),
  name: z.string(),
  /** what they received or did, in words */
  what: z.string(),
  count: z.number().int(),
  first: z.string().nullable(),
  last: z.string().nullable(),
});
export type TPrivacyRecipient = z.infer<typeof ZPrivacyRecipientSchema>;

export const ZPrivacyExportSchema = z.object({
  format: z.literal('lotse-art15-export/1'),
  generatedAt: z.string(),
  generatedBy: z.string(),
  office: z.string(),
  person: z.object({ id: ZId, name: z.string(), birthDate: z.string().nullable() }),
  /** ids of the person's cases, family accounts and requests that the export followed */
  followed: z.object({
    cases: z.array(ZId),
    familyAccounts: z.array(ZId),
    requests: z.array(ZId),
  }),
  recipients: z.array(ZPrivacyRecipientSchema),
  /** user and provider ids in the rows → names */
  names: z.record(z.string(), z.string()),
  notes: z.array(z.string()),
  sections: z.array(ZPrivacyExportSectionSchema),
});
export type TPrivacyExport = z.infer<typeof ZPrivacyExportSchema>;

export const ZPrivacyPersonSearchSchema = z.object({
  q: z.string().trim().min(2, 'Bitte mindestens zwei Zeichen eingeben.').max(100),
});
export const ZPrivacyPersonHitSchema = z.object({
  id: ZId,
  name: z.string(),
  birthDate: z.string().nullable(),
  cases: z.array(z.object({ id: ZId, reference: z.string(), status: z.string() })),
});
export const ZPrivacyPersonSearchResponseSchema = z.object({ items: z.array(ZPrivacyPersonHitSchema) });
export type TPrivacyPersonHit = z.infer<typeof ZPrivacyPersonHitSchema>;

/* ---------- requests of data subjects, recorded ---------- */
export const ZDataSubjectRight = z.enum(['access', 'correction', 'restriction', 'erasure', 'objection']);
export type TDataSubjectRight = z.infer<typeof ZDataSubjectRight>;
export const dataSubjectRightLabels: Record<TDataSubjectRight, string> = {
  access: 'Auskunft (Art. 15 DSGVO)',
  correction: 'Berichtigung (Art. 16 DSGVO)',
  restriction: 'Einschränkung der Verarbeitung (Art. 18 DSGVO)',
  erasure: 'Löschung (Art. 17 DSGVO)',
  objection: 'Widerspruch (Art. 21 DSGVO)',
};
export const ZDataSubjectRequestStatus = z.enum(['open', 'done', 'refused']);

export const ZRecordDataSubjectRequestSchema = z.object({
  right: ZDataSubjectRight,
  receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT'),
  /** what the person asked for, in the DPO's words */
  note: z.string().trim().min(1, 'Bitte beschreiben, was die Person verlangt.').max(4000),
});
export const ZDecideDataSubjectRequestSchema = z.object({
  status: z.enum(['done', 'refused']),
  /** what was done, or why not (legal ground) */
  decision: z.string().trim().min(1, 'Bitte die Entscheidung begründen.').max(4000),
});
export const ZDataSubjectRequestSchema = z.object({
  id: ZId,
  personId: ZId,
  right: ZDataSubjectRight,
  receivedOn: z.string(),
  /** one month (Art. 12 (3) DSGVO) */
  dueOn: z.string(),
  note: z.string(),
  status: ZDataSubjectRequestStatus,
  decision: z.string().nullable(),
  recordedBy: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type TDataSubjectRequest = z.infer<typeof ZDataSubjectRequestSchema>;
export const ZDataSubjectRequestListSchema = z.object({ items: z.array(ZDataSubjectRequestSchema) });

/* ---------- retention ---------- */
export const ZRetentionRecordType = z.enum([
  'closed_case',
  'request_without_case',
  'family_session',
  'staff_session',
  'finished_job',
  'outbox_mail',
]);
export type TRetentionRecordType = z.infer<typeof ZRetentionRecordType>;

/** Defaults (months after the record was finished) with their legal basis; the office may change them. */
export const retentionDefaults: Record<
  TRetentionRecordType,
  { label: string; months: number; min: number; max: number; after: string; basis: string }
> = {
  closed_case: {
    label: 'Fallakten abgeschlossener Fälle',
    months: 120,
    min: 12,
    max: 1200,
    after: 'nach Abschluss des Falls',
    basis:
      '§ 84 Abs. 2 SGB X: löschen, sobald die Daten für die Aufgabe nicht mehr erforderlich sind; Aufbewahrung nach der Aktenordnung des Amtes, üblich zehn Jahre nach Ende der Hilfe.',
  },
  request_without_case: {
    label: 'Abgeschlossene Anfragen ohne Fall (mit Gesprächen und Terminen)',
    months: 12,
    min: 1,
    max: 120,
    after: 'nach der letzten Änderung',
    basis:
      '§ 84 Abs. 2 SGB X, § 64 Abs. 1 SGB VIII (Zweckbindung): eine beantwortete Anfrage ohne Hilfe wird nicht mehr gebraucht.',
  },
  family_session: {
    label: 'Abgelaufene Anmeldungen in der Familien-App',
    months: 1,
    min: 1,
    max: 24,
    after: 'nach Ablauf',
    basis: 'Art. 5 Abs. 1 lit. e DSGVO (Speicherbegrenzung); nur für die Sicherheit der Anmeldung nötig.',
  },
  staff_session: {
    label: 'Abgelaufene Anmeldungen von Mitarbeitenden',
    months: 1,
    min: 1,
    max: 24,
    after: 'nach Ablauf',
    basis: 'Art. 5 Abs. 1 lit. e DSGVO; wer sich wann angemeldet hat, steht weiter im Protokoll.',
  },
  finished_job: {
    label: 'Erledigte Hintergrundaufträge (z. B. Benachrichtigungen)',
    months: 1,
    min: 1,
    max: 24,
    after: 'nach Erledigung',
    basis: 'Art. 5 Abs. 1 lit. e DSGVO; enthalten Empfängeradressen, aber keinen Fallinhalt.',
  },
  outbox_mail: {
    label: 'Benachrichtigungen im Postausgang',
    months: 3,
    min: 1,
    max: 24,
    after: 'nach dem Anlegen',
    basis: 'Art. 5 Abs. 1 lit. e DSGVO; Benachrichtigungen ohne Fallinhalt.',
  },
};

export const ZRetentionSettingsSchema = z.object({
  periods: z.record(ZRetentionRecordType, z.number().int()),
  automatic: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type TRetentionSettings = z.infer<typeof ZRetentionSettingsSchema>;
export const ZUpdateRetentionSettingsSchema = z
  .object({
    periods: z.partialRecord(ZRetentionRecordType, z.number().int('Bitte ganze Monate angeben.')),
    automatic: z.boolean(),
  })
  .superRefine((value, ctx) => {
    for (const [type, months] of Object.entries(value.periods) as [TRetentionRecordType, number][]) {
      const { min, max, label } = retentionDefaults[type];
      if (months < min || months > max) {
        ctx.addIssue({
          code: 'custom',
          path: ['periods', type],
          message: `${label}: zwischen ${min} und ${max} Monaten.`,
        });
      }
    }
  });

/** One record type's due records in a dry run: counted; cases and requests with their file number. */
export const ZRetentionItemSchema = z.object({
  kind: z.enum(['case', 'request']),
  id: ZId,
  reference: z.string(),
  finishedAt: z.string(),
});
export const ZRetentionHeldSchema = z.object({ caseId: ZId, reference: z.string(), reason: z.string() });
export const ZRetentionReportSchema = z.object({
  cutoffs: z.record(z.string(), z.string()),
  due: z.array(ZRetentionItemSchema),
  /** platform records (sessions, jobs, mails) due, counted */
  counts: z.record(z.string(), z.number().int()),
  held: z.array(ZRetentionHeldSchema),
  /** after an erasure run: rows deleted per table, and what was kept and why */
  deleted: z.record(z.string(), z.number().int()).optional(),
  kept: z.record(z.string(), z.object({ rows: z.number().int(), reason: z.string() })).optional(),
  failed: z.array(z.object({ id: ZId, reference: z.string(), error: z.string() })).optional(),
});
export type TRetentionReport = z.infer<typeof ZRetentionReportSchema>;
export const ZRetentionRunSchema = z.object({
  id: ZId,
  kind: z.enum(['dry_run', 'erasure']),
  dryRunId: ZId.nullable(),
  requestedBy: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  report: ZRetentionReportSchema,
});
export type TRetentionRun = z.infer<typeof ZRetentionRunSchema>;
export const ZRetentionRunListSchema = z.object({ items: z.array(ZRetentionRunSchema) });
export const ZStartErasureRunSchema = z.object({ dryRunId: ZId });

export const ZPlaceHoldSchema = z.object({
  caseId: ZId,
  reason: z
    .string()
    .trim()
    .min(3, 'Bitte den Grund der Sperre nennen (z. B. laufendes Gerichtsverfahren).')
    .max(1000),
});
export const ZRetentionHoldSchema = z.object({
  id: ZId,
  caseId: ZId,
  reference: z.string(),
  reason: z.string(),
  placedBy: z.string(),
  placedAt: z.string(),
});
export const ZRetentionHoldListSchema = z.object({ items: z.array(ZRetentionHoldSchema) });

/** Whether a person's data may be erased now (Art. 17 DSGVO), and if not, why not. */
export const ZErasureCheckSchema = z.object({
  personId: ZId,
  erasable: z.boolean(),
  reasons: z.array(
    z.object({ caseId: ZId.nullable(), reference: z.string().nullable(), reason: z.string() }),
  ),
  /** what an erasure would remove */
  cases: z.array(z.object({ id: ZId, reference: z.string(), status: z.string() })),
});
export type TErasureCheck = z.infer<typeof ZErasureCheckSchema>;

/** German names for the columns a reader of an Art. 15 export meets most; others keep their stored name. */
const PRIVACY_COLUMN_LABELS: Record<string, string> = {
  id: 'Kennung',
  case_id: 'Fall',
  person_id: 'Person',
  created_at: 'Angelegt am',
  created_by: 'Angelegt von',
  updated_at: 'Geändert am',
  updated_by: 'Geändert von',
  recorded_at: 'Erfasst am',
  recorded_by: 'Erfasst von',
  occurred_at: 'Datum',
  author_id: 'Verfasst von',
  title: 'Titel',
  body: 'Inhalt',
  kind: 'Art',
  status: 'Stand',
  reference: 'Aktenzeichen',
  help_type: 'Hilfeart',
  team_id: 'Team',
  caseworker_id: 'Fallführende Fachkraft',
  opened_at: 'Eröffnet am',
  closed_at: 'Abgeschlossen am',
  role: 'Rolle',
  personal: 'Name und Kontaktdaten',
  birth_date: 'Geburtsdatum',
  gender: 'Geschlecht',
  languages: 'Sprachen',
  provider_id: 'Träger',
  purpose: 'Zweck',
  sections: 'Abschnitte',
  basis: 'Grundlage',
  legal_ground: 'Rechtsgrundlage',
  valid_from: 'Gültig ab',
  valid_until: 'Gültig bis',
  revoked_at: 'Widerrufen am',
  filename: 'Dateiname',
  media_type: 'Dateityp',
  size_bytes: 'Größe (Byte)',
  due_on: 'Fällig am',
  done_at: 'Erledigt am',
  content: 'Inhalt',
  version: 'Fassung',
  summary: 'Zusammenfassung',
  transcript: 'Verlauf des Erstkontakts',
  comment: 'Kommentar',
  text: 'Text',
  answer: 'Antwort',
  note: 'Notiz',
  label: 'Bezeichnung',
  entrusted_to: 'Anvertraut an',
  sender_user_id: 'Gesendet von',
  firstName: 'Vorname',
  lastName: 'Nachname',
  phone: 'Telefon',
  email: 'E-Mail',
  street: 'Straße',
  houseNumber: 'Hausnummer',
  postcode: 'Postleitzahl',
  city: 'Ort',
};

export function privacyColumnLabel(column: string): string {
  return PRIVACY_COLUMN_LABELS[column] ?? column;
}
