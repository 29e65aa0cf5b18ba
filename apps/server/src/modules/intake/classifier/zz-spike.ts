import { createIntakeClassifier } from './index.js';
import { scoreLanguage } from './evaluate-heldout.js';
import { loadHeldoutSets, DEFAULT_INTAKE_DATA_DIR } from './intake-data.js';
const t0 = performance.now();
const c = await createIntakeClassifier();
console.log('train ms', performance.now() - t0);
const sets = await loadHeldoutSets(DEFAULT_INTAKE_DATA_DIR);
for (const [lang, items] of sets) {
  const s = await scoreLanguage(c, lang, items);
  console.log(lang, 'acc', s.topicAccuracy.toFixed(3), 'lang', s.languageDetected, '/', s.total, 'recall', s.dangerRecall.toFixed(3), 'prec', s.dangerPrecision.toFixed(3), 'avg ms', (s.totalMilliseconds / s.total).toFixed(2));
  if (process.argv.includes('-v')) {
    for (const m of s.missedDanger) console.log('  MISSED', m);
    for (const m of s.falseAlarmTexts) console.log('  FALSE', m);
    for (const m of s.misclassified) console.log('  WRONG', m.expected, '->', m.predicted, m.confidence.toFixed(2), m.text);
  }
}
