// Blind-spot hints on a case: rule-based, explainable, never a decision (issue "Help planning").
import { z } from 'zod';
import { ZUserRefSchema } from './common.js';

/** A standing dismissal: the caseworker set the hint aside for this case, with a reason. */
export const ZHintDismissalSchema = z.object({
  reason: z.string(),
  by: ZUserRefSchema,
  at: z.string(),
});

export const ZHintSchema = z.object({
  /** The rule's key; the same rule gives the same key on every case. */
  rule: z.string(),
  /** The paragraph of law the rule rests on, e.g. "§ 36 Abs. 2 SGB VIII". */
  law: z.string(),
  /** The paragraph's official text online (gesetze-im-internet.de). */
  lawUrl: z.url(),
  /** What the rule noticed, in German, addressed to the caseworker. */
  text: z.string(),
  /** Set when someone dismissed the hint for this case; it stays listed, marked as dismissed. */
  dismissal: ZHintDismissalSchema.nullable(),
});
export type THint = z.infer<typeof ZHintSchema>;

export const ZHintRuleParam = z.string().regex(/^[a-z0-9_]{1,60}$/, 'Unbekannte Regel');

export const ZHintDismissInputSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(5, 'Bitte geben Sie einen Grund an (mindestens 5 Zeichen).')
    .max(500, 'Der Grund ist zu lang (höchstens 500 Zeichen).'),
});
export type THintDismissInput = z.infer<typeof ZHintDismissInputSchema>;

export const hintAuditActions = [
  'hint.list',
  'hint.dismiss', // a hint was set aside for a case, with a reason
  'hint.restore', // such a dismissal was taken back
] as const;
