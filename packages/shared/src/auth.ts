// Auth contract: staff login, second factor (TOTP) and the signed-in user (me).
import { z } from 'zod';
import { ZId, ZTeamRefSchema } from './common.js';
import { ZRole } from './enums.js';

/* ---------- auth ---------- */
export const authAuditActions = [
  'auth.login', // password accepted (session created, maybe waiting for the second factor)
  'auth.login_failed', // unknown name or wrong password (same answer to the caller)
  'auth.throttled', // too many failures for this name or address
  'auth.mfa', // second factor accepted
  'auth.mfa_failed', // wrong second-factor code
  'auth.mfa_enabled', // a user enrolled TOTP
  'auth.logout',
  'auth.claims_applied', // roles or teams taken from the identity provider's claims at a sign-in
] as const;

export const ZLoginRequestSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export const ZLoginResponseSchema = z.object({
  ok: z.boolean(),
  mfaRequired: z.boolean().optional(),
  mfaSetupRequired: z.boolean().optional(),
});
/**
 * How staff and providers sign in here: through the office's identity provider (`sso`) and/or with a
 * password (`passwords`: for everyone, nobody, or only administrators as the way in when the
 * provider is down).
 */
export const ZSignInMethodsSchema = z.object({
  sso: z.boolean(),
  passwords: z.enum(['on', 'off', 'admins']),
});
export type TSignInMethods = z.infer<typeof ZSignInMethodsSchema>;

/** After a sign-in through the identity provider: where the browser ends the provider's session too. */
export const ZLogoutResponseSchema = z.object({ providerLogoutUrl: z.url() });
export type TLogoutResponse = z.infer<typeof ZLogoutResponseSchema>;

export const ZMfaRequestSchema = z.object({
  code: z.string().regex(/^\d{6}$/, 'Sechsstelliger Code erwartet'),
});
export const ZMfaSetupResponseSchema = z.object({ secret: z.string(), otpauthUrl: z.string() });

/**
 * What a staff member may do in their office as a whole (per-record actions come with each record):
 * `administer` the office's settings, `read_audit` the audit trail, `work_on_requests` in the team
 * inbox, `work_on_cases` (see case files and "Mein Tag"), `create_cases` in their own team, and
 * `plan` (youth welfare planning figures; in preparation), `handle_complaints` (the complaint office, § 9a).
 */
export const ZOfficeAction = z.enum([
  'administer',
  'read_audit',
  'work_on_requests',
  'work_on_cases',
  'create_cases',
  'lead_team',
  'plan',
  'handle_complaints',
  'work_as_provider',
  'search_placements',
  'use_knowledge',
  'manage_onboarding',
  'publish_cooperation',
  'handle_data_subject_rights',
]);
export type TOfficeAction = z.infer<typeof ZOfficeAction>;

export const ZMeResponseSchema = z.object({
  id: ZId,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(ZRole),
  teams: z.array(ZTeamRefSchema.extend({ lead: z.boolean() })),
  office: z.object({ id: ZId, name: z.string() }),
  mfaEnabled: z.boolean(),
  demo: z.boolean(),
  /** Office-wide actions the UI may offer (administration, audit trail, team inbox, cases, planning). */
  allowedActions: z.array(ZOfficeAction),
});
export type TMe = z.infer<typeof ZMeResponseSchema>;
