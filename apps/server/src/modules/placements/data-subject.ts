import type { PersonalDataSource } from '../../platform/personal-data.js';
import { wishContext } from './choice.js';
import { needsContext } from './present.js';

/** Inquiries for places, which providers received them, placements and the family's choice of offer. */
export const placementsDataSubject: PersonalDataSource = {
  module: 'placements',
  tables: [
    {
      table: 'placement_inquiries',
      title: 'Platzanfragen',
      match: [
        { column: 'case_id', subject: 'case' },
        { column: 'person_id', subject: 'person' },
      ],
      sealed: { needs_enc: (r) => needsContext(String(r.id)) },
      dateColumn: 'created_at',
    },
    {
      table: 'placement_inquiry_recipients',
      title: 'Empfänger der Platzanfragen',
      match: [{ column: 'inquiry_id', parent: 'placement_inquiries' }],
    },
    {
      table: 'placements',
      title: 'Belegungen',
      match: [
        { column: 'case_id', subject: 'case' },
        { column: 'inquiry_id', parent: 'placement_inquiries' },
      ],
      dateColumn: 'created_at',
    },
    {
      table: 'offer_choices',
      title: 'Zur Wahl gestellte Angebote',
      match: [{ column: 'case_id', subject: 'case' }],
    },
    {
      table: 'offer_wishes',
      title: 'Wünsche zum Angebot (§ 5 SGB VIII)',
      match: [
        { column: 'case_id', subject: 'case' },
        { column: 'person_id', subject: 'person' },
      ],
      sealed: { note_enc: (r) => wishContext(String(r.id)) },
      dateColumn: 'created_at',
    },
  ],
};
