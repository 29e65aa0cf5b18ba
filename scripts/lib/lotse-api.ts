import { solveChallenge } from 'altcha-lib/v1';
import type { Answer, Caller } from './lotse.js';

/* The Lotse API calls both drills make: family requests, cases, conversations, file paths. */

/**
 * Sends a family request through the public API as the family app does (proof of work solved) and
 * returns its code and PIN.
 */
export async function sendIntakeRequest(
  base: string,
  concern: string,
  postcode = '12101',
): Promise<{ accessCode: string; pin: string }> {
  const challenge = (await (await fetch(`${base}/api/intake/challenge`)).json()) as {
    algorithm: string;
    challenge: string;
    salt: string;
    signature: string;
    maxnumber: number;
  };
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise;
  if (!solution) throw new Error('Proof of work nicht gelöst');
  const res = await fetch(`${base}/api/intake/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      language: 'de',
      writerRole: 'parent',
      concern,
      anonymous: false,
      name: 'Familie Drill',
      transcript: [],
      consent: true,
      postcode,
      pow: {
        algorithm: challenge.algorithm,
        challenge: challenge.challenge,
        salt: challenge.salt,
        signature: challenge.signature,
        number: solution.number,
      },
    }),
  });
  if (res.status !== 201) throw new Error(`Anfrage senden: ${res.status} ${await res.text()}`);
  return (await res.json()) as { accessCode: string; pin: string };
}

/** A multipart body with one file (and text fields) as the browser sends it. */
export function fileForm(name: string, data: Buffer, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', new Blob([data], { type: 'text/plain' }), name);
  return form;
}

/** The caller's own cases (`mine=true`) that allow every one of `actions`, at most `limit`. */
export async function myCasesAllowing(caller: Caller, actions: string[], limit: number): Promise<string[]> {
  const res = await caller.request('GET', '/api/cases?mine=true');
  const items = (res.body as { items: { id: string; allowedActions: string[] }[] }).items ?? [];
  return items
    .filter((c) => actions.every((action) => c.allowedActions.includes(action)))
    .slice(0, limit)
    .map((c) => c.id);
}

/** A conversation as staff and families read it (and as a sent message is answered with). */
export interface Conversation {
  messages: { id: string; body: string; attachment: { id: string } | null }[];
}

export function findMessage(body: unknown, text: string): Conversation['messages'][number] | undefined {
  return (body as Conversation).messages.find((m) => m.body === text);
}

/**
 * Sends a message into a conversation — `/api/inbox/:requestId/conversation` for staff,
 * `/api/family/conversation` for the family — with a file when one is given.
 */
export function postMessage(
  caller: Caller,
  conversation: string,
  text: string,
  file: { name: string; data: Buffer } | null,
): Promise<Answer> {
  return file
    ? caller.request('POST', `${conversation}/attachments`, fileForm(file.name, file.data, { body: text }))
    : caller.request('POST', `${conversation}/messages`, { body: text });
}

export const documentContentPath = (caseId: string, documentId: string) =>
  `/api/cases/${caseId}/documents/${documentId}/content`;

export const attachmentPath = (requestId: string, attachmentId: string) =>
  `/api/inbox/${requestId}/conversation/attachments/${attachmentId}`;
