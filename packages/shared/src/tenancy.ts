// Tenancy contract: the office's teams and social areas (directory).
import { z } from 'zod';
import { ZId, ZUserRefSchema } from './common.js';

/* ---------- directory ---------- */
export const ZTeamSchema = z.object({
  id: ZId,
  name: z.string(),
  kind: z.string(),
  socialArea: z.object({ id: ZId, name: z.string() }).nullable(),
  members: z.array(ZUserRefSchema.extend({ lead: z.boolean() })),
});
export type TTeam = z.infer<typeof ZTeamSchema>;

export const ZSocialAreaSchema = z.object({
  id: ZId,
  name: z.string(),
  code: z.string(),
  postcodes: z.array(z.string()),
});
export type TSocialArea = z.infer<typeof ZSocialAreaSchema>;
