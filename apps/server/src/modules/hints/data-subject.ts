import type { PersonalDataSource } from '../../platform/personal-data.js';
import { dismissalReasonContext } from './standing-dismissals.js';

/** Hints a caseworker set aside in the person's cases, with the reason given. */
export const hintsDataSubject: PersonalDataSource = {
  module: 'hints',
  tables: [
    {
      table: 'hint_dismissals',
      title: 'Zurückgestellte Hinweise',
      match: [{ column: 'case_id', subject: 'case' }],
      sealed: { reason_enc: (r) => dismissalReasonContext(String(r.id)) },
      dateColumn: 'dismissed_at',
    },
  ],
};
