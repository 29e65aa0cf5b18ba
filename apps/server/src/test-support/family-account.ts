import type { TFamilyInvitation } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';

export const FAMILY_COOKIE = '__Host-lotse-family';

/**
 * Staff invite a person of the case and the person sets a PIN through the invitation; returns the
 * family cookie header and the account's access code.
 */
export async function activateFamilyAccount(
  app: FastifyInstance,
  staffCookie: string,
  caseId: string,
  personId: string,
  pin = '258147',
): Promise<{ cookie: string; code: string }> {
  const invited = await app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/family-accounts`,
    headers: { cookie: staffCookie },
    payload: { personId },
  });
  if (invited.statusCode !== 201) throw new Error(`invite failed: ${invited.statusCode} ${invited.body}`);
  const token = (invited.json() as TFamilyInvitation).invitePath.split('#')[1] ?? '';
  const redeemed = await app.inject({
    method: 'POST',
    url: '/api/family/invitation',
    payload: { token, pin },
  });
  if (redeemed.statusCode !== 200) throw new Error(`redeem failed: ${redeemed.statusCode} ${redeemed.body}`);
  const value = redeemed.cookies.find((c) => c.name === FAMILY_COOKIE)?.value;
  return { cookie: `${FAMILY_COOKIE}=${value}`, code: redeemed.json().code };
}
