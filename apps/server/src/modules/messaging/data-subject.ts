import type { PersonalDataSource } from '../../platform/personal-data.js';
import { attachmentNameContext, messageContext } from './conversation.js';

/** The messenger conversations of the person's requests, their messages and files. */
export const messagingDataSubject: PersonalDataSource = {
  module: 'messaging',
  tables: [
    {
      table: 'conversations',
      title: 'Gespräche im Messenger',
      match: [{ column: 'intake_request_id', subject: 'request' }],
      dateColumn: 'created_at',
    },
    {
      table: 'message_attachments',
      title: 'Dateien im Messenger',
      match: [{ column: 'conversation_id', parent: 'conversations' }],
      sealed: { filename_enc: (r) => attachmentNameContext(String(r.id)) },
      withheld: {
        blob_key: 'Speicherort der verschlüsselten Datei; die Datei selbst als Kopie aus dem Gespräch',
      },
      blobColumn: 'blob_key',
      dateColumn: 'created_at',
    },
    {
      table: 'messages',
      title: 'Nachrichten',
      match: [
        { column: 'conversation_id', parent: 'conversations' },
        { column: 'attachment_id', parent: 'message_attachments' },
      ],
      sealed: { body_enc: (r) => messageContext(String(r.id)) },
      dateColumn: 'created_at',
    },
  ],
};
