import type { PersonalDataSource } from '../../platform/personal-data.js';
import { sealContexts } from './contexts.js';

/** Ratings from several perspectives and the eco-map of the person's cases. */
export const perspectivesDataSubject: PersonalDataSource = {
  module: 'perspectives',
  tables: [
    {
      table: 'perspective_rounds',
      title: 'Einschätzungsrunden',
      match: [
        { column: 'case_id', subject: 'case' },
        { column: 'help_plan_id', parent: 'help_plans' },
      ],
      dateColumn: 'rated_on',
    },
    {
      table: 'perspective_entries',
      title: 'Perspektiven einer Runde',
      match: [{ column: 'round_id', parent: 'perspective_rounds' }],
    },
    {
      table: 'perspective_ratings',
      title: 'Bewertungen',
      match: [{ column: 'round_id', parent: 'perspective_rounds' }],
      sealed: {
        comment_enc: (r) =>
          sealContexts.comment(String(r.round_id), String(r.perspective), String(r.dimension)),
      },
    },
    { table: 'ecomaps', title: 'Netzwerkkarten', match: [{ column: 'case_id', subject: 'case' }] },
    {
      table: 'ecomap_nodes',
      title: 'Personen und Stellen der Netzwerkkarte',
      match: [{ column: 'case_id', subject: 'case' }],
      sealed: {
        label_enc: (r) => sealContexts.ecomapLabel(String(r.case_id), String(r.id)),
        note_enc: (r) => sealContexts.ecomapNote(String(r.case_id), String(r.id)),
      },
    },
  ],
};
