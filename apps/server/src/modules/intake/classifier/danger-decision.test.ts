import { describe, expect, it } from 'vitest';
import {
  type DangerReason,
  decideDanger,
  LEARNED_ALARM_THRESHOLD,
  LEARNED_ASK_THRESHOLD,
  LEARNED_CALM_THRESHOLD,
  MIN_WORDS_FOR_LEARNED_ALARM,
  MIN_WORDS_TO_LOWER,
} from './danger-decision.js';
import type { NgramScore } from './danger-ngrams.js';
import type { TDangerSignal } from './taxonomy.js';

const hit = (signal: TDangerSignal): DangerReason => ({ signal, layer: 'rules', words: ['wort'] });
const net = (danger: number, known = 20, count = 20): NgramScore => ({
  danger,
  signal: 'neglect',
  words: ['allein'],
  knownWords: known,
  wordCount: count,
});
const decide = (transparent: DangerReason[], learned: NgramScore, lowered: DangerReason[] = []) =>
  decideDanger({ transparent, lowered, weakEvidence: false, learned });

describe('danger decision', () => {
  it('raises the alarm when the net does not read the message as ordinary', () => {
    const decision = decide([hit('violence')], net(LEARNED_CALM_THRESHOLD));
    expect(decision.reasons).toEqual([hit('violence')]);
    expect(decision.uncertain).toBe(false);
  });

  it('lowers a hit to the safety question when the net reads the whole message as ordinary', () => {
    const decision = decide([hit('violence'), hit('acute_threat')], net(LEARNED_CALM_THRESHOLD / 2));
    expect(decision.reasons).toEqual([]);
    expect(decision.hints.map((hint) => hint.signal)).toEqual(['violence', 'acute_threat']);
    expect(decision.uncertain).toBe(true);
  });

  it('never lowers self-harm or sexual abuse', () => {
    const decision = decide([hit('self_harm'), hit('sexual_abuse'), hit('violence')], net(0));
    expect(decision.reasons.map((reason) => reason.signal)).toEqual(['self_harm', 'sexual_abuse']);
    expect(decision.hints.map((hint) => hint.signal)).toEqual(['violence']);
  });

  it('does not let the net lower what it can hardly read (a transliteration it has not seen)', () => {
    expect(decide([hit('suicide')], net(0, 4, 10)).reasons).toEqual([hit('suicide')]);
    expect(decide([hit('suicide')], net(0, 0, 10)).reasons).toEqual([hit('suicide')]);
  });

  it('does not let the net lower a hit in a message too short to have a context', () => {
    const short = MIN_WORDS_TO_LOWER - 1;
    expect(decide([hit('violence')], net(0, short, short)).reasons).toEqual([hit('violence')]);
  });

  it('lets the net raise the alarm alone only when it is sure, and ask when it has a suspicion', () => {
    const sure = decide([], net(LEARNED_ALARM_THRESHOLD));
    expect(sure.reasons).toEqual([{ signal: 'neglect', layer: 'learned', words: ['allein'] }]);
    const suspicion = decide([], net(LEARNED_ASK_THRESHOLD));
    expect(suspicion.reasons).toEqual([]);
    expect(suspicion.hints).toEqual([{ signal: 'neglect', layer: 'learned', words: ['allein'] }]);
    expect(suspicion.uncertain).toBe(true);
    const calm = decide([], net(LEARNED_ASK_THRESHOLD / 2));
    expect(calm).toEqual({ reasons: [], hints: [], uncertain: false });
  });

  it('only asks when the net is sure about a short message (one word may decide there)', () => {
    const short = MIN_WORDS_FOR_LEARNED_ALARM - 1;
    const decision = decide([], net(0.99, short, short));
    expect(decision.reasons).toEqual([]);
    expect(decision.uncertain).toBe(true);
  });

  it('keeps an idiom-lowered hit as a hint and asks', () => {
    const idiom: DangerReason = { signal: 'acute_threat', layer: 'rules', words: ['bringt mich um'] };
    const decision = decide([], net(0), [idiom]);
    expect(decision).toEqual({ reasons: [], hints: [idiom], uncertain: true });
  });

  it('asks on weak evidence alone', () => {
    expect(
      decideDanger({ transparent: [], lowered: [], weakEvidence: true, learned: net(0) }).uncertain,
    ).toBe(true);
  });
});
