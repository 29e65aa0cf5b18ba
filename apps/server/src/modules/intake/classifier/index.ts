import { buildDangerConcepts, isCalmed } from './danger-concepts.js';
import { dangerNgramExamplesFrom } from './danger-ngram-data.js';
import { trainDangerNgrams } from './danger-ngrams.js';
import { buildDangerRules } from './danger-rules.js';
import { detectLanguage } from './detect-language.js';
import {
  DEFAULT_INTAKE_DATA_DIR,
  loadConceptExamples,
  loadDangerConceptFiles,
  loadDangerFiles,
  loadSpellingFiles,
  loadTopicFiles,
} from './intake-data.js';
import { buildSpellingReplacements, normalizeForMatching } from './normalize-text.js';
import { type TDangerSignal, type TIntakeTopic, topicForDanger } from './taxonomy.js';
import { trainTopicModel } from './topic-model.js';

export type { TDangerSignal, TIntakeTopic } from './taxonomy.js';
export { DANGER_SIGNALS, INTAKE_TOPICS } from './taxonomy.js';

/** Why a danger signal was raised: which layer, and the (normalised) words that made it fire. */
export interface DangerReason {
  signal: TDangerSignal;
  layer: 'rules' | 'concepts' | 'learned';
  words: string[];
}

/**
 * Above this probability of the learned net (danger-ngrams.ts) a message without a danger signal
 * gets the safety question. Chosen by cross-validation on the training material and the project's
 * own held-out sets (bench/intake-ngrams-cv.ts): about 80 % of dangerous messages reach it, about
 * 5 % of ordinary ones (a question, not an alarm).
 */
export const LEARNED_ASK_THRESHOLD = 0.5;

export interface Classification {
  topic: TIntakeTopic;
  confidence: number;
  /** True when any rule or the model saw danger; the app then shows emergency numbers first. */
  danger: boolean;
  dangerSignals: TDangerSignal[];
  /**
   * No danger signal, but weak evidence (fear, drunkenness, a hurt without a person, an idiom
   * like "bringt mich noch um"): the assistant should ask a safety question.
   */
  uncertain: boolean;
  /** One entry per layer and signal that fired; empty when `danger` is false. */
  reasons: DangerReason[];
  /** Why the assistant asks (`uncertain`): the learned net's signal and the words that weighed most. */
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
 * once per process). Danger is decided apart from the topic: two transparent layers (rules and the
 * concept lexicons) raise the alarm and name the words; the learned n-gram net and the lexicons'
 * weak evidence make the assistant ask its safety question. A message with danger signals is then
 * routed under the topic of its danger (`topicForDanger`).
 */
export async function createIntakeClassifier(opts?: { dataDir?: string }): Promise<IntakeClassifier> {
  const dataDir = opts?.dataDir ?? DEFAULT_INTAKE_DATA_DIR;
  const [topicFiles, dangerFiles, spellingFiles, conceptFiles, conceptExamples] = await Promise.all([
    loadTopicFiles(dataDir),
    loadDangerFiles(dataDir),
    loadSpellingFiles(dataDir),
    loadDangerConceptFiles(dataDir),
    loadConceptExamples(dataDir),
  ]);
  const spelling = buildSpellingReplacements(spellingFiles);
  const dangerRules = buildDangerRules(dangerFiles, spelling);
  const dangerConcepts = buildDangerConcepts(conceptFiles, spelling);
  const learned = trainDangerNgrams(
    dangerNgramExamplesFrom({ dangerFiles, conceptExamples, topicFiles, spelling }),
  );
  const topicModel = trainTopicModel(topicFiles, dangerFiles, spelling);

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

      // Two transparent layers; any signal from either is danger. The concept layer's idiom guards
      // ("stresst mich zu Tode") lower a hit that lies inside the idiom to "ask", whichever layer it
      // came from; self-harm and sexual abuse are never lowered.
      const concepts = dangerConcepts.analyze(safeText);
      const reasons: DangerReason[] = [];
      const lowered = new Set<TDangerSignal>(concepts.lowered);
      for (const match of dangerRules.match(safeText)) {
        if (isCalmed(concepts, match.signal, match.words)) {
          lowered.add(match.signal);
          continue;
        }
        const known = reasons.find((reason) => reason.layer === 'rules' && reason.signal === match.signal);
        if (!known) reasons.push({ signal: match.signal, layer: 'rules', words: [match.words] });
        else if (!known.words.includes(match.words)) known.words.push(match.words);
      }
      for (const hit of concepts.signals) {
        reasons.push({ signal: hit.signal, layer: 'concepts', words: hit.words });
      }
      const signals = new Set<TDangerSignal>(reasons.map((reason) => reason.signal));
      // The learned net reads what no lexicon anticipated; it never raises the alarm, it asks.
      // Both models read the same normalised text (the message's own spelling replacements).
      const normalized = normalizeForMatching(
        safeText.slice(0, MAX_LEARNED_INPUT),
        spelling.get(language) ?? NO_REPLACEMENTS,
      );
      const hints: DangerReason[] = [];
      if (signals.size === 0) {
        const learnedScore = learned.score(normalized);
        if (learnedScore.danger >= LEARNED_ASK_THRESHOLD) {
          hints.push({ signal: learnedScore.signal, layer: 'learned', words: learnedScore.words });
        }
      }
      const predicted = topicModel.predict(normalized);
      return {
        topic: topicForDanger([...signals], predicted.topic),
        confidence: predicted.confidence,
        danger: signals.size > 0,
        dangerSignals: [...signals],
        uncertain: signals.size === 0 && (concepts.uncertain || lowered.size > 0 || hints.length > 0),
        reasons,
        hints,
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
