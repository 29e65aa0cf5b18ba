import type { PersonalDataSource } from '../../platform/personal-data.js';

const CREDENTIAL = 'Zugangsdaten (nur als Prüfwert gespeichert, kein Inhalt über die Person)';

/** The person's family-app account and the devices (passkeys) it signs in with. */
export const familyDataSubject: PersonalDataSource = {
  module: 'family',
  tables: [
    {
      table: 'family_accounts',
      title: 'Zugang zur Familien-App',
      match: [
        { column: 'person_id', subject: 'person' },
        { column: 'case_id', subject: 'case' },
        { column: 'intake_request_id', subject: 'request' },
      ],
      provides: { familyAccount: 'id', request: 'intake_request_id' },
      withheld: { access_code: CREDENTIAL, pin_hash: CREDENTIAL, invite_token_hash: CREDENTIAL },
      dateColumn: 'invited_at',
    },
    {
      table: 'family_passkeys',
      title: 'Angemeldete Geräte (Passkeys)',
      match: [{ column: 'family_account_id', parent: 'family_accounts' }],
      withheld: { credential_id: CREDENTIAL, public_key: CREDENTIAL },
      dateColumn: 'created_at',
    },
  ],
};
