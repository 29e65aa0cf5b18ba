/**
 * A multinomial logistic regression over hashed character n-grams of normalised words (3 to 5
 * letters with word boundaries), whole words and word pairs. Character n-grams see through
 * inflection, compounds, clitics and misspellings in every script ("umbringen", "umbringt" and
 * "bringe mich um" share "umbr"; "انتحر" and "بانتحر" share "نتحر"), which word-level models do not.
 * Trained deterministically (fixed order, no randomness) so every start gives the same model.
 * Used for the topic and, as a recall net that makes the assistant ask, for danger.
 */

export interface LabelledText<TLabel extends string> {
  /** Normalised text (normalizeForMatching). */
  text: string;
  label: TLabel;
}

export interface NgramPrediction<TLabel extends string> {
  probability: ReadonlyMap<TLabel, number>;
  /** How many words of the text occurred in the training data (0: the model has nothing to go on). */
  knownWords: number;
  /** How many words the text has (up to the first 400). */
  wordCount: number;
  best: TLabel;
  /** Up to three words that pushed most towards `best` (against `against`, if given). */
  words: string[];
}

export interface NgramClassifier<TLabel extends string> {
  predict(
    normalizedText: string,
    options?: { among?: readonly TLabel[]; against?: TLabel },
  ): NgramPrediction<TLabel>;
}

export interface NgramTraining {
  epochs?: number;
  /**
   * How far rare classes are weighed up: 0 not at all, 1 so that each class counts alike however
   * many examples it has, 0.5 in between (the square root of the full weight).
   */
  balance?: number;
}

const BUCKET_BITS = 18;
const BUCKETS = 1 << BUCKET_BITS;
const LEARNING_RATE = 0.5;
const L2 = 1e-6;
const MAX_WORDS = 400;
const NEGLIGIBLE_STEP = 1e-4;

/** FNV-1a, 32 bit: a fast, stable hash for feature buckets (not for security). */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0) & (BUCKETS - 1);
}

/** Feature buckets of one word: the word itself and its character 3- to 5-grams with boundaries. */
function wordFeatures(word: string): number[] {
  const padded = ` ${word} `;
  const features = [hash(`w:${word}`)];
  for (let size = 3; size <= 5; size += 1) {
    for (let start = 0; start + size <= padded.length; start += 1)
      features.push(hash(padded.slice(start, start + size)));
  }
  return features;
}

function featuresOf(text: string): {
  words: string[];
  perWord: number[][];
  all: Int32Array;
} {
  const words = text
    .split(' ')
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS);
  const perWord = words.map(wordFeatures);
  const all = perWord.flat();
  // Word pairs carry what single words cannot ("nicht mehr", "allein gelassen").
  for (let index = 0; index + 1 < words.length; index += 1)
    all.push(hash(`b:${words[index]} ${words[index + 1]}`));
  return { words, perWord, all: Int32Array.from(all) };
}

function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const score of scores) max = Math.max(max, score);
  let sum = 0;
  for (let index = 0; index < scores.length; index += 1) {
    const value = Math.exp((scores[index] as number) - max);
    scores[index] = value;
    sum += value;
  }
  for (let index = 0; index < scores.length; index += 1) scores[index] = (scores[index] as number) / sum;
  return scores;
}

export function trainNgramClassifier<TLabel extends string>(
  labels: readonly TLabel[],
  examples: readonly LabelledText<TLabel>[],
  training: NgramTraining = {},
): NgramClassifier<TLabel> {
  const classCount = labels.length;
  const indexOf = new Map(labels.map((label, index) => [label, index]));
  // Weights are stored feature by feature (the class weights of one feature side by side), so a
  // message touches a few hundred short runs of memory instead of scattered single values.
  const weights = new Float32Array(classCount * BUCKETS);
  const bias = new Float64Array(classCount);
  // Which whole words the training saw (by bucket), to tell "nothing known" from a weak answer.
  const seenWords = new Uint8Array(BUCKETS);
  const data = examples.flatMap((example) => {
    const label = indexOf.get(example.label);
    if (label === undefined) return [];
    const { perWord, all } = featuresOf(example.text);
    for (const features of perWord) seenWords[features[0] as number] = 1;
    return [{ features: all, label }];
  });
  const perClass = new Array<number>(classCount).fill(0);
  for (const item of data) perClass[item.label] = (perClass[item.label] ?? 0) + 1;
  const classWeight = perClass.map((count) =>
    count > 0 ? (data.length / (classCount * count)) ** (training.balance ?? 0) : 1,
  );

  const logits = (features: Int32Array) => {
    const scores = Float64Array.from(bias);
    for (let index = 0; index < features.length; index += 1) {
      const offset = (features[index] as number) * classCount;
      for (let label = 0; label < classCount; label += 1) {
        scores[label] = (scores[label] as number) + (weights[offset + label] as number);
      }
    }
    return scores;
  };

  // A fixed interleaving instead of a random shuffle: the same data always trains the same model.
  const order = data
    .map((_, index) => index)
    .sort((a, b) => ((a * 7919) % data.length) - ((b * 7919) % data.length));
  const steps = new Float64Array(classCount);
  const activeLabels = new Int32Array(classCount);
  const epochs = training.epochs ?? 6;
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const rate = LEARNING_RATE / (1 + epoch);
    for (const index of order) {
      const item = data[index]!;
      const probabilities = softmaxInPlace(logits(item.features));
      const scale = (classWeight[item.label] as number) * rate;
      const norm = 1 / Math.sqrt(item.features.length || 1);
      for (let label = 0; label < classCount; label += 1) {
        const gradient = ((probabilities[label] as number) - (label === item.label ? 1 : 0)) * scale;
        bias[label] = (bias[label] as number) - gradient * 0.1;
        steps[label] = gradient * norm;
      }
      // Classes the example hardly moves (probability near 0 and not its label) are left alone:
      // most of the 16 topics for most examples after the first pass — a third of the time.
      let active = 0;
      for (let label = 0; label < classCount; label += 1) {
        if (Math.abs(steps[label] as number) > NEGLIGIBLE_STEP) activeLabels[active++] = label;
      }
      const features = item.features;
      for (let index = 0; index < features.length; index += 1) {
        const offset = (features[index] as number) * classCount;
        for (let slot = 0; slot < active; slot += 1) {
          const label = activeLabels[slot] as number;
          const current = weights[offset + label] as number;
          weights[offset + label] = current - (steps[label] as number) - L2 * current;
        }
      }
    }
  }

  return {
    predict(normalizedText, options = {}) {
      const { words, perWord, all } = featuresOf(normalizedText);
      const probabilities = softmaxInPlace(logits(all));
      const candidates = (options.among ?? labels).map((label) => indexOf.get(label) as number);
      let best = candidates[0] as number;
      for (const label of candidates) {
        if ((probabilities[label] as number) > (probabilities[best] as number)) best = label;
      }
      const against = options.against === undefined ? undefined : indexOf.get(options.against);
      const contribution = perWord.map((features) =>
        features.reduce(
          (sum, feature) =>
            sum +
            (weights[feature * classCount + best] as number) -
            (against === undefined ? 0 : (weights[feature * classCount + against] as number)),
          0,
        ),
      );
      const strongest = [
        ...new Set(
          contribution
            .map((value, index) => ({ value, word: words[index] ?? '' }))
            .filter((entry) => entry.value > 0)
            .sort((a, b) => b.value - a.value)
            .slice(0, 3)
            .map((entry) => entry.word),
        ),
      ];
      return {
        probability: new Map(labels.map((label, index) => [label, probabilities[index] as number])),
        knownWords: perWord.filter((features) => seenWords[features[0] as number] === 1).length,
        wordCount: words.length,
        best: labels[best] as TLabel,
        words: strongest,
      };
    },
  };
}
