import type { PersonalDataSource } from '../../platform/personal-data.js';
import { commentContext } from './latest-response.js';
import { contentContext } from './versions.js';

/** Help plans (§ 36 SGB VIII) of the person's cases, every version, and the person's own answers. */
export const helpplanDataSubject: PersonalDataSource = {
  module: 'helpplan',
  tables: [
    {
      table: 'help_plans',
      title: 'Hilfepläne',
      match: [{ column: 'case_id', subject: 'case' }],
      dateColumn: 'created_at',
    },
    {
      table: 'help_plan_versions',
      title: 'Fassungen der Hilfepläne',
      match: [{ column: 'plan_id', parent: 'help_plans' }],
      sealed: { content_enc: (r) => contentContext(String(r.plan_id), Number(r.version)) },
      dateColumn: 'created_at',
    },
    {
      table: 'help_plan_responses',
      title: 'Rückmeldungen zum Hilfeplan',
      match: [
        { column: 'person_id', subject: 'person' },
        { column: 'plan_id', parent: 'help_plans' },
      ],
      sealed: { comment_enc: (r) => commentContext(String(r.id)) },
      dateColumn: 'created_at',
    },
  ],
};
