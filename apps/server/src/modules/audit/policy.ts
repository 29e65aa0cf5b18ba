import type { Actor } from '../../platform/actor.js';
import { hasRole } from '../../platform/actor.js';

/** Audit policy: only the data protection officer reads the trail (it holds references, no content). */
export function canReadAudit(actor: Actor): boolean {
  return hasRole(actor, 'dpo');
}
