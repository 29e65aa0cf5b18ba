import { buildDangerConcepts, isCalmed } from './danger-concepts.js';
import { type DangerReason, decideDanger } from './danger-decision.js';
import { dangerNgramExamplesFrom } from './danger-ngram-data.js';
import { trainDangerNgrams } from './danger-ngrams.js';
import { buildDangerRules } from './danger-rules.js';
import { detectLanguage } from './detect-language.js';
import {
  DEFAULT_INTAKE_DATA_DIR,
  loadConceptExamples,
  loadDangerConceptFiles,
  loadDangerFiles,
  loadExternalMessages,
  loadSpellingFiles,
  loadTopicFiles,
} from './intake-data.js';
import { buildSpellingReplacements, normalizeForMatching } from './normalize-text.js';
import { type TDangerSignal, type TIntakeTopic, topicForDanger } from './taxonomy.js';
import { trainTopicModel } from './topic-model.js';

export type { DangerReason } from './danger-decision.js';
export type { TDangerSignal, TIntakeTopic } from './taxonomy.js';
export { DANGER_SIGNALS, INTAKE_TOPICS } from './taxonomy.js';

export interface Classification {
  topic: TIntakeTopic;
  confidence: number;
  /** True when a signal raised the alarm (danger-decision.ts); the app then shows emergency numbers first. */
  danger: boolean;
  dangerSignals: TDangerSignal[];
  /**
   * No alarm, but evidence (fear, drunkenness, an idiom like "bringt mich noch um", a signal the
   * learned net lowered, the net's own guess): the assistant should ask a safety question.
   */
  uncertain: boolean;
  /** One entry per layer and signal that fired; empty when `danger` is false. */
  reasons: DangerReason[];
  /** Evidence that only makes the assistant ask: lowered signals, the learned net's guess and words. */
  hints: DangerReason[];
  /** ISO 639-1, detected from the text or, when the text says too little, the given one. */
  language: string;
}

export interface IntakeClassifier {
  classify(text: string, lang?: string): Promise<Classification>;
}

const DEFAULT_LANGUAGE = 'de';
// The learned models need the gist; a long letter only costs time (danger at its end is the rules' job).
const MAX_LEARNED_INPUT = 4000;
const NO_REPLACEMENTS: ReadonlyMap<string, string> = new Map();
const WARM_UP_SAMPLES = [
  'Mein Sohn geht nicht mehr zur Schule',
  'My son does not go to school',
  'Oğlum okula gitmiyor',
  'ابني لا يذهب إلى المدرسة',
  'Мій син не ходить до школи',
  'Мой сын не ходит в школу',
  'پسرم به مدرسه نمی‌رود',
];

/**
 * Trains the intake classifier (Eingangsmanager) from the files in `data/intake/` (a few seconds,
 * once per process). Danger is decided apart from the topic (danger-decision.ts): two transparent
 * layers (rules and the concept lexicons) name signals and words, the learned n-gram net reads the
 * whole message and confirms, lowers to the safety question or, when sure, raises the alarm
 * itself. A message with danger signals is then routed under the topic of its danger
 * (`topicForDanger`).
 */
export async function createIntakeClassifier(opts?: { dataDir?: string }): Promise<IntakeClassifier> {
  const dataDir = opts?.dataDir ?? DEFAULT_INTAKE_DATA_DIR;
  const [topicFiles, dangerFiles, spellingFiles, conceptFiles, conceptExamples, external] = await Promise.all(
    [
      loadTopicFiles(dataDir),
      loadDangerFiles(dataDir),
      loadSpellingFiles(dataDir),
      loadDangerConceptFiles(dataDir),
      loadConceptExamples(dataDir),
      loadExternalMessages(dataDir),
    ],
  );
  const spelling = buildSpellingReplacements(spellingFiles);
  const dangerRules = buildDangerRules(dangerFiles, spelling);
  const dangerConcepts = buildDangerConcepts(conceptFiles, spelling);
  const learned = trainDangerNgrams(
    dangerNgramExamplesFrom({ dangerFiles, conceptExamples, topicFiles, external, spelling }),
  );
  const topicModel = trainTopicModel(topicFiles, dangerFiles, spelling, external);

  const classifier: IntakeClassifier = {
    async classify(text, lang) {
      const safeText = typeof text === 'string' ? text : '';
      const hint = lang?.trim().toLowerCase().slice(0, 2) || DEFAULT_LANGUAGE;
      const language = detectLanguage(safeText, hint);
      if (!/[\p{L}\p{N}]/u.test(safeText)) {
        // Nothing to read (empty, emoji only, symbols): no topic, no evidence of danger.
        return {
          topic: 'other',
          confidence: 1,
          danger: false,
          dangerSignals: [],
          uncertain: false,
          reasons: [],
          hints: [],
          language,
        };
      }

      // The transparent layers name signals and words. Their idiom guards ("stresst mich zu Tode")
      // lower a hit inside the idiom to "ask", whichever layer it came from.
      const concepts = dangerConcepts.analyze(safeText);
      const transparent: DangerReason[] = [];
      const lowered: DangerReason[] = [...concepts.lowered].map((signal) => ({
        signal,
        layer: 'concepts',
        words: [],
      }));
      for (const match of dangerRules.match(safeText)) {
        if (isCalmed(concepts, match.signal, match.words)) {
          lowered.push({ signal: match.signal, layer: 'rules', words: [match.words] });
          continue;
        }
        const known = transparent.find(
          (reason) => reason.layer === 'rules' && reason.signal === match.signal,
        );
        if (!known) transparent.push({ signal: match.signal, layer: 'rules', words: [match.words] });
        else if (!known.words.includes(match.words)) known.words.push(match.words);
      }
      for (const hit of concepts.signals) {
        transparent.push({ signal: hit.signal, layer: 'concepts', words: hit.words });
      }
      // The learned net reads the message as a whole; both models read the same normalised text.
      const normalized = normalizeForMatching(
        safeText.slice(0, MAX_LEARNED_INPUT),
        spelling.get(language) ?? NO_REPLACEMENTS,
      );
      const learnedScore = learned.score(normalized);
      const decision = decideDanger({
        transparent,
        lowered,
        weakEvidence: concepts.uncertain,
        learned: learnedScore,
      });
      const signals = new Set<TDangerSignal>(decision.reasons.map((reason) => reason.signal));
      const predicted = topicModel.predict(normalized);
      return {
        topic: topicForDanger([...signals], predicted.topic, learnedScore.signal),
        confidence: predicted.confidence,
        danger: signals.size > 0,
        dangerSignals: [...signals],
        uncertain: decision.uncertain,
        reasons: decision.reasons,
        hints: decision.hints,
        language,
      };
    },
  };
  // V8 compiles each regular expression and franc its language tables on first use; do that now,
  // inside the start-up budget, rather than in the first family's request.
  for (const sample of WARM_UP_SAMPLES) await classifier.classify(sample);
  return classifier;
}

let shared: Promise<IntakeClassifier> | undefined;

/** The office's classifier, trained once per process on first use (about a second). */
export function intakeClassifier(): Promise<IntakeClassifier> {
  shared ??= createIntakeClassifier();
  return shared;
}
