import type { PersonalDataSource } from '../../platform/personal-data.js';
import { personalContext } from './personal-data.js';

/** The person's own record: name, birth date, contact data (DSGVO Art. 15). */
export const peopleDataSubject: PersonalDataSource = {
  module: 'people',
  tables: [
    {
      table: 'persons',
      title: 'Stammdaten der Person',
      match: [{ column: 'id', subject: 'person' }],
      sealed: { personal_enc: (r) => personalContext(String(r.id)) },
      dateColumn: 'created_at',
    },
  ],
};
