import { trainDangerModel } from './danger-model.js';
import { buildDangerRules } from './danger-rules.js';
import { detectLanguage } from './detect-language.js';
import {
  DEFAULT_INTAKE_DATA_DIR,
  loadDangerFiles,
  loadSpellingFiles,
  loadTopicFiles,
} from './intake-data.js';
import { buildSpellingReplacements } from './normalize-text.js';
import type { TDangerSignal, TIntakeTopic } from './taxonomy.js';
import { trainTopicModel } from './topic-model.js';

export type { TDangerSignal, TIntakeTopic } from './taxonomy.js';
export { DANGER_SIGNALS, INTAKE_TOPICS } from './taxonomy.js';

export interface Classification {
  topic: TIntakeTopic;
  confidence: number;
  /** True when any rule or the model saw danger; the app then shows emergency numbers first. */
  danger: boolean;
  dangerSignals: TDangerSignal[];
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
 * second). Topic and danger are decided independently: a message about school that mentions
 * "ich ritze mich" keeps its topic and still raises the alarm.
 */
export async function createIntakeClassifier(opts?: { dataDir?: string }): Promise<IntakeClassifier> {
  const dataDir = opts?.dataDir ?? DEFAULT_INTAKE_DATA_DIR;
  const [topicFiles, dangerFiles, spellingFiles] = await Promise.all([
    loadTopicFiles(dataDir),
    loadDangerFiles(dataDir),
    loadSpellingFiles(dataDir),
  ]);
  const spelling = buildSpellingReplacements(spellingFiles);
  const dangerRules = buildDangerRules(dangerFiles, spelling);
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
        return { topic: 'other', confidence: 1, danger: false, dangerSignals: [], language };
      }

      const signals = new Set<TDangerSignal>(dangerRules.match(safeText).map((match) => match.signal));
      const modelSignal = await dangerModel.predict(safeText, language);
      if (modelSignal) signals.add(modelSignal);
      const { topic, confidence } = await topicModel.predict(safeText, language);
      return { topic, confidence, danger: signals.size > 0, dangerSignals: [...signals], language };
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
