/** Calls of the family's consents page and its card on "Meine Akte" (lazily loaded with them). */
import { type TFamilyConsent, ZFamilyConsentsSchema } from '@lotse/shared';
import { api } from '../../api/client.ts';

export const consentsQueryKey = ['family', 'consents'] as const;

export type ConsentDecision = TFamilyConsent['allowedActions'][number];

export interface FamilyConsents {
  items: TFamilyConsent[];
}

/** The signed-in person's consents: asked for, given, and no longer in force. */
export function fetchConsents(signal?: AbortSignal): Promise<FamilyConsents> {
  return api('/api/family/consents', { signal, schema: ZFamilyConsentsSchema });
}

/** Gives or declines a consent the person was asked for, or revokes one they gave. */
export function decideConsent(input: { id: string; decision: ConsentDecision }): Promise<FamilyConsents> {
  return api(`/api/family/consents/${encodeURIComponent(input.id)}`, {
    method: 'POST',
    body: { decision: input.decision },
    schema: ZFamilyConsentsSchema,
  });
}
