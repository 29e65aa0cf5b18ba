// Dictation: speech to text with the office's own model, on its own server (no audio leaves or stays).
export { dictationRoutes, provideTranscriber } from './routes.js';
export { type EngineLoader, type SpeechEngine, Transcriber } from './transcriber.js';
