/**
 * Chooses the thresholds of the learned danger net (danger-ngrams.ts) WITHOUT the frozen sets:
 * 5-fold cross-validation over the training material (danger examples against ordinary messages),
 * then a check on the project's own held-out sets in data/intake/test/. Prints, per threshold, how
 * many dangerous messages would be asked about and how many ordinary ones.
 * Run: npx tsx bench/intake-ngrams-cv.ts
 */

import { dangerNgramExamples } from '../apps/server/src/modules/intake/classifier/danger-ngram-data.js';
import {
  type NgramExample,
  trainDangerNgrams,
} from '../apps/server/src/modules/intake/classifier/danger-ngrams.js';
import {
  DEFAULT_INTAKE_DATA_DIR,
  loadHeldoutSets,
  loadSpellingFiles,
} from '../apps/server/src/modules/intake/classifier/intake-data.js';
import {
  buildSpellingReplacements,
  normalizeForMatching,
} from '../apps/server/src/modules/intake/classifier/normalize-text.js';

const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const examples = await dangerNgramExamples(DEFAULT_INTAKE_DATA_DIR);
const folds = 5;
const scored: { danger: boolean; p: number }[] = [];
let started = performance.now();
for (let fold = 0; fold < folds; fold += 1) {
  const train: NgramExample[] = [];
  const test: NgramExample[] = [];
  for (const [index, example] of examples.entries()) (index % folds === fold ? test : train).push(example);
  const model = trainDangerNgrams(train);
  for (const example of test)
    scored.push({ danger: example.signal !== null, p: model.score(example.text).danger });
}
console.log(
  `${examples.length} examples (${examples.filter((e) => e.signal).length} dangerous), 5 folds in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
const report = (name: string, rows: { danger: boolean; p: number }[]) => {
  const danger = rows.filter((r) => r.danger);
  const calm = rows.filter((r) => !r.danger);
  console.log(`\n${name}: ${danger.length} dangerous, ${calm.length} ordinary`);
  console.log('| threshold | dangerous caught | ordinary asked |');
  console.log('|---:|---:|---:|');
  for (const t of THRESHOLDS) {
    const hit = danger.filter((r) => r.p >= t).length;
    const fa = calm.filter((r) => r.p >= t).length;
    console.log(
      `| ${t} | ${((hit / danger.length) * 100).toFixed(1)} % | ${((fa / calm.length) * 100).toFixed(1)} % |`,
    );
  }
};
report('cross-validation', scored);

started = performance.now();
const model = trainDangerNgrams(examples);
console.log(`\nfull training ${(performance.now() - started).toFixed(0)} ms`);
const spelling = buildSpellingReplacements(await loadSpellingFiles(DEFAULT_INTAKE_DATA_DIR));
const heldout: { danger: boolean; p: number }[] = [];
for (const kind of ['heldout', 'fresh'] as const) {
  for (const [language, items] of await loadHeldoutSets(DEFAULT_INTAKE_DATA_DIR, kind)) {
    for (const item of items) {
      const text = normalizeForMatching(item.text, spelling.get(language) ?? new Map());
      heldout.push({ danger: item.danger, p: model.score(text).danger });
    }
  }
}
report('project held-out sets (data/intake/test)', heldout);
