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
  ZFamilyRequestViewSchema,
  ZFlowResponseSchema,
  ZTeamContactSchema,
} from '@lotse/shared';
import type { z } from 'zod';
import { api } from '../api/client.ts';

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

/** Signs in with access code and PIN; the server sets the family session cookie. */
export function familyLogin(code: string, pin: string): Promise<void> {
  return api<void>('/api/family/login', { method: 'POST', body: { code, pin } });
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
