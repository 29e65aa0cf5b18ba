import type { PersonalDataSource } from './personal-data.js';

/**
 * The platform's own tables about a person: the audit trail of who read or changed their data
 * (Art. 15 (1) c DSGVO: recipients) and the family app's sign-ins.
 */
/** Events about a person outside a case; partly indexed (migration 0036), so reads of cases stay cheap. */
const PERSON_RESOURCES = {
  column: 'resource_type',
  in: ['person', 'intake', 'family_account', 'data_subject_request'],
};

export const platformDataSubject: PersonalDataSource = {
  module: 'platform',
  tables: [
    {
      table: 'family_sessions',
      title: 'Anmeldungen in der Familien-App',
      match: [
        { column: 'family_account_id', subject: 'familyAccount' },
        { column: 'intake_request_id', subject: 'request' },
      ],
      withheld: { id: 'Sitzungsschlüssel (Zugangsdaten)' },
      dateColumn: 'created_at',
    },
    {
      table: 'audit_events',
      title: 'Protokoll: wer die Daten gelesen oder geändert hat',
      match: [
        { column: 'case_id', subject: 'case' },
        { column: 'resource_id', subject: 'person', where: PERSON_RESOURCES },
        { column: 'resource_id', subject: 'request', where: PERSON_RESOURCES },
        { column: 'resource_id', subject: 'familyAccount', where: PERSON_RESOURCES },
      ],
      withheld: { ip: 'Netzadresse der zugreifenden Stelle (Daten Dritter)' },
      dateColumn: 'id',
      limit: 2000,
      keptOnErasure: 'Das Protokoll behält die Tatsache (wer, wann, welche Aktion), keinen Inhalt.',
    },
  ],
};
