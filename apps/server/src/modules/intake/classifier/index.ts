import { buildDangerConcepts, isCalmed } from './danger-concepts.js';
import { trainDangerModel } from './danger-model.js';
import { buildDangerRules } from './danger-rules.js';
import { detectLanguage } from './detect-language.js';
import {
  DEFAULT_INTAKE_DATA_DIR,
  loadDangerConceptFiles,
  loadDangerFiles,
  loadSpellingFiles,
  loadTopicFiles,
} from './intake-data.js';
import { buildSpellingReplacements } from './normalize-text.js';
import { type TDangerSignal, type TIntakeTopic, topicForDanger } from './taxonomy.js';
import { trainTopicModel } from './topic-model.js';

export type { TDangerSignal, TIntakeTopic } from './taxonomy.js';
export { DANGER_SIGNALS, INTAKE_TOPICS } from './taxonomy.js';

/** Why a danger signal was raised: which layer, and the (normalised) words that made it fire. */
export interface DangerReason {
  signal: TDangerSignal;
  layer: 'rules' | 'concepts' | 'model';
  words: string[];
}

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
  /** ISO 639-1, detected from the text or, when the text says too little, the given one. */
  language: string;
}

export interface IntakeClassifier {
  classify(text: string, lang?: string): Promise<Classification>;
}

const DEFAULT_LANGUAGE = 'de';
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
 * Trains the intake classifier (Eingangsmanager) from the files in `data/intake/` (about a
 * second). Danger is decided apart from the topic, by three layers built for recall; a message
 * with danger signals is then routed under the topic of its danger (`topicForDanger`).
 */
export async function createIntakeClassifier(opts?: { dataDir?: string }): Promise<IntakeClassifier> {
  const dataDir = opts?.dataDir ?? DEFAULT_INTAKE_DATA_DIR;
  const [topicFiles, dangerFiles, spellingFiles, conceptFiles] = await Promise.all([
    loadTopicFiles(dataDir),
    loadDangerFiles(dataDir),
    loadSpellingFiles(dataDir),
    loadDangerConceptFiles(dataDir),
  ]);
  const spelling = buildSpellingReplacements(spellingFiles);
  const dangerRules = buildDangerRules(dangerFiles, spelling);
  const dangerConcepts = buildDangerConcepts(conceptFiles, spelling);
  const [topicModel, dangerModel] = await Promise.all([
    trainTopicModel(topicFiles, dangerFiles, spelling),
    trainDangerModel(dangerFiles, topicFiles, spelling),
  ]);

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
          language,
        };
      }

      // Three independent layers; any signal from any of them is danger. The concept layer's
      // idiom guards ("stresst mich zu Tode") lower a hit that lies inside the idiom to "ask",
      // whichever layer it came from; self-harm and sexual abuse are never lowered.
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
      const modelSignal = await dangerModel.predict(safeText, language);
      if (modelSignal) {
        // The model cannot say which words it saw; when neither transparent layer confirms its
        // signal and an idiom that may lower that signal is present, it asks instead.
        const confirmed = reasons.some((reason) => reason.signal === modelSignal);
        const idiom = concepts.calm.some((guard) => guard.lowers.includes(modelSignal));
        if (!confirmed && idiom) lowered.add(modelSignal);
        else reasons.push({ signal: modelSignal, layer: 'model', words: [] });
      }
      const signals = new Set<TDangerSignal>(reasons.map((reason) => reason.signal));
      const predicted = await topicModel.predict(safeText, language);
      return {
        topic: topicForDanger([...signals], predicted.topic),
        confidence: predicted.confidence,
        danger: signals.size > 0,
        dangerSignals: [...signals],
        uncertain: signals.size === 0 && (concepts.uncertain || lowered.size > 0),
        reasons,
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
