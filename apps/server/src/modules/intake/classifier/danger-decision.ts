import type { NgramScore } from './danger-ngrams.js';
import type { TDangerSignal } from './taxonomy.js';

/** Why a danger signal was raised: which layer, and the (normalised) words that made it fire. */
export interface DangerReason {
  signal: TDangerSignal;
  layer: 'rules' | 'concepts' | 'learned';
  words: string[];
}

export interface DangerDecision {
  /** Signals that raise the alarm, each with the layer and words that fired. */
  reasons: DangerReason[];
  /** Evidence that only makes the assistant ask: the learned net's guess or a lowered signal. */
  hints: DangerReason[];
  /** No alarm, but the assistant asks its safety question. */
  uncertain: boolean;
}

/**
 * From this probability of the learned net on, a message without an alarm gets the safety
 * question: a missed danger costs more than a question too many. Chosen by leave-one-set-out on
 * the retired sets (bench/intake-dev.ts: 0.5 → 96.3 %, 0.1 → 96.7 % of dangerous messages flagged
 * or asked; ordinary messages asked 24.7 % → 26.7 %).
 */
export const LEARNED_ASK_THRESHOLD = 0.1;
/**
 * From this probability on the learned net raises the alarm by itself, naming its signal and the
 * words that weighed most: it has read some 6 000 messages other hands wrote (data/intake/external/)
 * and catches indirect wording no lexicon lists. Chosen by leave-one-set-out on those sets
 * (bench/intake-dev.ts), never on a frozen set.
 */
export const LEARNED_ALARM_THRESHOLD = 0.9;
/**
 * The net raises the alarm alone only on a message long enough to read as a whole: in a short one
 * a single word decides ("Ich mach heute Schluss mit ihm" is a break-up), and short explicit
 * wording is the lexicons' job. Shorter messages get the question. Cost nothing on the retired sets.
 */
export const MIN_WORDS_FOR_LEARNED_ALARM = 16;
/**
 * Nor may it lower a hit in a message too short to have a context ("mei Vadda schlogt mi"): idioms
 * that short are the idiom guards' job. Cost nothing on the retired sets.
 */
export const MIN_WORDS_TO_LOWER = 8;
/**
 * Below this probability the learned net reads the whole message as ordinary ("this school is
 * killing me", a game, a past event): a transparent hit is lowered to the safety question instead
 * of the urgent flag. Chosen like the alarm threshold.
 */
export const LEARNED_CALM_THRESHOLD = 0.05;
/** The share of a message's words the net must have seen in training before it may lower a signal. */
const MIN_KNOWN_SHARE = 0.75;
/** Evidence no reading of context may talk down: it always raises the alarm. */
const NEVER_LOWERED: ReadonlySet<TDangerSignal> = new Set(['self_harm', 'sexual_abuse']);

/**
 * Combines the layers into the danger decision. The transparent layers (rules, concept lexicons)
 * name signals; the learned net reads the message as a whole and either confirms them, lowers them
 * to a question (it is sure the message is ordinary) or, when it is sure of danger nobody listed,
 * raises the alarm itself. Anything weaker makes the assistant ask.
 */
export function decideDanger(input: {
  transparent: readonly DangerReason[];
  /** Hits an idiom guard lowered to a question ("die Schule bringt mich noch um"). */
  lowered: readonly DangerReason[];
  /** Weak concepts that alone make the assistant ask (fear, a secret, alone, hunger …). */
  weakEvidence: boolean;
  learned: NgramScore;
}): DangerDecision {
  const { transparent, lowered, weakEvidence, learned } = input;
  // The net may only talk down what it can read: not a transliteration it has hardly seen.
  const readsOrdinary =
    learned.danger < LEARNED_CALM_THRESHOLD &&
    learned.wordCount >= MIN_WORDS_TO_LOWER &&
    learned.knownWords >= MIN_KNOWN_SHARE * Math.max(1, learned.wordCount);
  const reasons = transparent.filter((reason) => !readsOrdinary || NEVER_LOWERED.has(reason.signal));
  const hints = [...transparent.filter((reason) => !reasons.includes(reason)), ...lowered];
  const readsWhole = learned.wordCount >= MIN_WORDS_FOR_LEARNED_ALARM;
  if (reasons.length === 0 && readsWhole && learned.danger >= LEARNED_ALARM_THRESHOLD) {
    reasons.push({ signal: learned.signal, layer: 'learned', words: learned.words });
  } else if (reasons.length === 0 && learned.danger >= LEARNED_ASK_THRESHOLD) {
    hints.push({ signal: learned.signal, layer: 'learned', words: learned.words });
  }
  return {
    reasons,
    hints,
    uncertain: reasons.length === 0 && (weakEvidence || hints.length > 0),
  };
}
