import { randomUUID } from 'node:crypto';
import type { TIntakeTopic, TTeamContact, TWriterRole } from '@lotse/shared';
import { hashPassword } from '../../platform/auth/passwords.js';
import type { KeyRing } from '../../platform/crypto.js';
import type { Scope } from '../../platform/scope.js';
import { teamContact } from '../tenancy/index.js';
import { newAccessCode, newPin } from './access-code.js';

/** What the family told us about themselves; stored encrypted with the request. */
export interface IntakeSummary {
  concern: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  postcode: string | null;
  street: string | null;
  houseNumber: string | null;
}

export const summaryContext = (id: string) => `intake-summary:${id}`;
export const transcriptContext = (id: string) => `intake-transcript:${id}`;

/** A new request's PIN and its hash; made before the transaction (hashing takes a moment). */
export async function newRequestPin(): Promise<{ pin: string; pinHash: string }> {
  const pin = newPin();
  return { pin, pinHash: await hashPassword(pin) };
}

/** A classified and routed request, as the intake assistant hands it over. */
export interface NewRequest {
  topic: TIntakeTopic;
  urgent: boolean;
  confidence: number;
  dangerSignals: string[];
  language: string;
  writerRole: TWriterRole;
  age: number | null;
  anonymous: boolean;
  socialAreaId: string | null;
  teamId: string;
  flowVersion: number;
  summary: IntakeSummary;
  transcript: unknown;
  pinHash: string;
}

/**
 * Files a request in its team's inbox with an access code for the family to come back with.
 * Returns the code and the team's contact; the caller hands the family the PIN it made.
 */
export async function registerRequest(
  { tx, tenantId, audit }: Scope,
  keys: KeyRing,
  input: NewRequest,
): Promise<{ id: string; accessCode: string; team: TTeamContact }> {
  const id = randomUUID();
  let accessCode = newAccessCode();
  // 40-bit codes rarely collide; a unique index guards it and we draw again.
  for (let i = 0; i < 5; i++) {
    const taken = await tx
      .selectFrom('intake_requests')
      .select('id')
      .where('access_code', '=', accessCode)
      .executeTakeFirst();
    if (!taken) break;
    accessCode = newAccessCode();
  }
  await tx
    .insertInto('intake_requests')
    .values({
      tenant_id: tenantId,
      id,
      access_code: accessCode,
      pin_hash: input.pinHash,
      status: 'new',
      urgent: input.urgent,
      topic: input.topic,
      confidence: input.confidence,
      danger_signals: input.dangerSignals,
      language: input.language,
      writer_role: input.writerRole,
      age: input.age,
      anonymous: input.anonymous,
      social_area_id: input.socialAreaId,
      team_id: input.teamId,
      flow_version: input.flowVersion,
      summary_enc: await keys.encrypt(tx, tenantId, JSON.stringify(input.summary), summaryContext(id)),
      transcript_enc: await keys.encrypt(
        tx,
        tenantId,
        JSON.stringify(input.transcript),
        transcriptContext(id),
      ),
    })
    .execute();
  await audit({
    action: 'intake.create',
    resourceType: 'intake',
    resourceId: id,
    details: { topic: input.topic, urgent: input.urgent, teamId: input.teamId },
  });
  return { id, accessCode, team: await teamContact(tx, input.teamId) };
}
