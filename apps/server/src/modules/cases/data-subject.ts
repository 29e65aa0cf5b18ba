import type { PersonalDataSource } from '../../platform/personal-data.js';
import { entryContext } from './entries.js';
import {
  caseTitleContext,
  disclosureReferenceContext,
  documentNameContext,
  entryTitleContext,
  householdLabelContext,
  taskTitleContext,
} from './sealed-fields.js';

/** § 65 SGB VIII: what was entrusted is passed on only with the consent of the one who entrusted it. */
const ENTRUSTED =
  'Anvertraut nach § 65 SGB VIII: Inhalt nur mit Einwilligung der anvertrauenden Person herausgeben (Fachkraft fragen).';
const entrusted = (row: Record<string, unknown>) => (row.entrusted_to ? ENTRUSTED : null);

/** The cases a person is part of, with their file: entries, documents, tasks, households, relations. */
export const casesDataSubject: PersonalDataSource = {
  module: 'cases',
  tables: [
    {
      table: 'case_persons',
      title: 'Beteiligung an Fällen',
      match: [
        { column: 'person_id', subject: 'person' },
        { column: 'case_id', subject: 'case' },
      ],
      provides: { case: 'case_id' },
    },
    {
      table: 'cases',
      title: 'Fälle',
      match: [{ column: 'id', subject: 'case' }],
      provides: { request: 'origin_request_id' },
      sealed: { title_enc: (r) => caseTitleContext(String(r.id)) },
      dateColumn: 'opened_at',
    },
    {
      table: 'case_deputies',
      title: 'Vertretungen im Fall',
      match: [{ column: 'case_id', subject: 'case' }],
    },
    {
      table: 'documents',
      title: 'Dokumente',
      match: [{ column: 'case_id', subject: 'case' }],
      sealed: { filename_enc: (r) => documentNameContext(String(r.id)) },
      withheld: {
        blob_key: 'Speicherort der verschlüsselten Datei; die Datei selbst als Kopie aus der Fallakte',
      },
      blobColumn: 'blob_key',
      dateColumn: 'created_at',
    },
    {
      table: 'case_entries',
      title: 'Einträge der Fallakte',
      match: [
        { column: 'case_id', subject: 'case' },
        { column: 'document_id', parent: 'documents' },
      ],
      sealed: {
        title_enc: (r) => entryTitleContext(String(r.id)),
        body_enc: (r) => entryContext(String(r.id)),
      },
      withheld: { title_enc: entrusted, body_enc: entrusted },
      dateColumn: 'occurred_at',
    },
    {
      table: 'entry_disclosures',
      title: 'Weitergaben anvertrauter Einträge (§ 65 SGB VIII)',
      match: [{ column: 'entry_id', parent: 'case_entries' }],
      sealed: { reference_enc: (r) => disclosureReferenceContext(String(r.id)) },
      dateColumn: 'recorded_at',
    },
    {
      table: 'tasks',
      title: 'Aufgaben und Fristen',
      match: [{ column: 'case_id', subject: 'case' }],
      sealed: { title_enc: (r) => taskTitleContext(String(r.id)) },
      dateColumn: 'created_at',
    },
    {
      table: 'case_releases',
      title: 'Für die Familie freigegeben',
      match: [{ column: 'case_id', subject: 'case' }],
      dateColumn: 'released_at',
    },
    {
      table: 'households',
      title: 'Haushalte',
      match: [{ column: 'case_id', subject: 'case' }],
      sealed: { label_enc: (r) => householdLabelContext(String(r.id)) },
    },
    {
      table: 'household_members',
      title: 'Haushaltszugehörigkeit',
      match: [
        { column: 'person_id', subject: 'person' },
        { column: 'household_id', parent: 'households' },
      ],
    },
    {
      table: 'relations',
      title: 'Beziehungen (Genogramm)',
      match: [
        { column: 'from_person_id', subject: 'person' },
        { column: 'to_person_id', subject: 'person' },
      ],
    },
  ],
};
