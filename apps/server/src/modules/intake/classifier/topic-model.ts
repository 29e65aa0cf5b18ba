import type { TDangerFile, TExternalMessage, TTopicFile } from './intake-data.js';
import { type LabelledText, trainNgramClassifier } from './ngram-classifier.js';
import { normalizeForMatching, type SpellingReplacements } from './normalize-text.js';
import { INTAKE_TOPICS, type TDangerSignal, type TIntakeTopic, TOPIC_OF_DANGER_SIGNAL } from './taxonomy.js';

export interface TopicPrediction {
  topic: TIntakeTopic;
  confidence: number;
}

export interface TopicModel {
  /** `normalizedText`: the message as normalizeForMatching gives it with the message's spelling. */
  predict(normalizedText: string): TopicPrediction;
}

// Below this the answer is `other` (read by the general intake team): with 16 topics, a top
// probability under 0.2 means the model has no idea, and a wrong specialised team costs the family
// more time. Measured on the project's held-out sets, higher values turned right answers into `other`.
export const MIN_TOPIC_CONFIDENCE = 0.2;
// Three passes over the data: four and more gave the same leave-one-set-out figures (bench/intake-dev.ts)
// for more start-up time, two more false alarms.
const TOPIC_EPOCHS = 3;
// The model needs the gist, not a whole letter; long texts only cost time.
const MAX_MODEL_INPUT = 2000;
const NO_REPLACEMENTS: SpellingReplacements = new Map();

/**
 * Trains the topic model: one character n-gram classifier (ngram-classifier.ts) over the topic
 * utterances of all languages, plus the danger examples under the topic of their danger. Training
 * and prediction see the normalised text (folded letters, dialect replaced), so "Mei Bua folgt ned"
 * meets the vocabulary of "Mein Junge folgt nicht"; n-grams see compounds ("Kitaplatz") and
 * inflections without a dictionary, and a message mixing languages is read as a whole.
 */
export function trainTopicModel(
  files: readonly TTopicFile[],
  dangerFiles: readonly TDangerFile[],
  spelling: ReadonlyMap<string, SpellingReplacements>,
  external: readonly TExternalMessage[] = [],
): TopicModel {
  const normalize = (text: string, language: string) =>
    normalizeForMatching(text, spelling.get(language) ?? NO_REPLACEMENTS);
  const examples: LabelledText<TIntakeTopic>[] = [];
  for (const file of files) {
    for (const [topic, utterances] of Object.entries(file.topics)) {
      for (const utterance of utterances ?? []) {
        examples.push({ text: normalize(utterance, file.language), label: topic as TIntakeTopic });
      }
    }
  }
  // The danger examples are real messages too; without them "ich ritze mich" had no topic words.
  for (const file of dangerFiles) {
    for (const [signal, utterances] of Object.entries(file.examples)) {
      const topic = TOPIC_OF_DANGER_SIGNAL[signal as TDangerSignal];
      for (const utterance of utterances ?? [])
        examples.push({ text: normalize(utterance, file.language), label: topic });
    }
  }
  // Messages other hands wrote, labelled by where an office would route them (also danger).
  for (const message of external) {
    examples.push({ text: normalize(message.text, message.language), label: message.topic });
  }
  const model = trainNgramClassifier(INTAKE_TOPICS, examples, { epochs: TOPIC_EPOCHS });

  return {
    predict(normalizedText) {
      const prediction = model.predict(normalizedText.slice(0, MAX_MODEL_INPUT));
      const confidence = prediction.probability.get(prediction.best) ?? 0;
      // Not one word the model has seen (another language, gibberish): nothing to go on.
      if (prediction.knownWords === 0) return { topic: 'other', confidence: 1 };
      if (confidence < MIN_TOPIC_CONFIDENCE) return { topic: 'other', confidence: 1 - confidence };
      return { topic: prediction.best, confidence };
    },
  };
}
