/** Input limits shared by server validation and client forms. */
export const limits = {
  bodyBytes: 1024 * 1024,
  uploadBytes: 20 * 1024 * 1024,
  shortText: 200,
  title: 300,
  noteBody: 50_000,
  search: 100,
  pageSizeMax: 100,
  personsPerCase: 30,
  intakeText: 4000,
  /** A participant's view, a goal's plain-language summary in a help plan. */
  planText: 4000,
  messageText: 10_000,
  /** One file per message in the messenger. */
  messageAttachmentBytes: 10 * 1024 * 1024,
} as const;

/** Media types accepted as case documents, detected from content. */
export const allowedDocumentTypes = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'text/plain',
] as const;
