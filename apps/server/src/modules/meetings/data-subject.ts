import type { PersonalDataSource } from '../../platform/personal-data.js';
import { guestLabelContext } from './guests.js';
import { titleContext } from './queries.js';

const LINK = 'Zugangsschlüssel des Gast-Links (nur als Prüfwert gespeichert)';

/** Video meetings of the person's requests: slots offered and guests invited. */
export const meetingsDataSubject: PersonalDataSource = {
  module: 'meetings',
  tables: [
    {
      table: 'meetings',
      title: 'Termine und Videogespräche',
      match: [{ column: 'intake_request_id', subject: 'request' }],
      sealed: { title_enc: (r) => titleContext(String(r.id)) },
      dateColumn: 'created_at',
    },
    {
      table: 'meeting_slots',
      title: 'Angebotene Zeiten',
      match: [{ column: 'meeting_id', parent: 'meetings' }],
    },
    {
      table: 'meeting_guests',
      title: 'Eingeladene Gäste',
      match: [{ column: 'meeting_id', parent: 'meetings' }],
      sealed: { label_enc: (r) => guestLabelContext(String(r.id)) },
      withheld: { token_hash: LINK, session_hash: LINK },
      dateColumn: 'created_at',
    },
  ],
};
