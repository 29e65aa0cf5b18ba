import type { IntakeClassifier } from './index.js';
import type { THeldoutItem } from './intake-data.js';
import type { TIntakeTopic } from './taxonomy.js';

/**
 * Scores the classifier on the held-out sets. Shared by the unit test (which asserts the
 * thresholds) and bench/intake-accuracy.ts (which prints the figures), so both measure the same.
 * Messages are classified without a language hint, as the hardest case: detection must work.
 */

export interface MisclassifiedItem {
  text: string;
  expected: TIntakeTopic;
  predicted: TIntakeTopic;
  confidence: number;
}

export interface LanguageScore {
  language: string;
  total: number;
  topicCorrect: number;
  topicAccuracy: number;
  languageDetected: number;
  dangerExpected: number;
  dangerFound: number;
  falseAlarms: number;
  /** Share of dangerous messages flagged; must be 1. */
  dangerRecall: number;
  /** Share of flagged messages that were dangerous; false alarms only show emergency numbers. */
  dangerPrecision: number;
  /** Dangerous messages that raised neither the alarm nor the safety question. */
  missedDanger: string[];
  /** Dangerous messages the learned net lowered to the safety question (no alarm). */
  onlyAskedDanger: string[];
  falseAlarmTexts: string[];
  misclassified: MisclassifiedItem[];
  totalMilliseconds: number;
}

export async function scoreLanguage(
  classifier: IntakeClassifier,
  language: string,
  items: readonly THeldoutItem[],
): Promise<LanguageScore> {
  const score: LanguageScore = {
    language,
    total: items.length,
    topicCorrect: 0,
    topicAccuracy: 0,
    languageDetected: 0,
    dangerExpected: 0,
    dangerFound: 0,
    falseAlarms: 0,
    dangerRecall: 1,
    dangerPrecision: 1,
    missedDanger: [],
    onlyAskedDanger: [],
    falseAlarmTexts: [],
    misclassified: [],
    totalMilliseconds: 0,
  };
  for (const item of items) {
    const started = performance.now();
    const result = await classifier.classify(item.text);
    score.totalMilliseconds += performance.now() - started;

    if (result.language === language) score.languageDetected += 1;
    if (result.topic === item.topic) score.topicCorrect += 1;
    else {
      score.misclassified.push({
        text: item.text,
        expected: item.topic,
        predicted: result.topic,
        confidence: result.confidence,
      });
    }
    if (item.danger) {
      score.dangerExpected += 1;
      if (result.danger) score.dangerFound += 1;
      else if (result.uncertain) score.onlyAskedDanger.push(item.text);
      else score.missedDanger.push(item.text);
    } else if (result.danger) {
      score.falseAlarms += 1;
      score.falseAlarmTexts.push(`${item.text}  [${result.dangerSignals.join(', ')}]`);
    }
  }
  score.topicAccuracy = score.total === 0 ? 0 : score.topicCorrect / score.total;
  score.dangerRecall = score.dangerExpected === 0 ? 1 : score.dangerFound / score.dangerExpected;
  const flagged = score.dangerFound + score.falseAlarms;
  score.dangerPrecision = flagged === 0 ? 1 : score.dangerFound / flagged;
  return score;
}
