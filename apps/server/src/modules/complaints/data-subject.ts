import type { PersonalDataSource } from '../../platform/personal-data.js';
import { answerContext, textContext } from './sealing.js';

/** Complaints (§ 9a SGB VIII) about the person's cases or made through their account or request. */
export const complaintsDataSubject: PersonalDataSource = {
  module: 'complaints',
  tables: [
    {
      table: 'complaints',
      title: 'Beschwerden',
      match: [
        { column: 'case_id', subject: 'case' },
        { column: 'family_account_id', subject: 'familyAccount' },
        { column: 'intake_request_id', subject: 'request' },
      ],
      sealed: { text_enc: (r) => textContext(String(r.id)), answer_enc: (r) => answerContext(String(r.id)) },
      dateColumn: 'received_at',
    },
  ],
};
