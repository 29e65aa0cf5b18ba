import { z } from 'zod';
import { type OidcConfig, oidcConfigOf, oidcSettings } from './config-oidc.js';

export type { OidcConfig } from './config-oidc.js';

const ZConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL muss mit postgres:// beginnen')
    .optional(),
  DATABASE_MIGRATION_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_MIGRATION_URL muss mit postgres:// beginnen')
    .optional(),
  DATA_DIR: z.string().default('./data'),
  /** Dictation: folder of a Whisper model exported for sherpa-onnx (encoder, decoder, tokens); unset: off. */
  DICTATION_MODEL_DIR: z.string().optional(),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL muss mit smtp:// oder smtps:// beginnen')
    .optional(),
  MAIL_FROM: z.string().default('Lotse <no-reply@lotse.invalid>'),
  /** The office the public family pages belong to; not needed when there is only one. */
  OFFICE_SLUG: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'OFFICE_SLUG: nur Kleinbuchstaben, Ziffern und Bindestriche')
    .optional(),
  MASTER_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'MASTER_KEY muss 32 Byte in Base64 sein (openssl rand -base64 32)')
    .optional(),
  /** Demo mode: demo data, visible banner, MFA optional. Default on for the embedded database. */
  LOTSE_DEMO: z.enum(['0', '1']).optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** TURN servers for video (coturn, comma-separated `turn:`/`turns:` URLs) and their shared secret. */
  TURN_URLS: z
    .string()
    .regex(
      /^(turns?|stun):[^,\s]+(,(turns?|stun):[^,\s]+)*$/,
      'TURN_URLS: Liste von turn:…-Adressen, durch Kommas getrennt',
    )
    .optional(),
  TURN_SECRET: z.string().min(16, 'TURN_SECRET: mindestens 16 Zeichen').optional(),
  /** Video: built-in WebRTC, or the office's Jitsi or BigBlueButton server. */
  VIDEO_PROVIDER: z.enum(['builtin', 'jitsi', 'bbb']).default('builtin'),
  JITSI_URL: z.url('JITSI_URL muss eine Adresse sein').optional(),
  JITSI_APP_ID: z.string().optional(),
  JITSI_SECRET: z.string().min(16, 'JITSI_SECRET: mindestens 16 Zeichen').optional(),
  BBB_URL: z.url('BBB_URL muss eine Adresse sein (…/bigbluebutton/)').optional(),
  BBB_SECRET: z.string().min(16, 'BBB_SECRET: mindestens 16 Zeichen').optional(),
  /** Optional: the office's own OpenAI-compatible service that may rephrase case briefs (off without it). */
  AI_URL: z
    .url({ protocol: /^https?$/, message: 'AI_URL muss eine Adresse sein (http://… oder https://…)' })
    .optional(),
  AI_MODEL: z.string().max(200).default('default'),
  AI_API_KEY: z.string().optional(),
  AI_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(300).default(20),
  ...oidcSettings,
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** The runtime connection: the login role lotse_app (PostgreSQL server only). */
  databaseUrl: string | undefined;
  /** The schema owner, for migrations and audit verification; without it DATABASE_URL is the owner's. */
  databaseMigrationUrl: string | undefined;
  dataDir: string;
  /** Folder of the speech model for dictation (modules/dictation); undefined: dictation is unavailable. */
  dictationModelDir: string | undefined;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  officeSlug: string | undefined;
  masterKey: string | undefined;
  demo: boolean;
  sessionIdleSeconds: number;
  sessionAbsoluteSeconds: number;
  logLevel: string;
  video: VideoConfig;
  /** The office's AI service for rephrasing case briefs; undefined: off (everything works without it). */
  ai: AiConfig | undefined;
  /** Sign-in through the office's identity provider (OpenID Connect); undefined: off. */
  oidc: OidcConfig | undefined;
  /** Password sign-in for staff and providers: for everyone, off, or only for administrators (emergency). */
  localPasswords: 'on' | 'off' | 'admins';
}

export interface AiConfig {
  /** Base URL of an OpenAI-compatible API: the brief posts to `{url}/v1/chat/completions`. */
  url: string;
  model: string;
  apiKey: string | undefined;
  timeoutMs: number;
}

export interface VideoConfig {
  provider: 'builtin' | 'jitsi' | 'bbb';
  turnUrls: string[];
  turnSecret: string | undefined;
  jitsi: { url: string; appId: string; secret: string } | undefined;
  bbb: { url: string; secret: string } | undefined;
}

export class ConfigError extends Error {}

/** Reads and validates all settings from the environment; throws ConfigError with readable lines. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (e.g. `DATABASE_URL= npm start`).
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZConfigSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Ungültige Einstellungen:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const demo = e.LOTSE_DEMO ? e.LOTSE_DEMO === '1' : !e.DATABASE_URL && e.NODE_ENV !== 'production';
  if (e.NODE_ENV === 'production' && !e.MASTER_KEY) {
    throw new ConfigError('MASTER_KEY fehlt: im Produktionsbetrieb startet Lotse nicht ohne Hauptschlüssel.');
  }
  if (e.NODE_ENV === 'production' && demo) {
    throw new ConfigError('LOTSE_DEMO=1 ist im Produktionsbetrieb nicht erlaubt.');
  }
  if (Boolean(e.TURN_URLS) !== Boolean(e.TURN_SECRET)) {
    throw new ConfigError('TURN_URLS und TURN_SECRET gehören zusammen: bitte beide setzen oder keines.');
  }
  if (e.VIDEO_PROVIDER === 'jitsi' && !(e.JITSI_URL && e.JITSI_APP_ID && e.JITSI_SECRET)) {
    throw new ConfigError('VIDEO_PROVIDER=jitsi braucht JITSI_URL, JITSI_APP_ID und JITSI_SECRET.');
  }
  if (e.VIDEO_PROVIDER === 'bbb' && !(e.BBB_URL && e.BBB_SECRET)) {
    throw new ConfigError('VIDEO_PROVIDER=bbb braucht BBB_URL und BBB_SECRET.');
  }
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  const sso = oidcConfigOf(e, {
    publicUrl,
    publicUrlSet: Boolean(e.PUBLIC_URL),
    production: e.NODE_ENV === 'production',
  });
  if ('problem' in sso) throw new ConfigError(sso.problem);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseMigrationUrl: e.DATABASE_MIGRATION_URL,
    dataDir: e.DATA_DIR,
    dictationModelDir: e.DICTATION_MODEL_DIR,
    publicUrl,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    // The demo has a second office (Nachbarstadt, for cooperation); its family pages are Musterstadt's.
    officeSlug: e.OFFICE_SLUG ?? (demo ? 'musterstadt' : undefined),
    masterKey: e.MASTER_KEY,
    demo,
    sessionIdleSeconds: e.SESSION_IDLE_MINUTES * 60,
    sessionAbsoluteSeconds: e.SESSION_ABSOLUTE_HOURS * 3600,
    logLevel: e.LOG_LEVEL ?? (demo ? 'warn' : 'info'),
    video: {
      provider: e.VIDEO_PROVIDER,
      turnUrls: e.TURN_URLS ? e.TURN_URLS.split(',') : [],
      turnSecret: e.TURN_SECRET,
      jitsi:
        e.JITSI_URL && e.JITSI_APP_ID && e.JITSI_SECRET
          ? { url: e.JITSI_URL, appId: e.JITSI_APP_ID, secret: e.JITSI_SECRET }
          : undefined,
      bbb: e.BBB_URL && e.BBB_SECRET ? { url: e.BBB_URL, secret: e.BBB_SECRET } : undefined,
    },
    ai: e.AI_URL
      ? {
          url: e.AI_URL.replace(/\/+$/, ''),
          model: e.AI_MODEL,
          apiKey: e.AI_API_KEY,
          timeoutMs: e.AI_TIMEOUT_SECONDS * 1000,
        }
      : undefined,
    oidc: sso.oidc,
    localPasswords: e.LOCAL_PASSWORDS,
  };
}
