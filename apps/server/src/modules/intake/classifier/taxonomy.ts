import { intakeTopics, type TIntakeTopic } from '@lotse/shared';

/** Topics the intake assistant routes to (the shared list); `other` whenever the model is unsure. */
export const INTAKE_TOPICS = intakeTopics;
export type { TIntakeTopic };

/**
 * Kinds of danger the rule layer reports. They follow the endangerment types of the § 8a
 * statistics (neglect, physical, sexual) plus what needs an immediate answer in a chat:
 * suicidal thoughts, self-harm and an acute threat ("ich hab angst nach hause zu gehen").
 */
export const DANGER_SIGNALS = [
  'suicide',
  'self_harm',
  'violence',
  'sexual_abuse',
  'neglect',
  'acute_threat',
] as const;
export type TDangerSignal = (typeof DANGER_SIGNALS)[number];

/**
 * The topic a danger example teaches the topic model. Only used for training: the danger
 * examples are real messages too, and without them "ich ritze mich" had no topic vocabulary.
 */
export const TOPIC_OF_DANGER_SIGNAL: Record<TDangerSignal, TIntakeTopic> = {
  suicide: 'child_wellbeing',
  self_harm: 'child_wellbeing',
  neglect: 'child_wellbeing',
  violence: 'violence',
  sexual_abuse: 'violence',
  acute_threat: 'violence',
};

// Teams that take a danger message whatever else it is about: the UMA team keeps an
// unaccompanied minor's message (it knows the young person and the guardian).
const KEEPS_DANGER: ReadonlySet<TIntakeTopic> = new Set(['refugee']);

/**
 * The topic a message with danger signals is routed under: violence, sexual abuse and threats to
 * the team for violence, suicide, self-harm and neglect to child wellbeing — a school question
 * that mentions cutting goes to the people who assess the danger, not to the school desk. When
 * signals of both kinds fired ("he threw me out, I have nowhere to sleep" also reads as a threat),
 * `dominant` — the kind of danger the whole message is most about — decides.
 */
export function topicForDanger(
  signals: readonly TDangerSignal[],
  modelTopic: TIntakeTopic,
  dominant?: TDangerSignal,
): TIntakeTopic {
  if (signals.length === 0 || KEEPS_DANGER.has(modelTopic)) return modelTopic;
  if (dominant && signals.includes(dominant)) return TOPIC_OF_DANGER_SIGNAL[dominant];
  return signals.some((signal) => TOPIC_OF_DANGER_SIGNAL[signal] === 'violence')
    ? 'violence'
    : 'child_wellbeing';
}
