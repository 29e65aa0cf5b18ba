import { z } from 'zod';
import type { AiConfig } from '../../config.js';
import { HttpError } from '../../platform/errors.js';

// The adapter for the office's own OpenAI-compatible service (`POST {AI_URL}/v1/chat/completions`).
// It sees only pseudonymised sentences and answers one text per sentence id; anything else is refused.

/** The most an answer may weigh: a brief is a few kilobytes, a runaway answer is not read. */
const MAX_ANSWER_BYTES = 512 * 1024;

const ZChatCompletion = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});
const ZRephrased = z.object({
  sentences: z.array(z.object({ id: z.string().max(40), text: z.string().trim().min(1).max(2000) })).max(500),
});
export type RephrasedSentences = z.infer<typeof ZRephrased>['sentences'];

const SYSTEM_PROMPT = [
  'Du formulierst die Sätze eines Kurzberichts aus einer Akte des Jugendamts sprachlich um: klar, sachlich, in gutem Deutsch.',
  'Regeln: Ändere keine Tatsache, kein Datum und keine Zahl. Füge nichts hinzu, lass nichts weg und bewerte nichts.',
  'Platzhalter in eckigen Klammern wie [Person A], [Vorname A], [Nachname 1] oder [Adresse 1] übernimmst du unverändert.',
  'Jeder Satz bleibt ein eigener Eintrag mit seiner id.',
  'Antworte ausschließlich mit JSON in der Form {"sentences":[{"id":"…","text":"…"}]}, ein Eintrag je id.',
].join('\n');

const unusable = () =>
  new HttpError(
    502,
    'ai_bad_answer',
    'Der KI-Dienst hat keine verwertbare Antwort geliefert. Der Kurzbericht ohne KI bleibt unverändert nutzbar.',
  );

/** JSON, also when the model wrapped it in a Markdown code fence. */
function parseJson(text: string): unknown {
  const unfenced = text
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
  try {
    return JSON.parse(unfenced);
  } catch {
    // Not JSON at all: the caller answers 502 with the reason.
    return undefined;
  }
}

/** Sends the pseudonymised sentences and returns the service's rephrasings, validated. */
export async function requestRephrasing(
  ai: AiConfig,
  purposeTitle: string,
  sentences: { id: string; section: string; text: string }[],
): Promise<RephrasedSentences> {
  const again = 'Der Kurzbericht ohne KI bleibt unverändert nutzbar.';
  let status: number;
  let body: string | undefined;
  try {
    const response = await fetch(`${ai.url}/v1/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(ai.apiKey ? { authorization: `Bearer ${ai.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: ai.model,
        temperature: 0.2,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: JSON.stringify({ zweck: purposeTitle, sentences }) },
        ],
      }),
      // The whole exchange, answer included, within the time limit.
      signal: AbortSignal.timeout(ai.timeoutMs),
      redirect: 'error',
    });
    status = response.status;
    if (response.ok) body = await readLimited(response);
    else await response.body?.cancel();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new HttpError(
        504,
        'ai_timeout',
        `Der KI-Dienst hat nicht innerhalb von ${Math.round(ai.timeoutMs / 1000)} Sekunden geantwortet. ${again}`,
      );
    }
    throw new HttpError(502, 'ai_unreachable', `Der KI-Dienst ist nicht erreichbar. ${again}`);
  }
  if (status < 200 || status > 299) {
    throw new HttpError(502, 'ai_error', `Der KI-Dienst hat mit dem Fehler ${status} geantwortet. ${again}`);
  }
  const completion = ZChatCompletion.safeParse(body === undefined ? undefined : parseJson(body));
  if (!completion.success) throw unusable();
  const rephrased = ZRephrased.safeParse(parseJson(completion.data.choices[0]?.message.content ?? ''));
  if (!rephrased.success) throw unusable();
  return rephrased.data.sentences;
}

/** The answer's text, or undefined when it is larger than any brief could be. */
async function readLimited(response: Response): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_ANSWER_BYTES) {
    await response.body?.cancel();
    return undefined;
  }
  const text = await response.text();
  return Buffer.byteLength(text) > MAX_ANSWER_BYTES ? undefined : text;
}
