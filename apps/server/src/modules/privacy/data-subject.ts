import type { PersonalDataSource } from '../../platform/personal-data.js';
import { decisionContext, holdReasonContext, noteContext } from './sealing.js';

/** The person's own requests to the data protection officer. */
export const privacyDataSubject: PersonalDataSource = {
  module: 'privacy',
  tables: [
    {
      table: 'data_subject_requests',
      title: 'Anträge nach der DSGVO',
      match: [{ column: 'person_id', subject: 'person' }],
      sealed: {
        note_enc: (r) => noteContext(String(r.id)),
        decision_enc: (r) => decisionContext(String(r.id)),
      },
      dateColumn: 'recorded_at',
    },
    {
      table: 'retention_holds',
      title: 'Löschsperren',
      match: [{ column: 'case_id', subject: 'case' }],
      sealed: { reason_enc: (r) => holdReasonContext(String(r.id)) },
      dateColumn: 'placed_at',
    },
  ],
};
