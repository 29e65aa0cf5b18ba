import type { NlpEngine } from '@nlpjs/core';
import type { TDangerFile, TTopicFile } from './intake-data.js';
import { NLP_LANGUAGES, trainNlpEngine } from './nlp-engine.js';
import { normalizeForMatching, type SpellingReplacements } from './normalize-text.js';
import { splitCompounds } from './split-compounds.js';
import { INTAKE_TOPICS, type TDangerSignal, type TIntakeTopic, TOPIC_OF_DANGER_SIGNAL } from './taxonomy.js';

export interface TopicPrediction {
  topic: TIntakeTopic;
  confidence: number;
}

export interface TopicModel {
  languages: ReadonlySet<string>;
  predict(text: string, language: string): Promise<TopicPrediction>;
}

// Below this the answer is `other` (read by the general intake team): a wrong specialised team
// costs the family more time.
// NLP.js spreads its score over 15 topics, so a top score of 0.35 is already a clear lead; measured
// on the held-out sets, higher thresholds turned right answers into `other`.
export const MIN_TOPIC_CONFIDENCE = 0.35;
// Fallback models for languages we have no model for and for mixed-language messages.
const FALLBACK_LANGUAGES = ['de', 'en'];
// Languages that write compounds as one word; other languages' words are left alone.
const COMPOUNDING_LANGUAGES = new Set(['de']);
// The model needs the gist, not a whole letter; long texts only cost time.
const MAX_MODEL_INPUT = 2000;
const TOPIC_NAMES: ReadonlySet<string> = new Set(INTAKE_TOPICS);

const NO_REPLACEMENTS: SpellingReplacements = new Map();

/**
 * Trains one NLP.js intent model per language from the topic utterance files. Training and
 * classification both see the normalised text (folded letters, dialect replaced), so "Mei Bua
 * folgt ned" meets the vocabulary of "Mein Junge folgt nicht".
 */
export async function trainTopicModel(
  files: readonly TTopicFile[],
  dangerFiles: readonly TDangerFile[],
  spelling: ReadonlyMap<string, SpellingReplacements>,
): Promise<TopicModel> {
  const normalize = (text: string, language: string) =>
    normalizeForMatching(text, spelling.get(language) ?? NO_REPLACEMENTS);
  const documents = new Map<string, { utterance: string; intent: string }[]>();
  const add = (language: string, utterance: string, intent: string) => {
    if (!NLP_LANGUAGES.has(language)) return;
    const forLanguage = documents.get(language) ?? [];
    forLanguage.push({ utterance: normalize(utterance, language), intent });
    documents.set(language, forLanguage);
  };
  for (const file of files) {
    for (const [topic, utterances] of Object.entries(file.topics)) {
      for (const utterance of utterances ?? []) add(file.language, utterance, topic);
    }
  }
  for (const file of dangerFiles) {
    for (const [signal, utterances] of Object.entries(file.examples)) {
      const topic = TOPIC_OF_DANGER_SIGNAL[signal as TDangerSignal];
      for (const utterance of utterances ?? []) add(file.language, utterance, topic);
    }
  }
  const vocabularies = new Map(
    [...documents].map(([language, docs]) => [
      language,
      new Set(docs.flatMap((doc) => doc.utterance.split(' '))),
    ]),
  );
  const prepare = (text: string, language: string) => {
    const normalized = normalize(text, language);
    const vocabulary = vocabularies.get(language);
    return vocabulary && COMPOUNDING_LANGUAGES.has(language)
      ? splitCompounds(normalized, vocabulary)
      : normalized;
  };
  const engine = await trainNlpEngine(documents);
  const languages = new Set(documents.keys());

  return {
    languages,
    async predict(text, language) {
      const input = text.slice(0, MAX_MODEL_INPUT);
      const primary = languages.has(language) ? [language] : FALLBACK_LANGUAGES;
      let best = await bestOf(engine, input, primary, prepare);
      // A German parent may write half in English (or the detector guessed wrong on a short
      // text): when the own-language model is unsure, ask the fallback models too.
      if (best.confidence < MIN_TOPIC_CONFIDENCE) {
        const others = FALLBACK_LANGUAGES.filter((fallback) => !primary.includes(fallback));
        const alternative = await bestOf(engine, input, others, prepare);
        if (alternative.confidence > best.confidence) best = alternative;
      }
      if (best.confidence < MIN_TOPIC_CONFIDENCE) return { topic: 'other', confidence: 1 - best.confidence };
      return best;
    },
  };
}

async function bestOf(
  engine: NlpEngine,
  text: string,
  languages: readonly string[],
  prepare: (text: string, language: string) => string,
): Promise<TopicPrediction> {
  let best: TopicPrediction = { topic: 'other', confidence: 0 };
  for (const language of languages) {
    const result = await engine.process(language, prepare(text, language));
    // NLP.js answers the intent "None" when no trained word occurs in the text.
    if (!TOPIC_NAMES.has(result.intent)) continue;
    if (result.score > best.confidence)
      best = { topic: result.intent as TIntakeTopic, confidence: result.score };
  }
  return best;
}
