import type { TOfficeKey } from '@lotse/shared';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import { officeName } from './office.js';
import { officeKey } from './signing-key.js';

/** The office's public signing key and its fingerprint, to tell partner offices (created on first use). */
export async function officeSigningKey(scope: ActorScope): Promise<TOfficeKey> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  const key = await officeKey(scope);
  return {
    office: await officeName(scope),
    fingerprint: key.fingerprint,
    publicKey: key.publicKey,
    createdAt: key.createdAt,
  };
}
