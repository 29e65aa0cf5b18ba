import type { TDangerFile, TTopicFile } from './intake-data.js';
import { NLP_LANGUAGES, trainNlpEngine } from './nlp-engine.js';
import { normalizeForMatching, type SpellingReplacements } from './normalize-text.js';
import { DANGER_SIGNALS, type TDangerSignal } from './taxonomy.js';

/**
 * The second opinion on danger: an NLP.js model trained on the danger examples against the
 * ordinary topic utterances. It catches paraphrases no pattern anticipated; the rules stay the
 * primary, reviewable layer. It only ever adds signals, never removes one.
 */
export interface DangerModel {
  predict(text: string, language: string): Promise<TDangerSignal | undefined>;
}

// Tuned on the training data: lower values flag ordinary worries ("mein Kind ist traurig").
export const MIN_DANGER_MODEL_SCORE = 0.8;
const NO_DANGER = 'no_danger';
// Utterances of the violence topic are mostly dangerous themselves; they would teach the model
// that "er schlägt mich" is harmless.
const TOPICS_TOO_CLOSE_TO_DANGER = new Set(['violence']);
const SIGNAL_NAMES: ReadonlySet<string> = new Set(DANGER_SIGNALS);
const MAX_MODEL_INPUT = 2000;
const NO_REPLACEMENTS: SpellingReplacements = new Map();

export async function trainDangerModel(
  dangerFiles: readonly TDangerFile[],
  topicFiles: readonly TTopicFile[],
  spelling: ReadonlyMap<string, SpellingReplacements>,
): Promise<DangerModel> {
  // The same normalisation as the rules and the topic model, for the same reasons.
  const prepare = (text: string, language: string) =>
    normalizeForMatching(text, spelling.get(language) ?? NO_REPLACEMENTS);
  const documents = new Map<string, { utterance: string; intent: string }[]>();
  for (const file of dangerFiles) {
    if (!NLP_LANGUAGES.has(file.language)) continue;
    const examples = Object.entries(file.examples).flatMap(([signal, utterances]) =>
      (utterances ?? []).map((utterance) => ({
        utterance: prepare(utterance, file.language),
        intent: signal,
      })),
    );
    if (examples.length > 0) documents.set(file.language, examples);
  }
  for (const file of topicFiles) {
    const forLanguage = documents.get(file.language);
    if (!forLanguage) continue;
    for (const [topic, utterances] of Object.entries(file.topics)) {
      if (TOPICS_TOO_CLOSE_TO_DANGER.has(topic)) continue;
      for (const utterance of utterances ?? []) {
        forLanguage.push({ utterance: prepare(utterance, file.language), intent: NO_DANGER });
      }
    }
  }
  const engine = await trainNlpEngine(documents);

  return {
    async predict(text, language) {
      if (!documents.has(language)) return undefined;
      const result = await engine.process(language, prepare(text.slice(0, MAX_MODEL_INPUT), language));
      if (!SIGNAL_NAMES.has(result.intent) || result.score < MIN_DANGER_MODEL_SCORE) return undefined;
      return result.intent as TDangerSignal;
    },
  };
}
