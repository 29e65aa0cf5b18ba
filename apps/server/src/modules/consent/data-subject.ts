import type { PersonalDataSource } from '../../platform/personal-data.js';

/** Consents the person gave or refused, and to whom the person's cases were passed on. */
export const consentDataSubject: PersonalDataSource = {
  module: 'consent',
  tables: [
    {
      table: 'consents',
      title: 'Einwilligungen',
      match: [
        { column: 'person_id', subject: 'person' },
        { column: 'case_id', subject: 'case' },
        { column: 'document_id', parent: 'documents' },
      ],
      dateColumn: 'recorded_at',
    },
    {
      table: 'case_shares',
      title: 'Weitergaben an Träger (Empfänger)',
      match: [{ column: 'case_id', subject: 'case' }],
      dateColumn: 'created_at',
    },
  ],
};
