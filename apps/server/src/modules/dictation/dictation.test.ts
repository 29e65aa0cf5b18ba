import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { createServices } from '../../platform/services.js';
import { loginCookie } from '../../test-support/app.js';
import { freshDatabase } from '../../test-support/database.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { type EngineLoader, provideTranscriber, Transcriber } from './index.js';
import { splitForModel } from './wav.js';

const SENTENCE = 'Die Mutter kommt morgen um zehn Uhr zum Hilfeplangespräch';
const KEY_WORDS = ['mutter', 'kommt', 'morgen', 'zehn', 'uhr', 'hilfeplan'];

/** A real model for the full test: the office's setting, when this machine has one. */
const realModelDir = process.env.DICTATION_MODEL_DIR;

/* ---------- audio: German speech from espeak-ng, as the browser sends it ---------- */

function espeakPath(): string {
  try {
    return execFileSync('which', ['espeak-ng'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'espeak-ng fehlt: die Diktier-Tests sprechen ihre Sätze damit (apt-get install -y espeak-ng).',
    );
  }
}

/** Reads a 16-bit PCM WAV (any rate, mono) into samples. */
function readPcm(wav: Buffer): { samples: Float32Array; sampleRate: number } {
  let offset = 12;
  let sampleRate = 0;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = Math.min(wav.readUInt32LE(offset + 4), wav.length - offset - 8);
    if (id === 'fmt ') sampleRate = wav.readUInt32LE(offset + 12);
    if (id === 'data') {
      const samples = new Float32Array(Math.floor(size / 2));
      for (let i = 0; i < samples.length; i++) samples[i] = wav.readInt16LE(offset + 8 + i * 2) / 32768;
      return { samples, sampleRate };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error('no data chunk');
}

/** Linear resampling: plenty for speech recognition. */
function resample(samples: Float32Array, from: number, to: number): Float32Array {
  const out = new Float32Array(Math.floor((samples.length * to) / from));
  for (let i = 0; i < out.length; i++) {
    const x = (i * from) / to;
    const j = Math.floor(x);
    const a = samples[j] ?? 0;
    const b = samples[j + 1] ?? a;
    out[i] = a + (b - a) * (x - j);
  }
  return out;
}

/** A WAV file of the given samples (16-bit PCM, mono). */
function wavOf(samples: Float32Array, sampleRate = 16_000, channels = 1): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => {
    data.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(s * 32767))), i * 2);
  });
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * channels * 2, 28);
  header.writeUInt16LE(channels * 2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** The sentence spoken in German by espeak-ng, as 16 kHz mono 16-bit WAV. */
function speak(text: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-dictation-'));
  try {
    const file = join(dir, 'speech.wav');
    execFileSync(espeakPath(), ['-v', 'de', '-s', '150', '-w', file, text]);
    const { samples, sampleRate } = readPcm(readFileSync(file));
    return wavOf(resample(samples, sampleRate, 16_000));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/* ---------- a server with a chosen model folder (and, for some tests, a stand-in model) ---------- */

interface DictationApp {
  app: FastifyInstance;
  db: Db;
  close: () => Promise<void>;
}

async function startApp(opts: { modelDir?: string; load?: EngineLoader } = {}): Promise<DictationApp> {
  const { db, drop } = await freshDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'lotse-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOTSE_DEMO: '1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    DICTATION_MODEL_DIR: opts.modelDir,
  });
  const ctx = createServices(config, db, randomBytes(32));
  if (opts.load) provideTranscriber(ctx, new Transcriber(opts.modelDir, { load: opts.load }));
  const app = await buildApp(ctx, { serveWeb: false });
  await app.ready();
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const transcribe = (
  app: FastifyInstance,
  cookie: string | null,
  payload: Buffer | string,
  type = 'audio/wav',
) =>
  app.inject({
    method: 'POST',
    url: '/api/dictation/transcribe',
    headers: { ...(cookie ? { cookie } : {}), 'content-type': type },
    payload,
  });

const dictationEvents = (db: Db) =>
  db.withOwner((ow) =>
    ow
      .selectFrom('audit_events')
      .select(['details', 'resource_type'])
      .where('action', '=', 'dictation.transcribed')
      .execute(),
  );

let speech: Buffer;
beforeAll(() => {
  speech = speak(SENTENCE);
});

describe('without a model (nothing set up)', () => {
  let t: DictationApp;
  let o: Office;
  let anna: string;
  let dora: string;
  beforeAll(async () => {
    t = await startApp();
    o = await buildOffice(t.db);
    anna = await loginCookie(t.app, o.anna.username);
    dora = await loginCookie(t.app, o.dora.username);
  });
  afterAll(() => t.close());

  it('the status says dictation is unavailable, and why', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/dictation/status',
      headers: { cookie: anna },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      available: false,
      reason: expect.stringContaining('kein Sprachmodell'),
      language: 'de',
    });
  });

  it('a recording is answered 503 with a German reason, and nothing is audited', async () => {
    const res = await transcribe(t.app, anna, speech);
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({
      error: 'dictation_unavailable',
      message: expect.stringContaining('Sprachmodell'),
    });
    expect(await dictationEvents(t.db)).toEqual([]);
  });

  it('needs a sign-in (401) and a role that writes notes (403 with reason)', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/dictation/status' })).statusCode).toBe(401);
    expect((await transcribe(t.app, null, speech)).statusCode).toBe(401);
    const refused = await transcribe(t.app, dora, speech);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('Fachkräften');
    const status = await t.app.inject({
      method: 'GET',
      url: '/api/dictation/status',
      headers: { cookie: dora },
    });
    expect(status.json()).toMatchObject({ available: false, reason: expect.stringContaining('Fachkräften') });
  });
});

describe('with a model folder that is empty', () => {
  let t: DictationApp;
  let anna: string;
  const empty = mkdtempSync(join(tmpdir(), 'lotse-empty-model-'));
  beforeAll(async () => {
    t = await startApp({ modelDir: empty });
    const o = await buildOffice(t.db);
    anna = await loginCookie(t.app, o.anna.username);
  });
  afterAll(async () => {
    await t.close();
    rmSync(empty, { recursive: true, force: true });
  });

  it('names the missing files in the status and answers recordings 503', async () => {
    const status = await t.app.inject({
      method: 'GET',
      url: '/api/dictation/status',
      headers: { cookie: anna },
    });
    expect(status.json()).toEqual({
      available: false,
      reason: expect.stringMatching(/fehlt: Encoder.*Decoder.*Tokens/),
      language: 'de',
    });
    const res = await transcribe(t.app, anna, speech);
    expect(res.statusCode).toBe(503);
    expect(res.json().error).toBe('dictation_unavailable');
  });
});

describe('with a model folder whose files are broken (the real loader, sherpa-onnx)', () => {
  let t: DictationApp;
  let anna: string;
  const broken = mkdtempSync(join(tmpdir(), 'lotse-broken-model-'));
  beforeAll(async () => {
    for (const file of ['base-encoder.int8.onnx', 'base-decoder.int8.onnx', 'base-tokens.txt']) {
      writeFileSync(join(broken, file), 'not a model');
    }
    t = await startApp({ modelDir: broken });
    const o = await buildOffice(t.db);
    anna = await loginCookie(t.app, o.anna.username);
  });
  afterAll(async () => {
    await t.close();
    rmSync(broken, { recursive: true, force: true });
  });

  it('answers 503 "could not be loaded", then the status says so too; the server keeps running', async () => {
    const res = await transcribe(t.app, anna, speech);
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({
      error: 'dictation_unavailable',
      message: expect.stringContaining('konnte nicht geladen werden'),
    });
    const status = await t.app.inject({
      method: 'GET',
      url: '/api/dictation/status',
      headers: { cookie: anna },
    });
    expect(status.json()).toEqual({
      available: false,
      reason: expect.stringContaining('konnte nicht geladen werden'),
      language: 'de',
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});

describe('with a model (a stand-in that reports what it heard)', () => {
  let t: DictationApp;
  let anna: string;
  let clara: string;
  const heard: number[] = [];
  let loads = 0;
  const folder = mkdtempSync(join(tmpdir(), 'lotse-standin-model-'));
  beforeAll(async () => {
    for (const file of ['tiny-encoder.int8.onnx', 'tiny-decoder.int8.onnx', 'tiny-tokens.txt']) {
      writeFileSync(join(folder, file), '');
    }
    t = await startApp({
      modelDir: folder,
      load: async () => {
        loads++;
        return {
          transcribe: async (samples, sampleRate) => {
            heard.push(Math.round((samples.length / sampleRate) * 1000));
            return 'Die Mutter kommt morgen.';
          },
        };
      },
    });
    const o = await buildOffice(t.db);
    anna = await loginCookie(t.app, o.anna.username);
    clara = await loginCookie(t.app, o.clara.username);
  });
  afterAll(async () => {
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers with the text, the length and the model, and audits the length only', async () => {
    const status = await t.app.inject({
      method: 'GET',
      url: '/api/dictation/status',
      headers: { cookie: anna },
    });
    expect(status.json()).toEqual({ available: true, language: 'de' });
    const res = await transcribe(t.app, anna, speech);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { text: string; durationMs: number; model: string };
    expect(body.text).toBe('Die Mutter kommt morgen.');
    expect(body.durationMs).toBeGreaterThan(2000);
    expect(body.model).toMatch(/^lotse-standin-model-/);
    const events = await dictationEvents(t.db);
    expect(events).toEqual([
      { resource_type: 'dictation', details: { durationMs: body.durationMs, model: body.model } },
    ]);
    expect(JSON.stringify(events)).not.toContain('Mutter');
  });

  it('loads the model once, transcribes one recording at a time, and splits long ones', async () => {
    const long = wavOf(new Float32Array(16_000 * 70).map((_, i) => Math.sin(i / 10) * 0.1));
    const results = await Promise.all([
      transcribe(t.app, anna, speech),
      transcribe(t.app, clara, long),
      transcribe(t.app, anna, speech),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(loads).toBe(1);
    expect(results[1]?.json().durationMs).toBe(70_000);
    // 70 s reach the model in pieces of at most 28 s (Whisper hears 30 s at a time), nothing lost.
    expect(Math.max(...heard)).toBeLessThanOrEqual(28_000);
    const speechMs = results[0]?.json().durationMs as number;
    const total = heard.reduce((a, b) => a + b, 0);
    expect(Math.abs(total - (70_000 + 3 * speechMs))).toBeLessThan(10);
  });

  it('cuts long recordings where it is quiet, so no word is cut in two', () => {
    const rate = 16_000;
    // Loud for 24 s, half a second of silence, loud again: the cut falls into the silence.
    const samples = new Float32Array(rate * 40).map((_, i) => (i >= rate * 24 && i < rate * 24.5 ? 0 : 0.3));
    const pieces = splitForModel(samples, rate);
    expect(pieces.length).toBe(2);
    const cutAt = (pieces[0]?.length ?? 0) / rate;
    expect(cutAt).toBeGreaterThanOrEqual(24);
    expect(cutAt).toBeLessThanOrEqual(24.5);
    expect(pieces.reduce((n, p) => n + p.length, 0)).toBe(samples.length);
  });

  it('refuses what is not a usable recording: 400, 413, 415, and audits nothing of it', async () => {
    const before = (await dictationEvents(t.db)).length;
    const notWav = await transcribe(t.app, anna, randomBytes(2000));
    expect(notWav.statusCode).toBe(400);
    expect(notWav.json()).toMatchObject({ error: 'bad_audio', message: 'Die Aufnahme ist keine WAV-Datei.' });

    const empty = await transcribe(t.app, anna, Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toMatch(/leer/);

    const silentClick = await transcribe(t.app, anna, wavOf(new Float32Array(800)));
    expect(silentClick.statusCode).toBe(400);
    expect(silentClick.json().message).toMatch(/zu kurz/);

    const cd = await transcribe(t.app, anna, wavOf(new Float32Array(44_100), 44_100, 2));
    expect(cd.statusCode).toBe(400);
    expect(cd.json().message).toMatch(/16 kHz, mono, 16 Bit/);

    const tooLong = await transcribe(t.app, anna, wavOf(new Float32Array(16_000 * 121)));
    expect(tooLong.statusCode).toBe(413);
    expect(tooLong.json().message).toMatch(/zu lang: höchstens 2 Minuten/);

    const huge = await transcribe(t.app, anna, Buffer.alloc(8 * 1024 * 1024));
    expect(huge.statusCode).toBe(413);

    const json = await transcribe(t.app, anna, JSON.stringify({ audio: 'x' }), 'application/json');
    expect(json.statusCode).toBe(415);
    expect(json.json().message).toMatch(/WAV/);

    expect((await dictationEvents(t.db)).length).toBe(before);
  });
});

// Runs on every machine: with DICTATION_MODEL_DIR it must write the sentence down; without a model
// (no registry package ships one — issue "Knowledge at hand" is blocked on it) the same request must
// get the plain 503, and the run says that nothing was transcribed.
describe(`speech to text with the configured model (${realModelDir ?? 'none configured'})`, () => {
  let t: DictationApp;
  let anna: string;
  beforeAll(async () => {
    t = await startApp(realModelDir ? { modelDir: realModelDir } : {});
    const o = await buildOffice(t.db);
    anna = await loginCookie(t.app, o.anna.username);
  });
  afterAll(() => t.close());

  it('writes down a German sentence spoken by espeak-ng — or, without a model, says so', async () => {
    const status = await t.app.inject({
      method: 'GET',
      url: '/api/dictation/status',
      headers: { cookie: anna },
    });
    const started = Date.now();
    const res = await transcribe(t.app, anna, speech);
    if (!realModelDir) {
      expect(status.json()).toMatchObject({
        available: false,
        reason: expect.stringContaining('Sprachmodell'),
      });
      expect(res.statusCode).toBe(503);
      console.warn('Diktat: kein Sprachmodell (DICTATION_MODEL_DIR) – der Satz wurde nicht umgeschrieben.');
      return;
    }
    expect(status.json()).toEqual({ available: true, language: 'de' });
    expect(res.statusCode, res.body).toBe(200);
    const { text } = res.json() as { text: string };
    const found = KEY_WORDS.filter((w) => text.toLowerCase().includes(w));
    console.info(
      `Diktat (${Date.now() - started} ms): „${text}“ – ${found.length}/${KEY_WORDS.length} Wörter`,
    );
    expect(found.length, `erkannt: „${text}“`).toBeGreaterThanOrEqual(4);
  }, 120_000);
});
