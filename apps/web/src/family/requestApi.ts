/**
 * Calls of the intake assistant and the "come back" pages. Imported only by lazily loaded pages,
 * so the shared zod schemas (which check every answer against the contract) stay out of the start page.
 */
import {
  type TChallenge,
  type TClassifyResponse,
  type TCreateIntakeRequest,
  type TFamilyLanguage,
  type TIntakeTopic,
  type TTeamContact,
  ZChallengeSchema,
  ZClassifyResponseSchema,
  ZConversationSchema,
  ZCreateIntakeResponseSchema,
  ZFamilyLoginAnswerSchema,
  ZFamilyRequestViewSchema,
  ZFlowResponseSchema,
  ZMeetingSchema,
  ZTeamContactSchema,
} from '@lotse/shared';
import { z } from 'zod';
import { api, isApiError } from '../api/client.ts';
import { solveChallenge } from './intake/pow.ts';

export type FlowResponse = z.infer<typeof ZFlowResponseSchema>;
export type CreateIntakeResponse = z.infer<typeof ZCreateIntakeResponseSchema>;
export type FamilyRequestView = z.infer<typeof ZFamilyRequestViewSchema>;

export function fetchIntakeFlow(signal?: AbortSignal): Promise<FlowResponse> {
  return api('/api/intake/flow', { signal, schema: ZFlowResponseSchema });
}

/** Topic, urgency and language of what the person wrote (server-side NLP, no AI). */
export function classifyConcern(text: string, lang: TFamilyLanguage): Promise<TClassifyResponse> {
  return api('/api/intake/classify', {
    method: 'POST',
    body: { text, lang },
    schema: ZClassifyResponseSchema,
  });
}

export interface RouteQuery {
  topic: TIntakeTopic;
  postcode?: string;
  street?: string;
  houseNumber?: string;
}

/** The team that is responsible for this topic and address. */
export function routeRequest(query: RouteQuery): Promise<TTeamContact> {
  return api('/api/intake/route', { method: 'POST', body: query, schema: ZTeamContactSchema });
}

export function fetchChallenge(): Promise<TChallenge> {
  return api('/api/intake/challenge', { schema: ZChallengeSchema });
}

export function createIntakeRequest(body: TCreateIntakeRequest): Promise<CreateIntakeResponse> {
  return api('/api/intake/requests', { method: 'POST', body, schema: ZCreateIntakeResponseSchema });
}

/**
 * Signs in with access code and PIN; the server sets the family session cookie. After a few
 * failures from this address the server asks for a proof of work first: solved here, then sent again.
 */
export async function familyLogin(code: string, pin: string): Promise<'request' | 'account'> {
  const login = (body: object) =>
    api('/api/family/login', { method: 'POST', body, schema: ZFamilyLoginAnswerSchema });
  try {
    return (await login({ code, pin })).kind;
  } catch (error) {
    if (!isApiError(error, 400) || error.code !== 'proof_required') throw error;
    const pow = await solveChallenge(await fetchChallenge());
    return (await login({ code, pin, pow })).kind;
  }
}

export function familyLogout(): Promise<void> {
  return api<void>('/api/family/logout', { method: 'POST' });
}

export function fetchFamilyRequest(signal?: AbortSignal): Promise<FamilyRequestView> {
  return api('/api/family/request', { signal, schema: ZFamilyRequestViewSchema });
}

export type Conversation = z.infer<typeof ZConversationSchema>;

/** The family's conversation with the team (reading it marks the staff's messages as read). */
export function fetchFamilyConversation(signal?: AbortSignal): Promise<Conversation> {
  return api('/api/family/conversation', { signal, schema: ZConversationSchema });
}

export function sendFamilyMessage(body: string): Promise<Conversation> {
  return api('/api/family/conversation/messages', {
    method: 'POST',
    body: { body },
    schema: ZConversationSchema,
  });
}

/** Sends a file (with an optional text) as one message; the server checks type and size again. */
export function sendFamilyAttachment(file: File, body: string): Promise<Conversation> {
  const form = new FormData();
  if (body) form.append('body', body);
  // Fields before the file: a streaming multipart parser sees the text first.
  form.append('file', file, file.name);
  return api('/api/family/conversation/attachments', {
    method: 'POST',
    body: form,
    schema: ZConversationSchema,
  });
}

/** Where the family downloads a file of its conversation (the session cookie authorises it). */
export function familyAttachmentUrl(attachmentId: string): string {
  return `/api/family/conversation/attachments/${encodeURIComponent(attachmentId)}`;
}

/** An appointment as the family sees it: a video call or a meeting at the team's office (`kind`). */
const ZFamilyMeetingSchema = ZMeetingSchema;
export type FamilyMeeting = z.infer<typeof ZFamilyMeetingSchema>;

export function fetchFamilyMeetings(signal?: AbortSignal): Promise<FamilyMeeting[]> {
  return api('/api/family/meetings', { signal, schema: z.array(ZFamilyMeetingSchema) });
}

/** Picks one proposed time; a time can be chosen once (the server answers 409 afterwards). */
export function chooseMeetingSlot(meetingId: string, slotId: string): Promise<FamilyMeeting> {
  return api(`/api/family/meetings/${encodeURIComponent(meetingId)}/choose`, {
    method: 'POST',
    body: { slotId },
    schema: ZFamilyMeetingSchema,
  });
}
