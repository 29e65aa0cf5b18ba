import type { PersonalDataSource } from '../../platform/personal-data.js';
import { commentContext } from './answers.js';

/** The person's own feedback answers and the check-in setting of their cases. */
export const feedbackDataSubject: PersonalDataSource = {
  module: 'feedback',
  tables: [
    {
      table: 'feedback_settings',
      title: 'Einstellungen der Rückmeldungen',
      match: [{ column: 'case_id', subject: 'case' }],
    },
    {
      table: 'feedback_answers',
      title: 'Rückmeldungen',
      match: [
        { column: 'case_id', subject: 'case' },
        { column: 'person_id', subject: 'person' },
        { column: 'family_account_id', subject: 'familyAccount' },
      ],
      sealed: { comment_enc: (r) => commentContext(String(r.id)) },
      dateColumn: 'created_at',
    },
  ],
};
