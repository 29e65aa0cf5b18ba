import { allowedDocumentTypes } from '@lotse/shared';
import type { FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { HttpError } from './errors.js';

/** The media type judged from the content, not from the name or the browser's claim. */
export async function detectUploadType(data: Buffer): Promise<string | null> {
  const detected = await fileTypeFromBuffer(data);
  if (detected) {
    return (allowedDocumentTypes as readonly string[]).includes(detected.mime) ? detected.mime : null;
  }
  // Plain text has no magic number: accept valid UTF-8 without control characters.
  const text = data.toString('utf8');
  if (text.includes('\uFFFD') || [...text].some(isForbiddenControl)) return null;
  return 'text/plain';
}

/** Control characters other than tab, line feed, carriage return and form feed. */
function isForbiddenControl(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(code)) || code === 0x7f;
}

/** A file name that is safe to store and to send back in Content-Disposition. */
export function cleanFilename(name: string, fallback = 'dokument'): string {
  const base = name.split(/[\\/]/).pop() ?? fallback;
  const cleaned = [...base.normalize('NFC')]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || '"<>|:*?'.includes(ch) ? '_' : ch))
    .join('')
    .trim()
    .slice(0, 200);
  return cleaned || fallback;
}

export const unsupportedFileMessage = 'Erlaubt sind PDF, Bilder (PNG, JPEG, WebP), Word, ODT und Text.';

export interface UploadedFile {
  filename: string;
  mediaType: string;
  data: Buffer;
  /** Text fields sent along with the file (e.g. a message body). */
  fields: Record<string, string>;
}

/**
 * Reads a multipart request with exactly one file in the field `file` (and optional text fields),
 * checks size and content type. Every refusal is a 4xx a person can act on.
 */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<UploadedFile> {
  if (!request.isMultipart()) {
    throw new HttpError(
      415,
      'multipart_expected',
      'Bitte die Datei als multipart/form-data im Feld "file" senden.',
    );
  }
  const fields: Record<string, string> = {};
  let file: { filename: string; data: Buffer } | null = null;
  const tooLarge = () =>
    new HttpError(413, 'too_large', `Die Datei ist größer als ${maxBytes / 1024 / 1024} MB.`);
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 5 } })) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.file.truncated) throw tooLarge();
        if (part.fieldname === 'file') file = { filename: part.filename, data };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') {
      throw new HttpError(400, 'too_many_parts', 'Bitte genau eine Datei im Feld "file" senden.');
    }
    throw new HttpError(400, 'bad_multipart', 'Die Datei konnte nicht gelesen werden. Bitte erneut senden.');
  }
  if (!file) throw new HttpError(400, 'file_missing', 'Es wurde keine Datei im Feld "file" gesendet.');
  if (file.data.length === 0) throw new HttpError(400, 'empty_file', 'Die Datei ist leer.');
  const mediaType = await detectUploadType(file.data);
  if (!mediaType) throw new HttpError(415, 'unsupported_file', unsupportedFileMessage);
  return { filename: cleanFilename(file.filename), mediaType, data: file.data, fields };
}

/** Headers for sending a stored file as a download, never rendered inline. */
export function downloadHeaders(filename: string, mediaType: string): Record<string, string> {
  return {
    'content-type': mediaType,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'x-content-type-options': 'nosniff',
  };
}
