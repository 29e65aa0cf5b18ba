import { dictationLimits } from '@lotse/shared';
import { HttpError } from '../../platform/errors.js';

/** One recording as the model wants it: samples in [-1, 1] at 16 kHz, mono. */
export interface Recording {
  samples: Float32Array;
  sampleRate: number;
  durationMs: number;
}

const wrongFormat = () =>
  new HttpError(
    400,
    'bad_audio',
    'Die Aufnahme hat das falsche Format: erwartet wird WAV mit 16 kHz, mono, 16 Bit (PCM).',
  );

/** Shortest recording worth sending to the model (a click of the button, no speech). */
const MIN_MS = 200;

/**
 * Reads a 16 kHz mono 16-bit PCM WAV (what the web app sends) into samples; anything else is a
 * clear 400, a recording over the limit a 413. Nothing is written anywhere.
 */
export function parseWav(body: Buffer): Recording {
  if (body.length === 0) throw new HttpError(400, 'bad_audio', 'Die Aufnahme ist leer.');
  if (
    body.length < 12 ||
    body.toString('ascii', 0, 4) !== 'RIFF' ||
    body.toString('ascii', 8, 12) !== 'WAVE'
  ) {
    throw new HttpError(400, 'bad_audio', 'Die Aufnahme ist keine WAV-Datei.');
  }
  let format: { audioFormat: number; channels: number; sampleRate: number; bits: number } | null = null;
  let data: Buffer | null = null;
  let offset = 12;
  while (offset + 8 <= body.length) {
    const id = body.toString('ascii', offset, offset + 4);
    const declared = body.readUInt32LE(offset + 4);
    const start = offset + 8;
    // Recorders that stream write a placeholder size; what is there counts.
    const size = Math.min(declared, body.length - start);
    if (id === 'fmt ') {
      if (size < 16) throw wrongFormat();
      let audioFormat = body.readUInt16LE(start);
      // WAVE_FORMAT_EXTENSIBLE: the sub-format's first two bytes are the real format code.
      if (audioFormat === 0xfffe && size >= 26) audioFormat = body.readUInt16LE(start + 24);
      format = {
        audioFormat,
        channels: body.readUInt16LE(start + 2),
        sampleRate: body.readUInt32LE(start + 4),
        bits: body.readUInt16LE(start + 14),
      };
    } else if (id === 'data') {
      data = body.subarray(start, start + size);
      break;
    }
    offset = start + size + (size % 2);
  }
  if (!format || !data) throw new HttpError(400, 'bad_audio', 'Die WAV-Datei enthält keine Tonspur.');
  if (
    format.audioFormat !== 1 ||
    format.channels !== 1 ||
    format.bits !== 16 ||
    format.sampleRate !== dictationLimits.sampleRate
  ) {
    throw wrongFormat();
  }
  const count = Math.floor(data.length / 2);
  const durationMs = Math.round((count / format.sampleRate) * 1000);
  if (durationMs > dictationLimits.maxSeconds * 1000) {
    throw new HttpError(
      413,
      'too_long',
      `Die Aufnahme ist zu lang: höchstens ${dictationLimits.maxSeconds / 60} Minuten am Stück.`,
    );
  }
  if (durationMs < MIN_MS) {
    throw new HttpError(400, 'bad_audio', 'Die Aufnahme ist zu kurz: Bitte sprechen Sie nach dem Start.');
  }
  const samples = new Float32Array(count);
  for (let i = 0; i < count; i++) samples[i] = data.readInt16LE(i * 2) / 32768;
  return { samples, sampleRate: format.sampleRate, durationMs };
}

/**
 * Splits a recording into pieces the model can take (Whisper hears at most 30 s at a time), each
 * cut at the quietest moment of its last seconds so no word is cut in two.
 */
export function splitForModel(samples: Float32Array, sampleRate: number, maxSeconds = 28): Float32Array[] {
  const max = Math.floor(maxSeconds * sampleRate);
  if (samples.length <= max) return [samples];
  const pieces: Float32Array[] = [];
  const frame = Math.floor(sampleRate / 20); // 50 ms
  const searchFrom = Math.floor(max * 0.7);
  let start = 0;
  while (samples.length - start > max) {
    let cut = start + max;
    let quietest = Number.POSITIVE_INFINITY;
    for (let at = start + searchFrom; at + frame <= start + max; at += frame) {
      let energy = 0;
      for (let i = at; i < at + frame; i++) energy += (samples[i] ?? 0) ** 2;
      if (energy < quietest) {
        quietest = energy;
        cut = at + Math.floor(frame / 2);
      }
    }
    pieces.push(samples.subarray(start, cut));
    start = cut;
  }
  pieces.push(samples.subarray(start));
  return pieces;
}
