import { dictationLimits } from '@lotse/shared';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Button } from '../../ui/index.ts';
import { transcribeRecording, useDictationStatus } from './api.ts';
import { canRecord, encodeWav, toMono16k } from './audio.ts';
import './dictation.css';

type Phase = 'idle' | 'starting' | 'recording' | 'transcribing';

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function microphoneError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'Kein Zugriff auf das Mikrofon. Bitte erlauben Sie den Zugriff in Ihrem Browser und versuchen Sie es erneut.';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return 'Kein Mikrofon gefunden. Bitte schließen Sie ein Mikrofon an.';
  }
  if (name === 'NotReadableError') {
    return 'Das Mikrofon wird gerade von einem anderen Programm benutzt.';
  }
  return 'Die Aufnahme konnte nicht gestartet werden.';
}

/**
 * Dictation into a text field: records in the browser, the office's own server writes it down,
 * `onText` receives the text (the field appends it). Shown only where the server has a speech
 * model and the person may dictate; the audio is never stored.
 */
export function DictationButton(props: {
  onText: (text: string) => void;
  /** Names the field for screen readers when a page has several dictation buttons. */
  field?: string;
  className?: string;
}) {
  const supported = canRecord();
  const status = useDictationStatus(supported);
  const [phase, setPhase] = useState<Phase>('idle');
  const [seconds, setSeconds] = useState(0);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const abort = useRef<AbortController | null>(null);
  // The newest callback: the text arrives seconds later, when the field may have changed.
  const onText = useRef(props.onText);
  onText.current = props.onText;

  // Leaving the page ends the recording and the upload; nothing is kept.
  useEffect(
    () => () => {
      abort.current?.abort();
      if (recorder.current?.state === 'recording') {
        recorder.current.ondataavailable = null;
        recorder.current.onstop = null;
        recorder.current.stop();
      }
      for (const track of stream.current?.getTracks() ?? []) track.stop();
    },
    [],
  );

  useEffect(() => {
    if (phase !== 'recording') return;
    const started = Date.now();
    const timer = window.setInterval(() => {
      const elapsed = Math.floor((Date.now() - started) / 1000);
      setSeconds(elapsed);
      if (elapsed >= dictationLimits.maxSeconds) recorder.current?.stop();
    }, 250);
    return () => window.clearInterval(timer);
  }, [phase]);

  if (!supported || !status.data?.available) return null;

  async function finish(chunks: Blob[], mimeType: string) {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    setPhase('transcribing');
    setMessage({ tone: 'info', text: 'Wird umgeschrieben …' });
    try {
      const samples = await toMono16k(new Blob(chunks, { type: mimeType }));
      if (samples.length < TARGET_MIN_SAMPLES) {
        setMessage({ tone: 'error', text: 'Die Aufnahme war zu kurz. Bitte sprechen Sie nach dem Start.' });
        return;
      }
      abort.current = new AbortController();
      const result = await transcribeRecording(encodeWav(samples), abort.current.signal);
      if (result.text) {
        onText.current(result.text);
        setMessage({ tone: 'info', text: 'Der diktierte Text wurde eingefügt.' });
      } else {
        setMessage({ tone: 'error', text: 'In der Aufnahme war keine Sprache zu erkennen.' });
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setMessage({
        tone: 'error',
        text:
          error instanceof DOMException || error instanceof TypeError
            ? 'Die Aufnahme konnte nicht gelesen werden. Bitte versuchen Sie es erneut.'
            : errorMessage(error),
      });
    } finally {
      setPhase('idle');
    }
  }

  async function start() {
    setMessage(null);
    setPhase('starting');
    try {
      const media = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
      });
      stream.current = media;
      const rec = new MediaRecorder(media);
      const chunks: Blob[] = [];
      rec.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      rec.onstop = () => {
        recorder.current = null;
        void finish(chunks, rec.mimeType);
      };
      recorder.current = rec;
      rec.start();
      setSeconds(0);
      setPhase('recording');
      setMessage({
        tone: 'info',
        text: `Aufnahme läuft. Sprechen Sie jetzt – höchstens ${dictationLimits.maxSeconds / 60} Minuten.`,
      });
    } catch (error) {
      for (const track of stream.current?.getTracks() ?? []) track.stop();
      stream.current = null;
      setPhase('idle');
      setMessage({ tone: 'error', text: microphoneError(error) });
    }
  }

  function toggle() {
    if (phase === 'recording') recorder.current?.stop();
    else if (phase === 'idle') void start();
  }

  const recording = phase === 'recording';
  const label = recording
    ? 'Aufnahme beenden'
    : phase === 'transcribing'
      ? 'Wird umgeschrieben …'
      : 'Diktieren';
  return (
    <div className={props.className ? `dictation ${props.className}` : 'dictation'}>
      <Button
        variant={recording ? 'danger' : 'secondary'}
        size="sm"
        aria-pressed={recording}
        aria-label={props.field ? `${label} (${props.field})` : undefined}
        busy={phase === 'starting' || phase === 'transcribing'}
        onClick={toggle}
      >
        <span className={recording ? 'dictation-dot is-recording' : 'dictation-dot'} aria-hidden="true" />
        {label}
      </Button>
      {recording ? (
        <span className="dictation-clock" aria-hidden="true">
          {clock(seconds)}
        </span>
      ) : null}
      <span
        className={message?.tone === 'error' ? 'dictation-message is-error' : 'dictation-message'}
        role="status"
        aria-live="polite"
      >
        {message?.text ?? ''}
      </span>
    </div>
  );
}

/** A fifth of a second at 16 kHz: anything shorter held no speech. */
const TARGET_MIN_SAMPLES = 3200;
