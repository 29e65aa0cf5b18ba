import {
  intakeTopicLabels,
  possibleSignal,
  type TTeamContact,
  type ZCreateIntakeRequestSchema,
} from '@lotse/shared';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { HttpError } from '../../platform/errors.js';
import { enqueueJob } from '../../platform/jobs.js';
import { MAIL_JOB } from '../../platform/mail/mailer.js';
import { inOfficeScope } from '../../platform/scope.js';
import { openConversation } from '../messaging/index.js';
import { type IntakeSummary, newRequestPin, registerRequest } from '../requests/index.js';
import { resolveSocialArea } from '../tenancy/index.js';
import { intakeClassifier } from './classifier/index.js';
import { currentFlow } from './flow.js';
import { contactsMail } from './mails.js';
import { routeToTeam } from './routing.js';

export type CreateIntakeInput = z.output<typeof ZCreateIntakeRequestSchema>;

/**
 * A family sends its request: the server classifies it again (danger is never taken from the
 * client), routes it to the responsible team, files it with its conversation and returns code and PIN.
 */
export async function sendIntakeRequest(
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
  const classifier = await intakeClassifier();
  const classified = await classifier.classify(
    familyText,
    input.language === 'de-simple' ? 'de' : input.language,
  );
  const topic = input.topic ?? classified.topic;
  const safety = safetyDecision(input, classified.uncertain);
  const urgent = classified.danger || safety.urgent;
  // What made the assistant ask without raising the alarm stays visible to the team, marked as
  // uncertain ("possible_violence"), so a lowered signal is never silently dropped.
  const possible = classified.danger
    ? []
    : [...new Set(classified.hints.map((hint) => possibleSignal(hint.signal)))];
  const dangerSignals = [...classified.dangerSignals, ...safety.signals, ...possible];
  const { pin, pinHash } = await newRequestPin();
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

  return inOfficeScope(ctx, tenantId, ip, async (scope) => {
    const socialAreaId = await resolveSocialArea(scope.tx, input);
    const teamId = await routeToTeam(scope.tx, topic, socialAreaId);
    if (!teamId) throw new HttpError(503, 'no_team', 'Das Amt hat noch keine Teams eingerichtet.');
    const { version } = await currentFlow(scope.tx);
    const filed = await registerRequest(scope, ctx.keys, {
      topic,
      urgent,
      confidence: classified.confidence,
      dangerSignals,
      language: input.language,
      writerRole: input.writerRole,
      age: input.age ?? null,
      anonymous,
      socialAreaId,
      teamId,
      flowVersion: version,
      summary,
      transcript: input.transcript,
      pinHash,
    });
    await openConversation(scope, {
      intakeRequestId: filed.id,
      teamId,
      subject: intakeTopicLabels[topic],
      confidential: input.writerRole === 'child' || input.writerRole === 'young_person',
    });
    if (input.sendContactsByEmail && input.email) {
      await enqueueJob(
        scope.tx,
        ctx.keys,
        tenantId,
        MAIL_JOB,
        contactsMail(input.email, filed.team, input.language),
      );
    }
    return { accessCode: filed.accessCode, pin, urgent, team: filed.team };
  });
}

/**
 * What the answer to the safety question adds. "Yes" makes any request urgent. A child or young
 * person who was asked because of weak hints and did not say "no" is treated as urgent too: when
 * unsure, the office calls back first.
 */
export function safetyDecision(
  input: Pick<CreateIntakeInput, 'safetyAnswer' | 'writerRole'>,
  uncertain: boolean,
): { urgent: boolean; signals: string[] } {
  const answer = input.safetyAnswer;
  if (answer === 'yes') return { urgent: true, signals: ['safety_yes'] };
  const young = input.writerRole === 'child' || input.writerRole === 'young_person';
  if (young && (uncertain || answer !== undefined) && answer !== 'no') {
    return { urgent: true, signals: ['safety_unclear'] };
  }
  return { urgent: false, signals: [] };
}
