// Dictation: speech to text on the office's own server (no audio leaves the office, none is kept).
import { z } from 'zod';

/** What the server accepts: 16 kHz mono 16-bit PCM WAV, at most two minutes. */
export const dictationLimits = {
  sampleRate: 16_000,
  maxSeconds: 120,
  /** Two minutes of 16-bit mono at 16 kHz plus the WAV header and some slack for extra chunks. */
  maxBytes: 120 * 16_000 * 2 + 64 * 1024,
} as const;

/** Whether the dictation button may be shown: a model is set up and the caller may dictate. */
export const ZDictationStatusSchema = z.object({
  available: z.boolean(),
  /** Why dictation is not available, in German for the person at the screen. */
  reason: z.string().optional(),
  language: z.literal('de'),
});
export type TDictationStatus = z.infer<typeof ZDictationStatusSchema>;

/** The transcribed text of one recording; the audio itself is gone by the time this is sent. */
export const ZDictationResultSchema = z.object({
  text: z.string(),
  /** Length of the recording. */
  durationMs: z.number().int().min(0),
  /** Which model transcribed it (its folder name), e.g. "sherpa-onnx-whisper-base". */
  model: z.string(),
});
export type TDictationResult = z.infer<typeof ZDictationResultSchema>;

/** Audited with the recording's length only: never the text, never the audio. */
export const dictationAuditActions = ['dictation.transcribed'] as const;
