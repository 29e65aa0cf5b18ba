import { randomUUID } from 'node:crypto';
import { intakeTopicLabels, type TTeamContact, type ZCreateIntakeRequestSchema } from '@lotse/shared';
import type { z } from 'zod';
import { withTenant } from '../../db/connection.js';
import { recordAudit } from '../../platform/audit/record.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import type { AppContext } from '../../platform/context.js';
import { HttpError } from '../../platform/errors.js';
import { enqueueJob } from '../../platform/jobs.js';
import { MAIL_JOB } from '../../platform/mail/mailer.js';
import { resolveSocialArea } from '../tenancy/resolve-social-area.js';
import { teamContact } from '../tenancy/team-contacts.js';
import { newAccessCode, newPin } from './access-code.js';
import { currentFlow } from './flow.js';
import { contactsMail } from './mails.js';
import { routeToTeam } from './routing.js';

export type CreateIntakeInput = z.output<typeof ZCreateIntakeRequestSchema>;

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

/**
 * A family sends its request: the server classifies it again (danger is never taken from the
 * client), routes it to the responsible team, stores it encrypted and returns code and PIN.
 */
export async function createIntakeRequest(
  ctx: AppContext,
  tenantId: string,
  input: CreateIntakeInput,
  ip: string,
): Promise<{ accessCode: string; pin: string; urgent: boolean; team: TTeamContact }> {
  if (!(await ctx.pow.accept(ctx.db, input.pow))) {
    throw new HttpError(
      400,
      'pow_failed',
      'Die Sicherheitsprüfung ist abgelaufen. Bitte senden Sie die Anfrage noch einmal.',
    );
  }
  const familyText = [
    input.concern,
    ...input.transcript.filter((t) => t.from === 'family').map((t) => t.text),
  ].join('\n');
  const classifier = await ctx.classifier();
  const lang = input.language === 'de-simple' ? 'de' : input.language;
  const classified = await classifier.classify(familyText, lang);
  const topic = input.topic ?? classified.topic;
  const urgent = classified.danger;
  const pin = newPin();
  const pinHash = await hashPassword(pin);
  const anonymous = input.anonymous;
  const summary: IntakeSummary = {
    concern: input.concern,
    name: anonymous ? null : (input.name ?? null),
    phone: anonymous ? null : (input.phone ?? null),
    email: input.email ?? null,
    postcode: input.postcode ?? null,
    street: input.street ?? null,
    houseNumber: input.houseNumber ?? null,
  };

  return withTenant(ctx.db, tenantId, async (tx) => {
    const socialAreaId = await resolveSocialArea(tx, input);
    const teamId = await routeToTeam(tx, topic, socialAreaId);
    if (!teamId) throw new HttpError(503, 'no_team', 'Das Amt hat noch keine Teams eingerichtet.');
    const { version } = await currentFlow(tx);
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
        pin_hash: pinHash,
        status: 'new',
        urgent,
        topic,
        confidence: classified.confidence,
        danger_signals: classified.dangerSignals,
        language: input.language,
        writer_role: input.writerRole,
        age: input.age ?? null,
        anonymous,
        social_area_id: socialAreaId,
        team_id: teamId,
        flow_version: version,
        summary_enc: await ctx.keys.encrypt(tx, tenantId, JSON.stringify(summary), summaryContext(id)),
        transcript_enc: await ctx.keys.encrypt(
          tx,
          tenantId,
          JSON.stringify(input.transcript),
          transcriptContext(id),
        ),
      })
      .execute();
    // The family's conversation with the office. A child's or young person's own request is
    // confidential counselling (§ 8 Abs. 3 SGB VIII): only its code holder sees it, never the parents.
    await tx
      .insertInto('conversations')
      .values({
        tenant_id: tenantId,
        id: randomUUID(),
        intake_request_id: id,
        team_id: teamId,
        subject: intakeTopicLabels[topic],
        confidential: input.writerRole === 'child' || input.writerRole === 'young_person',
      })
      .execute();
    const team = await teamContact(tx, teamId);
    if (input.sendContactsByEmail && input.email) {
      await enqueueJob(tx, ctx.keys, tenantId, MAIL_JOB, contactsMail(input.email, team, input.language));
    }
    await recordAudit(tx, {
      tenantId,
      actorId: null,
      actorRoles: [],
      action: 'intake.create',
      resourceType: 'intake',
      resourceId: id,
      outcome: 'allowed',
      ip,
      details: { topic, urgent, teamId },
    });
    return { accessCode, pin, urgent, team };
  });
}
