// Tenancy contract: the office's teams and social areas (directory).
import { z } from 'zod';
import { ZId, ZUserRefSchema } from './common.js';
import { ZRole } from './enums.js';
import { helpLineKeys } from './help-lines.js';

/* ---------- directory ---------- */
export const ZTeamSchema = z.object({
  id: ZId,
  name: z.string(),
  kind: z.string(),
  socialArea: z.object({ id: ZId, name: z.string() }).nullable(),
  members: z.array(ZUserRefSchema.extend({ lead: z.boolean() })),
});
export type TTeam = z.infer<typeof ZTeamSchema>;

/**
 * The staff directory (`GET /api/users`) answers only whom the caller's work needs
 * (`modules/tenancy/policy.ts`): colleagues of the caller's teams, the whole office for the data
 * protection officer, and otherwise the caller alone.
 */
export const ZDirectoryAction = z.enum(['see']);
export type TDirectoryAction = z.infer<typeof ZDirectoryAction>;

/** A colleague in the staff directory: name and roles, nothing else. */
export const ZStaffMemberSchema = ZUserRefSchema.extend({ roles: z.array(ZRole) });
export type TStaffMember = z.infer<typeof ZStaffMemberSchema>;

export const ZSocialAreaSchema = z.object({
  id: ZId,
  name: z.string(),
  code: z.string(),
  postcodes: z.array(z.string()),
});
export type TSocialArea = z.infer<typeof ZSocialAreaSchema>;

/* ---------- help lines of the family app ---------- */
/**
 * Lines the family app shows: emergency (police, fire), children and young people (Nummer gegen
 * Kummer), parents (Elterntelefon), violence against women, crisis counselling (Telefonseelsorge,
 * two numbers) and sexual abuse (Hilfetelefon Sexueller Missbrauch). Names and descriptions are
 * texts of the family app in each language; the numbers are office data.
 */
export const ZHelpLineKey = z.enum(helpLineKeys);

export const ZHelpLineSchema = z.object({
  key: ZHelpLineKey,
  phone: z.string(),
  enabled: z.boolean(),
  /** True when the office kept the shipped number. */
  isDefault: z.boolean(),
});
export type THelpLine = z.infer<typeof ZHelpLineSchema>;

export const ZHelpLineEditSchema = z.object({
  lines: z
    .array(
      z.object({
        key: ZHelpLineKey,
        phone: z
          .string()
          .trim()
          .regex(/^\+?[0-9][0-9 /-]{1,38}$/, 'Nur Ziffern, Leerzeichen, / und -, bitte.'),
        enabled: z.boolean(),
      }),
    )
    .max(helpLineKeys.length)
    .refine((lines) => new Set(lines.map((l) => l.key)).size === lines.length, 'Jede Nummer nur einmal.'),
});
export type THelpLineEdit = z.infer<typeof ZHelpLineEditSchema>;
