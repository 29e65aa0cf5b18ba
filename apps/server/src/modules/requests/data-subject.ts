import type { PersonalDataSource } from '../../platform/personal-data.js';
import { summaryContext, transcriptContext } from './register-request.js';

/** Requests that led to the person's cases or that a family account of the person came from. */
export const requestsDataSubject: PersonalDataSource = {
  module: 'requests',
  tables: [
    {
      table: 'intake_requests',
      title: 'Anfragen und Erstkontakt',
      match: [
        { column: 'id', subject: 'request' },
        { column: 'case_id', subject: 'case' },
      ],
      provides: { request: 'id' },
      sealed: {
        summary_enc: (r) => summaryContext(String(r.id)),
        transcript_enc: (r) => transcriptContext(String(r.id)),
      },
      withheld: {
        access_code: 'Zugangsdaten (nur als Prüfwert gespeichert, kein Inhalt über die Person)',
        pin_hash: 'Zugangsdaten (nur als Prüfwert gespeichert, kein Inhalt über die Person)',
      },
      dateColumn: 'created_at',
    },
  ],
};
