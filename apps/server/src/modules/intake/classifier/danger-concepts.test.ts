import { beforeAll, describe, expect, it } from 'vitest';
import { buildDangerConcepts, type DangerConcepts, parseEntries } from './danger-concepts.js';
import { createIntakeClassifier, type IntakeClassifier } from './index.js';
import {
  DEFAULT_INTAKE_DATA_DIR,
  loadConceptExamples,
  loadDangerConceptFiles,
  loadSpellingFiles,
  type TConceptExamples,
} from './intake-data.js';
import { buildSpellingReplacements } from './normalize-text.js';

let classifier: IntakeClassifier;
let concepts: DangerConcepts;
let examples: TConceptExamples[];

beforeAll(async () => {
  classifier = await createIntakeClassifier();
  const spelling = buildSpellingReplacements(await loadSpellingFiles(DEFAULT_INTAKE_DATA_DIR));
  concepts = buildDangerConcepts(await loadDangerConceptFiles(DEFAULT_INTAKE_DATA_DIR), spelling);
  examples = await loadConceptExamples(DEFAULT_INTAKE_DATA_DIR);
});

function examplesFor(language: string): TConceptExamples {
  const file = examples.find((candidate) => candidate.language === language);
  if (!file) throw new Error(`no concept examples for ${language}`);
  return file;
}

const LANGUAGES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'];

describe('danger concept examples', () => {
  it.each(LANGUAGES)('has at least 25 danger and 25 calm examples covering every signal (%s)', (language) => {
    const file = examplesFor(language);
    expect(file.danger.length).toBeGreaterThanOrEqual(25);
    expect(file.calm.length).toBeGreaterThanOrEqual(25);
    expect(new Set(file.danger.map((example) => example.signal)).size).toBe(6);
  });

  it.each(LANGUAGES)(
    'flags every danger example with its signal and an explanation (%s)',
    async (language) => {
      const missed: string[] = [];
      for (const { text, signal } of examplesFor(language).danger) {
        const result = await classifier.classify(text);
        const explained = result.reasons.some(
          (reason) => reason.signal === signal && reason.words.length > 0,
        );
        if (!result.danger || !result.dangerSignals.includes(signal) || !explained) {
          missed.push(`${signal}: ${text} → ${JSON.stringify(result.reasons)}`);
        }
      }
      expect(missed).toEqual([]);
    },
  );

  it.each(LANGUAGES)('raises no danger on the calm examples (%s)', async (language) => {
    const alarms: string[] = [];
    for (const text of examplesFor(language).calm) {
      const result = await classifier.classify(text);
      if (result.danger) alarms.push(`${text} → ${JSON.stringify(result.reasons)}`);
    }
    expect(alarms).toEqual([]);
  });
});

describe('concept layer', () => {
  it('explains which concepts and words fired', () => {
    const result = concepts.analyze('mama ihr freund haut mich');
    const violence = result.signals.find((hit) => hit.signal === 'violence');
    expect(violence?.concepts).toContain('HURT');
    expect(violence?.words).toContain('haut');
    expect(result.uncertain).toBe(false);
  });

  it('matches inflections by prefix, separable verbs across words and spelling variants', () => {
    expect(concepts.analyze('Der Papa verprügelte meinen Bruder').signals.map((hit) => hit.signal)).toContain(
      'violence',
    );
    expect(concepts.analyze('sie sperrt mich jeden abend ein').signals.map((hit) => hit.signal)).toContain(
      'acute_threat',
    );
    expect(concepts.analyze('ich WILL NICH MEHR LEBN!!!').signals.map((hit) => hit.signal)).toContain(
      'suicide',
    );
  });

  it('asks (uncertain) on weak evidence without a signal', () => {
    const result = concepts.analyze('ich hab so angst');
    expect(result.signals).toEqual([]);
    expect(result.uncertain).toBe(true);
    expect(result.weakConcepts).toContain('FEAR');
  });

  it('lowers an idiom to "ask" instead of ignoring it', async () => {
    const result = await classifier.classify('Diese Schule bringt mich noch um');
    expect(result.danger).toBe(false);
    expect(result.uncertain).toBe(true);
  });

  it('asks when a game or a sport nearby lowers a carer who hits', async () => {
    // The guard is there for "beim Fortnite alle umgebracht"; a parent hitting while the child
    // plays is lowered with it, so the assistant must at least ask its safety question.
    for (const text of [
      'mein stiefvater schlägt mich wenn ich fortnite zocke',
      'my stepdad hits me when i play fortnite',
    ]) {
      const result = await classifier.classify(text);
      expect(result.danger || result.uncertain, text).toBe(true);
    }
  });

  it('never lets an idiom silence self-harm or sexual abuse', async () => {
    const selfHarm = await classifier.classify('die schule stresst mich zu tode und ich ritze mich');
    expect(selfHarm.dangerSignals).toContain('self_harm');
    const abuse = await classifier.classify(
      'beim zocken schreibt mir ein älterer mann, ich soll nacktbilder schicken',
    );
    expect(abuse.dangerSignals).toContain('sexual_abuse');
  });

  it('applies spelling replacements to lexicon entries like to the text', () => {
    const replacements = new Map([['dont', 'do not']]);
    const variants = parseEntries('X', 'dont tell', replacements).map((entry) =>
      entry.parts.map((part) => part.text).join(' '),
    );
    expect(variants).toEqual(['dont tell', 'do not tell']);
  });

  it('stays fast on a very long message', () => {
    const text = `${'Mir geht es nicht gut und ich weiß nicht weiter. '.repeat(200)}ich will sterben`;
    const started = performance.now();
    const result = concepts.analyze(text);
    expect(performance.now() - started).toBeLessThan(200);
    expect(result.signals.map((hit) => hit.signal)).toContain('suicide');
  });
});
