import {
  type TDictationResult,
  type TDictationStatus,
  ZDictationResultSchema,
  ZDictationStatusSchema,
} from '@lotse/shared';
import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client.ts';

/** Whether the office's server can transcribe (a model is set up) and this person may dictate. */
export function useDictationStatus(enabled = true) {
  return useQuery({
    queryKey: ['dictation-status'],
    queryFn: ({ signal }) =>
      api<TDictationStatus>('/api/dictation/status', { signal, schema: ZDictationStatusSchema }),
    enabled,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Sends one recording (WAV) to the office's own server and gets its text back. */
export async function transcribeRecording(wav: Blob, signal?: AbortSignal): Promise<TDictationResult> {
  let response: Response;
  try {
    response = await fetch('/api/dictation/transcribe', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'audio/wav' },
      body: wav,
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'Keine Verbindung zum Server. Bitte prüfen Sie die Verbindung.');
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      typeof body.error === 'string' ? body.error : `http_${response.status}`,
      typeof body.message === 'string' && body.message
        ? body.message
        : 'Das Diktat konnte nicht umgeschrieben werden. Bitte versuchen Sie es erneut.',
    );
  }
  const parsed = ZDictationResultSchema.safeParse(body);
  if (!parsed.success) throw new ApiError(500, 'contract', 'Die Antwort des Servers war unvollständig.');
  return parsed.data;
}
