import { allowedDocumentTypes, limits } from '@lotse/shared';

/** File endings of the allowed types, for phones that report no media type (and for the picker). */
const allowedExtensions = ['.pdf', '.png', '.jpg', '.jpeg', '.webp', '.docx', '.odt', '.txt'] as const;

/** What the file picker offers: the media types and their endings. */
export const attachmentAccept = [...allowedDocumentTypes, ...allowedExtensions].join(',');

export const maxAttachmentBytes = limits.messageAttachmentBytes;

export type AttachmentProblem = 'tooBig' | 'wrongType' | 'empty';

/**
 * Checks a chosen file before it is sent, so a family learns at once that it will not go through.
 * The server checks again from the content; this is only a friendly early answer.
 */
export function attachmentProblem(file: File): AttachmentProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > maxAttachmentBytes) return 'tooBig';
  const name = file.name.toLowerCase();
  const knownType = (allowedDocumentTypes as readonly string[]).includes(file.type);
  const knownEnding = allowedExtensions.some((ending) => name.endsWith(ending));
  // Some phones send no type (or a generic one) for documents: then the ending decides.
  if (file.type && file.type !== 'application/octet-stream') return knownType ? null : 'wrongType';
  return knownEnding ? null : 'wrongType';
}
