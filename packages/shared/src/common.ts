// Common contract pieces: primitives, the error body, and user/team references used by many domains.
import { z } from 'zod';
import { limits } from './limits.js';

/* Primitives: building blocks of the domain contracts; index.ts does not re-export them. */
export const ZId = z.uuid({ message: 'Ungültige ID' });
export const ZShortText = z.string().trim().min(1, 'Darf nicht leer sein').max(limits.shortText, 'Zu lang');
export const ZIsoDate = z.iso.date({ message: 'Datum im Format JJJJ-MM-TT erwartet' });

/* ---------- errors ---------- */
export const ZErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
});
export type TError = z.infer<typeof ZErrorSchema>;

/** A calendar day 'YYYY-MM-DD' as German documents write it ('TT.MM.JJJJ'); null as '–'. */
export const germanDate = (iso: string | null): string =>
  iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '–';

export const ZUserRefSchema = z.object({ id: ZId, displayName: z.string() });
export type TUserRef = z.infer<typeof ZUserRefSchema>;
export const ZTeamRefSchema = z.object({ id: ZId, name: z.string() });
export type TTeamRef = z.infer<typeof ZTeamRefSchema>;
