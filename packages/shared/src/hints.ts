// Blind-spot hints on a case: rule-based, explainable, never a decision (issue "Help planning").
import { z } from 'zod';

export const ZHintSchema = z.object({
  /** The rule's key; the same rule gives the same key on every case. */
  rule: z.string(),
  /** The paragraph of law the rule rests on, e.g. "§ 36 Abs. 2 SGB VIII". */
  law: z.string(),
  /** What the rule noticed, in German, addressed to the caseworker. */
  text: z.string(),
});
export type THint = z.infer<typeof ZHintSchema>;

export const hintAuditActions = ['hint.list'] as const;
