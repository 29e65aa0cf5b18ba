import type { KeyRing } from '../../platform/crypto.js';
import type { PersonalDataSource } from '../../platform/personal-data.js';
import { groundContext, messageContext, openColleagueText, subjectContext } from './colleague-sealing.js';

const OTHER_OFFICE = 'Gehört auch dem anderen Jugendamt; gelöscht wird die Verknüpfung mit dem Fall.';

/** Conversations with other offices that were linked to one of the person's cases (a recipient of data). */
export function cooperationDataSubject(keys: KeyRing): PersonalDataSource {
  const open =
    (context: (row: Record<string, unknown>) => string) =>
    (value: Uint8Array | string, row: Record<string, unknown>) =>
      openColleagueText(keys, value, context(row));
  return {
    module: 'cooperation',
    tables: [
      {
        table: 'colleague_case_links',
        title: 'Austausch mit anderen Jugendämtern zum Fall',
        match: [{ column: 'case_id', subject: 'case' }],
        tenantBound: false,
        opened: { ground_enc: open((r) => groundContext(String(r.conversation_id), String(r.office_id))) },
        dateColumn: 'linked_at',
      },
      {
        table: 'colleague_conversations',
        keptOnErasure: OTHER_OFFICE,
        title: 'Gespräche mit anderen Jugendämtern',
        match: [{ column: 'id', parent: 'colleague_case_links', parentColumn: 'conversation_id' }],
        tenantBound: false,
        opened: { subject_enc: open((r) => subjectContext(String(r.id))) },
      },
      {
        table: 'colleague_participants',
        keptOnErasure: OTHER_OFFICE,
        title: 'Beteiligte an diesen Gesprächen',
        match: [{ column: 'conversation_id', parent: 'colleague_case_links' }],
        tenantBound: false,
      },
      {
        table: 'colleague_messages',
        keptOnErasure: OTHER_OFFICE,
        title: 'Nachrichten an andere Jugendämter',
        match: [{ column: 'conversation_id', parent: 'colleague_case_links' }],
        tenantBound: false,
        opened: { body_enc: open((r) => messageContext(String(r.id))) },
        dateColumn: 'sent_at',
      },
    ],
  };
}
