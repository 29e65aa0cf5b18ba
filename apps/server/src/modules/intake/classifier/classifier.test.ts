import { beforeAll, describe, expect, it } from 'vitest';
import { buildDangerRules } from './danger-rules.js';
import { scoreLanguage } from './evaluate-heldout.js';
import { createIntakeClassifier, type IntakeClassifier } from './index.js';
import {
  DEFAULT_INTAKE_DATA_DIR,
  loadDangerFiles,
  loadHeldoutSets,
  loadSpellingFiles,
  type THeldoutItem,
} from './intake-data.js';
import { buildSpellingReplacements } from './normalize-text.js';
import type { TDangerSignal } from './taxonomy.js';
import { topicForDanger } from './taxonomy.js';

let classifier: IntakeClassifier;
let heldout: Map<string, THeldoutItem[]>;
let trainingCpuMilliseconds = 0;

// CPU time of this test process, not wall time: vitest runs other test files (PGlite start-ups)
// in parallel, and on a loaded machine wall time says more about them than about us.
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

beforeAll(async () => {
  const started = cpuMilliseconds();
  classifier = await createIntakeClassifier();
  trainingCpuMilliseconds = cpuMilliseconds() - started;
  heldout = await loadHeldoutSets(DEFAULT_INTAKE_DATA_DIR);
});

function heldoutFor(language: string): THeldoutItem[] {
  const items = heldout.get(language);
  if (!items) throw new Error(`no held-out set for ${language}`);
  return items;
}

describe('intake classifier on the held-out sets', () => {
  it('has enough held-out data to mean something', () => {
    expect(heldoutFor('de').length).toBeGreaterThanOrEqual(200);
    expect(heldoutFor('de').filter((item) => item.danger).length).toBeGreaterThanOrEqual(40);
    expect(heldoutFor('en').length).toBeGreaterThanOrEqual(80);
    expect(heldoutFor('en').filter((item) => item.danger).length).toBeGreaterThanOrEqual(20);
  });

  it('finds the German topic for at least 85 % of messages', async () => {
    const score = await scoreLanguage(classifier, 'de', heldoutFor('de'));
    expect(score.topicAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it.each(['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'])(
    'misses no dangerous message (%s)',
    async (language) => {
      const items = heldout.get(language) ?? [];
      const score = await scoreLanguage(classifier, language, items);
      // The list, not just the number, so a failing run says which message slipped through.
      expect(score.missedDanger).toEqual([]);
      // The learned net may lower a signal to the safety question when it reads the whole message
      // as ordinary; on messages this plain that must stay rare.
      expect(score.onlyAskedDanger.length).toBeLessThanOrEqual(Math.floor(score.dangerExpected * 0.05));
    },
  );
});

describe('danger detection', () => {
  const mustFlag: [string, TDangerSignal][] = [
    ['er schlägt mich', 'violence'],
    ['ich will nicht mehr leben', 'suicide'],
    ['ich ritze mich', 'self_harm'],
    ['mein Stiefvater fasst mich an', 'sexual_abuse'],
    ['wir haben seit Tagen nichts zu essen', 'neglect'],
    ['er hat gedroht uns umzubringen', 'acute_threat'],
    ['ich hab angst nach hause zu gehen', 'acute_threat'],
    ['ICH WILL NICH MEHR LEBN', 'suicide'],
    ['i mog nimmer leben', 'suicide'],
    ['mei Vadda schlogt mi', 'violence'],
    ['he hits me', 'violence'],
    ["I don't want to live anymore", 'suicide'],
    ['babam beni dövüyor', 'violence'],
    ['أبي يضربني', 'violence'],
    ['Тато б’є мене', 'violence'],
    ['Не хочу жить', 'suicide'],
  ];

  it.each(mustFlag)('flags "%s" as %s', async (text, signal) => {
    const result = await classifier.classify(text);
    expect(result.danger).toBe(true);
    expect(result.dangerSignals).toContain(signal);
  });

  it('flags despite a negation: a false alarm is cheaper than a miss', async () => {
    expect((await classifier.classify('ich will mich nicht umbringen')).danger).toBe(true);
  });

  it('decides danger independently of the topic', async () => {
    const result = await classifier.classify('Ich hab schlechte Noten in Mathe und ritze mich deswegen');
    expect(result.danger).toBe(true);
    expect(result.dangerSignals).toContain('self_harm');
    // …and routes it to the people who assess the danger, not to the school desk.
    expect(result.topic).toBe('child_wellbeing');
  });

  it('routes a danger message under the topic of its danger', async () => {
    const threat = await classifier.classify(
      'Mein Vater hat gesagt, er bringt mich um, wenn ich den Mann nicht heirate',
    );
    expect(threat.danger).toBe(true);
    expect(threat.topic).toBe('violence');
    expect(topicForDanger(['neglect'], 'school')).toBe('child_wellbeing');
    expect(topicForDanger(['neglect', 'sexual_abuse'], 'parenting')).toBe('violence');
    expect(topicForDanger(['acute_threat'], 'refugee')).toBe('refugee');
    expect(topicForDanger([], 'school')).toBe('school');
  });

  it('stays calm about ordinary requests', async () => {
    for (const text of ['Ich suche einen Kitaplatz', 'Wie beantrage ich Unterhaltsvorschuss?', 'Hallo']) {
      expect((await classifier.classify(text)).danger, text).toBe(false);
    }
  });

  it('matches every example of every danger file with its own rules', async () => {
    const files = await loadDangerFiles(DEFAULT_INTAKE_DATA_DIR);
    const rules = buildDangerRules(
      files,
      buildSpellingReplacements(await loadSpellingFiles(DEFAULT_INTAKE_DATA_DIR)),
    );
    for (const file of files) {
      for (const [signal, examples] of Object.entries(file.examples)) {
        for (const example of examples ?? []) {
          const signals = rules.match(example).map((match) => match.signal);
          expect(signals, `${file.language}: ${example}`).toContain(signal);
        }
      }
    }
  });
});

describe('topics', () => {
  it.each([
    ['Ich suche dringend einen Kitaplatz für meinen Sohn', 'daycare'],
    ['Der Vater zahlt keinen Unterhalt', 'child_support'],
    ['Mein Sohn geht seit Wochen nicht mehr in die Schule', 'school'],
    ['Wir trennen uns, wie regeln wir den Umgang?', 'separation'],
    ['Ich bin schwanger und erst 16', 'pregnancy_baby'],
    ['Hallo', 'other'],
    ['My ex refuses to pay child support', 'child_support'],
  ])('classifies "%s" as %s', async (text, topic) => {
    expect((await classifier.classify(text)).topic).toBe(topic);
  });
});

describe('language detection', () => {
  it.each([
    ['Mein Sohn geht nicht mehr in die Schule und ich weiß nicht weiter', 'de'],
    ['My son does not go to school anymore and I need help', 'en'],
    ['Oğlum artık okula gitmiyor, ne yapmalıyım', 'tr'],
    ['ابني لا يذهب إلى المدرسة منذ أسابيع', 'ar'],
    ['Мій син більше не ходить до школи', 'uk'],
    ['Мой сын больше не ходит в школу', 'ru'],
    // Without ы/э/ъ/ё franc called such short Russian messages Bulgarian or Serbian.
    ['Мама меня не понимает, что мне делать', 'ru'],
    ['Мама мене не розуміє, що мені робити', 'uk'],
    ['پسرم دیگر به مدرسه نمی‌رود', 'fa'],
  ])('detects "%s" as %s', async (text, language) => {
    expect((await classifier.classify(text)).language).toBe(language);
  });

  it('falls back to the given language, then German, when the text says too little', async () => {
    expect((await classifier.classify('ok', 'tr')).language).toBe('tr');
    expect((await classifier.classify('ok')).language).toBe('de');
  });
});

describe('robustness', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t  '],
    ['emoji only', '😢😢🙏💔'],
    ['unicode garbage', '\u0000\u200b\uFFFD\uD83D ̸̡̢̛̖̗̘̙̜̝̞̟̠̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎͓͔͕͖͙͚͜͢'],
    ['10 000 characters', 'qwz '.repeat(2500)],
  ])('returns `other` without throwing for %s input', async (_name, text) => {
    const result = await classifier.classify(text);
    expect(result.topic).toBe('other');
    expect(result.danger).toBe(false);
  });

  it('still reads danger at the end of a very long message', async () => {
    const result = await classifier.classify(
      `${'Mir geht es nicht gut. '.repeat(450)}Ich will nicht mehr leben.`,
    );
    expect(result.danger).toBe(true);
  });
});

describe('performance', () => {
  // A guard against a regression of the order of 2× (about 6 s alone, more while the other test
  // files run on the same cores); the figure itself is measured in bench/README.md.
  it('trains in under 12 seconds of CPU time', () => {
    expect(trainingCpuMilliseconds).toBeLessThan(12_000);
  });

  it('classifies in under 10 ms of CPU time on average', async () => {
    const items = heldoutFor('de');
    const started = cpuMilliseconds();
    for (const item of items) await classifier.classify(item.text);
    expect((cpuMilliseconds() - started) / items.length).toBeLessThan(10);
  });
});
