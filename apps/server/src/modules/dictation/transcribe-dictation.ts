import type { TDictationResult, TDictationStatus } from '@lotse/shared';
import type { Actor } from '../../platform/actor.js';
import { HttpError } from '../../platform/errors.js';
import { canInOffice } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import type { Transcriber } from './transcriber.js';
import { parseWav } from './wav.js';

const NOT_ALLOWED =
  'Diktieren steht Fachkräften und Teamleitungen für Vermerke und Hilfepläne zur Verfügung.';

/** Who may dictate: whoever writes case notes and help plans (caseworkers, team leads). */
export function mayDictate(actor: Actor): boolean {
  return canInOffice(actor, 'work_on_cases', { tenantId: actor.tenantId });
}

/** Throws a clear 403 unless the actor may dictate. */
export function requireMayDictate(actor: Actor): void {
  if (!mayDictate(actor)) throw new HttpError(403, 'forbidden', NOT_ALLOWED);
}

/** Whether the web app shows the dictation button to this person. */
export async function dictationStatus(transcriber: Transcriber, actor: Actor): Promise<TDictationStatus> {
  if (!mayDictate(actor)) {
    return {
      available: false,
      reason: NOT_ALLOWED,
      language: 'de',
    };
  }
  const status = await transcriber.status();
  return status.available
    ? { available: true, language: 'de' }
    : { available: false, reason: status.reason, language: 'de' };
}

/**
 * Transcribes one recording on this server (outside any transaction: it takes seconds). The audio
 * lives only in memory for this call and is overwritten before the answer leaves.
 */
export async function transcribeDictation(
  transcriber: Transcriber,
  actor: Actor,
  body: unknown,
): Promise<TDictationResult> {
  requireMayDictate(actor);
  if (!Buffer.isBuffer(body)) {
    throw new HttpError(
      415,
      'unsupported_media_type',
      'Bitte senden Sie die Aufnahme als WAV-Datei (Content-Type: audio/wav).',
    );
  }
  try {
    const recording = parseWav(body);
    try {
      const { text, model } = await transcriber.transcribe(recording.samples, recording.sampleRate);
      return { text, durationMs: recording.durationMs, model };
    } finally {
      recording.samples.fill(0);
    }
  } finally {
    body.fill(0);
  }
}

/** Audits a dictation with its length and model only: never the text, never the audio. */
export async function auditDictation(scope: ActorScope, result: TDictationResult): Promise<void> {
  await scope.audit({
    action: 'dictation.transcribed',
    resourceType: 'dictation',
    resourceId: null,
    details: { durationMs: result.durationMs, model: result.model },
  });
}
