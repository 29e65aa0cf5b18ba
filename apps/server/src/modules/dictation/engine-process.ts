// The speech model's own process. sherpa-onnx ends its process on some broken model files (a C
// `exit`), so the server never loads it itself: it forks this file (transcriber.ts) and talks over IPC.
import { createRequire } from 'node:module';

interface Files {
  encoder: string;
  decoder: string;
  tokens: string;
}
type Request =
  | { type: 'load'; files: Files; threads: number }
  | { type: 'transcribe'; samples: Float32Array; sampleRate: number };

// sherpa-onnx-node ships no type declarations: the part of its API used here.
interface Recognizer {
  createStream(): { acceptWaveform(wave: { samples: Float32Array; sampleRate: number }): void };
  decodeAsync(stream: unknown): Promise<{ text: string }>;
}
interface SherpaModule {
  OfflineRecognizer: { createAsync(config: unknown): Promise<Recognizer> };
}

let recognizer: Recognizer | null = null;

const reply = (message: unknown) => process.send?.(message);

async function handle(request: Request) {
  if (request.type === 'load') {
    const sherpa = createRequire(import.meta.url)('sherpa-onnx-node') as SherpaModule;
    recognizer = await sherpa.OfflineRecognizer.createAsync({
      featConfig: { sampleRate: 16_000, featureDim: 80 },
      modelConfig: {
        // German, transcribing (not translating).
        whisper: {
          encoder: request.files.encoder,
          decoder: request.files.decoder,
          language: 'de',
          task: 'transcribe',
        },
        tokens: request.files.tokens,
        numThreads: request.threads,
        provider: 'cpu',
        debug: 0,
      },
    });
    return { type: 'loaded' };
  }
  if (!recognizer) throw new Error('model not loaded');
  const stream = recognizer.createStream();
  stream.acceptWaveform({ samples: request.samples, sampleRate: request.sampleRate });
  const result = await recognizer.decodeAsync(stream);
  request.samples.fill(0);
  return { type: 'text', text: result.text.trim() };
}

process.on('message', (request: Request) => {
  handle(request).then(reply, (error: unknown) =>
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
// The server went away: so does the model.
process.on('disconnect', () => process.exit(0));
