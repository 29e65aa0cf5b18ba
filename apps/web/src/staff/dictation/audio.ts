/**
 * The browser's part of dictation: the recording (whatever MediaRecorder made: webm/opus, ogg, mp4)
 * is decoded with the Web Audio API, mixed to mono, resampled to 16 kHz and written as 16-bit PCM
 * WAV — what the office's server transcribes, so the server needs no audio converter.
 */

export const TARGET_RATE = 16_000;

/** Decodes a recording and renders it as mono at 16 kHz. */
export async function toMono16k(recording: Blob): Promise<Float32Array> {
  const encoded = await recording.arrayBuffer();
  const decoder = new AudioContext();
  let decoded: AudioBuffer;
  try {
    decoded = await decoder.decodeAudioData(encoded);
  } finally {
    void decoder.close();
  }
  const length = Math.max(1, Math.ceil(decoded.duration * TARGET_RATE));
  // One output channel: the source's channels are mixed down as the buffer is played into it.
  const offline = new OfflineAudioContext(1, length, TARGET_RATE);
  const source = offline.createBufferSource();
  source.buffer = decoded;
  source.connect(offline.destination);
  source.start();
  const rendered = await offline.startRendering();
  return rendered.getChannelData(0);
}

/** A WAV file (RIFF, PCM 16 bit, mono) of samples in [-1, 1]. */
export function encodeWav(samples: Float32Array, sampleRate = TARGET_RATE): Blob {
  const buffer = new ArrayBuffer(44 + samples.length * 2);
  const view = new DataView(buffer);
  const text = (offset: number, value: string) => {
    for (let i = 0; i < value.length; i++) view.setUint8(offset + i, value.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] ?? 0));
    view.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
  }
  return new Blob([buffer], { type: 'audio/wav' });
}

/** Whether this browser can record at all (microphone access and MediaRecorder). */
export function canRecord(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.MediaRecorder !== 'undefined' &&
    typeof window.OfflineAudioContext !== 'undefined' &&
    Boolean(navigator.mediaDevices?.getUserMedia)
  );
}

/** Appends dictated text to what is already in a field, with a space or line break between. */
export function appendDictation(current: string, dictated: string): string {
  const text = dictated.trim();
  if (!text) return current;
  if (!current.trim()) return text;
  return /\s$/.test(current) ? `${current}${text}` : `${current} ${text}`;
}
