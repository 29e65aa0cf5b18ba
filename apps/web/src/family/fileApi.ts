/** Calls of a family account's pages: the invitation, the file, the check-ins and the access log (lazily loaded). */
import {
  type TCasePersonRole,
  type TFamilyAccessLog,
  type TFamilyFeedback,
  type TFamilyFile,
  type TFeedbackAnswerInput,
  type TFeedbackSubmitted,
  ZCasePersonRole,
  ZFamilyAccessLogSchema,
  ZFamilyFeedbackSchema,
  ZFamilyFileSchema,
  ZFeedbackSubmittedSchema,
  ZRedeemedInvitationSchema,
} from '@lotse/shared';
import { z } from 'zod';
import { api } from '../api/client.ts';
import type { AddressForm } from '../i18n/address.ts';

export function checkInvitation(token: string): Promise<{ firstName: string; role: TCasePersonRole }> {
  return api('/api/family/invitation/check', {
    method: 'POST',
    body: { token },
    schema: z.object({ firstName: z.string(), role: ZCasePersonRole }),
  });
}

/** Children and young people are addressed informally, parents and guardians formally. */
export const addressFormOfRole = (role: TCasePersonRole): AddressForm =>
  role === 'child' ? 'informal' : 'formal';

/** Sets the PIN; the person is signed in and gets the code to come back with. */
export function redeemInvitation(token: string, pin: string): Promise<{ code: string }> {
  return api('/api/family/invitation', {
    method: 'POST',
    body: { token, pin },
    schema: ZRedeemedInvitationSchema,
  });
}

export function fetchFamilyFile(signal?: AbortSignal): Promise<TFamilyFile> {
  return api('/api/family/file', { signal, schema: ZFamilyFileSchema });
}

export function fetchAccessLog(before: string | null, signal?: AbortSignal): Promise<TFamilyAccessLog> {
  const query = before ? `?before=${encodeURIComponent(before)}` : '';
  return api(`/api/family/access-log${query}`, { signal, schema: ZFamilyAccessLogSchema });
}

export const documentUrl = (id: string) => `/api/family/file/documents/${encodeURIComponent(id)}`;

/** The person agrees to the plan version they see (or not yet), with an optional comment. */
export function answerHelpPlan(body: {
  planId: string;
  version: number;
  agreed: boolean;
  comment: string | null;
}): Promise<TFamilyFile> {
  return api('/api/family/file/help-plan-response', { method: 'POST', body, schema: ZFamilyFileSchema });
}

/** Whether a check-in is due for the signed-in person and the younger children they answer with. */
export function fetchFeedback(signal?: AbortSignal): Promise<TFamilyFeedback> {
  return api('/api/family/feedback', { signal, schema: ZFamilyFeedbackSchema });
}

export function sendFeedback(body: TFeedbackAnswerInput): Promise<TFeedbackSubmitted> {
  return api('/api/family/feedback', { method: 'POST', body, schema: ZFeedbackSubmittedSchema });
}
