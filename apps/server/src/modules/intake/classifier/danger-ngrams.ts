import { trainNgramClassifier } from './ngram-classifier.js';
import { DANGER_SIGNALS, type TDangerSignal } from './taxonomy.js';

/**
 * The learned recall net of danger detection: the character n-gram classifier
 * (ngram-classifier.ts) trained on the danger examples against ordinary messages. It never decides
 * alone: above the ask threshold the assistant asks its safety question, and the words that
 * weighed most are the reason. See docs/decisions/0010-learned-danger-net.md.
 */

export interface NgramExample {
  /** Normalised text (normalizeForMatching). */
  text: string;
  /** The danger signal, or null for an ordinary message. */
  signal: TDangerSignal | null;
}

export interface NgramScore {
  /** Probability that the message shows danger (1 − P(ordinary)). */
  danger: number;
  /** The most likely signal. */
  signal: TDangerSignal;
  /** Up to three words that pushed most towards that signal. */
  words: string[];
  /** How many words of the message the net saw in training (0: its answer means nothing). */
  knownWords: number;
  wordCount: number;
}

export interface DangerNgramModel {
  score(normalizedText: string): NgramScore;
}

const ORDINARY = 'ordinary';
// Four passes (round 7): with the round-7 material three left calm training examples ("she'd die for
// animals") above the alarm threshold; four give the same leave-one-set-out figures (bench/intake-dev.ts)
// (87.8 % flagged, 4.6 % false alarms) and fit them; two gave more false alarms.
const DANGER_EPOCHS = 4;
type TLabel = TDangerSignal | typeof ORDINARY;

export function trainDangerNgrams(examples: readonly NgramExample[]): DangerNgramModel {
  const model = trainNgramClassifier<TLabel>(
    [ORDINARY, ...DANGER_SIGNALS],
    examples.map((example) => ({ text: example.text, label: example.signal ?? ORDINARY })),
    // Dangerous examples are rarer than ordinary ones and weigh more, but not so much that the net
    // gives up ordinary short messages ("der Kleine wacht nachts oft auf"): the square root of the
    // full balance (leave-one-set-out: fewer false alarms at the same recall than 1 or 0).
    { balance: 0.5, epochs: DANGER_EPOCHS },
  );
  return {
    score(normalizedText) {
      const prediction = model.predict(normalizedText, { among: DANGER_SIGNALS, against: ORDINARY });
      return {
        // Without a single known word the net would only echo its class balance.
        danger: prediction.knownWords === 0 ? 0 : 1 - (prediction.probability.get(ORDINARY) ?? 0),
        signal: prediction.best as TDangerSignal,
        words: prediction.words,
        knownWords: prediction.knownWords,
        wordCount: prediction.wordCount,
      };
    },
  };
}
