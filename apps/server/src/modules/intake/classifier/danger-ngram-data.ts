import type { NgramExample } from './danger-ngrams.js';
import {
  loadConceptExamples,
  loadDangerFiles,
  loadExternalMessages,
  loadSpellingFiles,
  loadTopicFiles,
  type TConceptExamples,
  type TDangerFile,
  type TExternalMessage,
  type TTopicFile,
} from './intake-data.js';
import {
  buildSpellingReplacements,
  normalizeForMatching,
  type SpellingReplacements,
} from './normalize-text.js';
import type { TDangerSignal } from './taxonomy.js';

// Utterances of the violence topic are mostly dangerous themselves; as "ordinary" they would teach
// the net that "er schlägt mich" is harmless.
const TOPICS_TOO_CLOSE_TO_DANGER = new Set(['violence']);

/** The learned net's training material, read from data/intake/ (for benchmarks; the classifier
 * passes the files it has already loaded to `dangerNgramExamplesFrom`). */
export async function dangerNgramExamples(dataDir: string): Promise<NgramExample[]> {
  const [dangerFiles, conceptExamples, topicFiles, spellingFiles, external] = await Promise.all([
    loadDangerFiles(dataDir),
    loadConceptExamples(dataDir),
    loadTopicFiles(dataDir),
    loadSpellingFiles(dataDir),
    loadExternalMessages(dataDir),
  ]);
  return dangerNgramExamplesFrom({
    dangerFiles,
    conceptExamples,
    topicFiles,
    external,
    spelling: buildSpellingReplacements(spellingFiles),
  });
}

/**
 * The learned net's training material: the danger examples of the rules and of the concept layer
 * against the ordinary topic utterances and the concept layer's calm examples (ordinary worries in
 * alarming words), and the retired evaluation sets other hands wrote. Each text normalised with its own language's spelling.
 */
export function dangerNgramExamplesFrom(files: {
  dangerFiles: readonly TDangerFile[];
  conceptExamples: readonly TConceptExamples[];
  topicFiles: readonly TTopicFile[];
  external: readonly TExternalMessage[];
  spelling: ReadonlyMap<string, SpellingReplacements>;
}): NgramExample[] {
  const { dangerFiles, conceptExamples, topicFiles, external, spelling } = files;
  const normalize = (text: string, language: string) =>
    normalizeForMatching(text, spelling.get(language) ?? new Map());
  const examples: NgramExample[] = [];
  for (const file of dangerFiles) {
    for (const [signal, texts] of Object.entries(file.examples)) {
      for (const text of texts ?? []) {
        examples.push({ text: normalize(text, file.language), signal: signal as TDangerSignal });
      }
    }
  }
  for (const file of conceptExamples) {
    for (const item of file.danger)
      examples.push({ text: normalize(item.text, file.language), signal: item.signal });
    for (const text of file.calm) examples.push({ text: normalize(text, file.language), signal: null });
  }
  for (const file of topicFiles) {
    for (const [topic, texts] of Object.entries(file.topics)) {
      if (TOPICS_TOO_CLOSE_TO_DANGER.has(topic)) continue;
      for (const text of texts ?? []) examples.push({ text: normalize(text, file.language), signal: null });
    }
  }
  for (const message of external)
    examples.push({ text: normalize(message.text, message.language), signal: message.signal });
  return examples;
}
