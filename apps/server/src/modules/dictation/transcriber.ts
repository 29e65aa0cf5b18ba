import { fork, type Serializable } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HttpError } from '../../platform/errors.js';
import { splitForModel } from './wav.js';

/** The three files of a Whisper model exported for sherpa-onnx (k2-fsa's `sherpa-onnx-whisper-*`). */
export interface ModelFiles {
  encoder: string;
  decoder: string;
  tokens: string;
  /** Shown in answers: the model folder's name, e.g. "sherpa-onnx-whisper-base". */
  name: string;
}

/** A loaded model: text for 16 kHz mono samples of at most 30 s. */
export interface SpeechEngine {
  transcribe(samples: Float32Array, sampleRate: number): Promise<string>;
  /** Frees the model (ends its process). */
  close?(): void;
}

export type EngineLoader = (files: ModelFiles, threads: number) => Promise<SpeechEngine>;

export type TranscriberStatus = { available: true } | { available: false; reason: string };

const NOT_SET_UP =
  'Auf diesem Server ist kein Sprachmodell für das Diktieren eingerichtet. Die Administration kann eines einrichten (DICTATION_MODEL_DIR).';
const CRASHED =
  'Das Sprachmodell für das Diktieren ist ausgefallen. Bitte wenden Sie sich an die Administration (Neustart des Servers).';
const LOAD_FAILED =
  'Das Sprachmodell für das Diktieren konnte nicht geladen werden. Bitte wenden Sie sich an die Administration.';

/** Prefers the int8-quantised files (smaller, faster on a CPU) when the folder holds both. */
function pick(names: string[], pattern: RegExp): string | undefined {
  const matching = names.filter((n) => pattern.test(n)).sort();
  return matching.find((n) => n.includes('int8')) ?? matching[0];
}

/** Finds encoder, decoder and tokens in the office's model folder; a German reason if they are not all there. */
export async function findModelFiles(dir: string): Promise<ModelFiles | { reason: string }> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { reason: `Der Modellordner für das Diktieren fehlt auf dem Server (${dir}).` };
  }
  const encoder = pick(names, /encoder.*\.onnx$/);
  const decoder = pick(names, /decoder.*\.onnx$/);
  const tokens = pick(names, /tokens\.txt$/);
  const missing = [
    encoder ? null : 'Encoder (…encoder….onnx)',
    decoder ? null : 'Decoder (…decoder….onnx)',
    tokens ? null : 'Tokens (…tokens.txt)',
  ].filter((m): m is string => m !== null);
  if (!encoder || !decoder || !tokens) {
    return { reason: `Im Modellordner für das Diktieren fehlt: ${missing.join(', ')}.` };
  }
  const absolute = resolve(dir);
  return {
    encoder: join(absolute, encoder),
    decoder: join(absolute, decoder),
    tokens: join(absolute, tokens),
    name: basename(absolute),
  };
}

/** The model's process: this module compiled (dist) or, in the tests, its TypeScript run through tsx. */
function engineProcess(): { file: string; execArgv: string[] } {
  const compiled = fileURLToPath(new URL('./engine-process.js', import.meta.url));
  if (existsSync(compiled)) return { file: compiled, execArgv: [] };
  return {
    file: fileURLToPath(new URL('./engine-process.ts', import.meta.url)),
    execArgv: ['--import', 'tsx'],
  };
}

/**
 * Loads a Whisper model with sherpa-onnx (ONNX Runtime, on the CPU) in a child process of its own:
 * a broken model file ends that process, never the server. Samples go over IPC, never to disk.
 */
export const loadSherpaWhisper: EngineLoader = (files, threads) =>
  new Promise((resolveLoad, rejectLoad) => {
    const { file, execArgv } = engineProcess();
    const child = fork(file, [], {
      execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    let pending: { resolve: (m: EngineMessage) => void; reject: (e: Error) => void } | null = null;
    let loaded = false;
    const gone = () => new EngineGoneError(`speech model process ended: ${stderr.trim() || 'no message'}`);
    const ask = (request: unknown) =>
      new Promise<EngineMessage>((resolve, reject) => {
        if (!child.connected) return reject(gone());
        pending = { resolve, reject };
        child.send(request as Serializable);
      });
    child.on('message', (message: EngineMessage) => {
      const waiting = pending;
      pending = null;
      waiting?.resolve(message);
    });
    child.on('exit', () => {
      const error = gone();
      pending?.reject(error);
      pending = null;
      if (!loaded) rejectLoad(error);
    });
    child.on('error', (error) => {
      if (!loaded) rejectLoad(error);
    });
    ask({ type: 'load', files, threads }).then((answer) => {
      if (answer.type !== 'loaded') {
        child.kill();
        return rejectLoad(new Error(answer.type === 'error' ? answer.message : 'unexpected answer'));
      }
      loaded = true;
      resolveLoad({
        async transcribe(samples, sampleRate) {
          const answer = await ask({ type: 'transcribe', samples, sampleRate });
          if (answer.type === 'error') throw new Error(answer.message);
          return answer.type === 'text' ? answer.text : '';
        },
        close() {
          child.kill();
        },
      });
    }, rejectLoad);
  });

type EngineMessage = { type: 'loaded' } | { type: 'text'; text: string } | { type: 'error'; message: string };

/** The model's process ended (crashed or was ended): dictation stays off until a restart. */
export class EngineGoneError extends Error {}

/**
 * The office's speech model: found in the configured folder, loaded once on first need (a status
 * check starts it in the background), used by one recording at a time — the others wait in line,
 * up to `maxWaiting`. Keeps no audio: samples live only for the call that brought them.
 */
export class Transcriber {
  private engine: Promise<{ engine: SpeechEngine; name: string }> | null = null;
  private failure: string | null = null;
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(
    private readonly modelDir: string | undefined,
    private readonly options: {
      load?: EngineLoader;
      threads?: number;
      maxWaiting?: number;
      onLoadError?: (error: unknown) => void;
    } = {},
  ) {}

  /** Whether dictation can work here; starts loading the model in the background if it can. */
  async status(): Promise<TranscriberStatus> {
    if (!this.modelDir) return { available: false, reason: NOT_SET_UP };
    if (this.failure) return { available: false, reason: this.failure };
    if (this.engine) return { available: true };
    const files = await findModelFiles(this.modelDir);
    if ('reason' in files) return { available: false, reason: files.reason };
    this.startLoading(files).catch(() => {
      // Remembered in `failure`; the next status or transcription reports it.
    });
    return { available: true };
  }

  /** Text of one recording (16 kHz mono); throws 503 with a German reason while dictation cannot work. */
  async transcribe(samples: Float32Array, sampleRate: number): Promise<{ text: string; model: string }> {
    const maxWaiting = this.options.maxWaiting ?? 8;
    if (this.waiting >= maxWaiting) {
      throw new HttpError(
        503,
        'dictation_busy',
        'Gerade werden viele Diktate umgeschrieben. Bitte versuchen Sie es in einer Minute erneut.',
      );
    }
    this.waiting++;
    const turn = this.tail.then(() => this.run(samples, sampleRate));
    this.tail = turn.catch(() => undefined);
    try {
      return await turn;
    } finally {
      this.waiting--;
    }
  }

  private async run(samples: Float32Array, sampleRate: number) {
    const { engine, name } = await this.ready();
    const parts: string[] = [];
    try {
      for (const piece of splitForModel(samples, sampleRate)) {
        const text = await engine.transcribe(piece, sampleRate);
        if (text) parts.push(text);
      }
    } catch (error) {
      this.options.onLoadError?.(error);
      if (error instanceof EngineGoneError) {
        this.failure = CRASHED;
        this.engine = null;
        throw new HttpError(503, 'dictation_unavailable', CRASHED);
      }
      throw new HttpError(
        503,
        'dictation_failed',
        'Das Diktat konnte nicht umgeschrieben werden. Bitte versuchen Sie es erneut.',
      );
    }
    return { text: parts.join(' ').replace(/\s+/g, ' ').trim(), model: name };
  }

  /** Ends the model's process (server shutdown). */
  async close(): Promise<void> {
    const loading = this.engine;
    this.engine = null;
    this.failure = 'Der Server wird beendet.';
    const loaded = await loading?.catch(() => null);
    loaded?.engine.close?.();
  }

  private async ready(): Promise<{ engine: SpeechEngine; name: string }> {
    if (this.engine) return this.engine;
    const status = await this.status();
    if (!status.available) throw new HttpError(503, 'dictation_unavailable', status.reason);
    if (!this.engine) throw new HttpError(503, 'dictation_unavailable', this.failure ?? LOAD_FAILED);
    return this.engine;
  }

  private startLoading(files: ModelFiles) {
    const load = this.options.load ?? loadSherpaWhisper;
    const threads = this.options.threads ?? Math.max(1, Math.min(4, availableParallelism()));
    this.engine = load(files, threads).then(
      (engine) => ({ engine, name: files.name }),
      (error: unknown) => {
        this.options.onLoadError?.(error);
        this.failure = LOAD_FAILED;
        this.engine = null;
        throw new HttpError(503, 'dictation_unavailable', LOAD_FAILED);
      },
    );
    return this.engine;
  }
}
