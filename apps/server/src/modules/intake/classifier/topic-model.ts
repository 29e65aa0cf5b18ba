import type { NlpEngine } from '@nlpjs/core';
import type { TTopicFile } from './intake-data.js';
import { NLP_LANGUAGES, trainNlpEngine } from './nlp-engine.js';
import { normalizeForMatching, type SpellingReplacements } from './normalize-text.js';
import { INTAKE_TOPICS, type TIntakeTopic } from './taxonomy.js';

export interface TopicPrediction {
  topic: TIntakeTopic;
  confidence: number;
}

export interface TopicModel {
  languages: ReadonlySet<string>;
  predict(text: string, language: string): Promise<TopicPrediction>;
}

// Below this the answer is `other`: a wrong office team costs the family more time than the
// general intake team that reads `other`.
export const MIN_TOPIC_CONFIDENCE = 0.5;
// Fallback models for languages we have no model for and for mixed-language messages.
const FALLBACK_LANGUAGES = ['de', 'en'];
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
  spelling: ReadonlyMap<string, SpellingReplacements>,
): Promise<TopicModel> {
  const prepare = (text: string, language: string) =>
    normalizeForMatching(text, spelling.get(language) ?? NO_REPLACEMENTS);
  const documents = new Map<string, { utterance: string; intent: string }[]>();
  for (const file of files) {
    if (!NLP_LANGUAGES.has(file.language)) continue;
    const forLanguage = documents.get(file.language) ?? [];
    for (const [topic, utterances] of Object.entries(file.topics)) {
      for (const utterance of utterances ?? []) {
        forLanguage.push({ utterance: prepare(utterance, file.language), intent: topic });
      }
    }
    documents.set(file.language, forLanguage);
  }
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
    if (result.score > best.confidence) best = { topic: result.intent as TIntakeTopic, confidence: result.score };
  }
  return best;
}
