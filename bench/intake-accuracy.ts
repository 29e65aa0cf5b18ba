/**
 * Accuracy and speed report of the intake classifier (Eingangsmanager) on the held-out sets in
 * data/intake/test/. Run: npx tsx bench/intake-accuracy.ts [--verbose]
 * Prints per language: topic accuracy, language detection, danger recall and precision (with the
 * rule layer alone and with the concept layer), the most frequent topic confusions,
 * training time and the average time per classification.
 */
import { buildDangerRules } from '../apps/server/src/modules/intake/classifier/danger-rules.js';
import {
  type LanguageScore,
  scoreLanguage,
} from '../apps/server/src/modules/intake/classifier/evaluate-heldout.js';
import { createIntakeClassifier } from '../apps/server/src/modules/intake/classifier/index.js';
import {
  DEFAULT_INTAKE_DATA_DIR,
  loadDangerFiles,
  loadHeldoutSets,
  loadSpellingFiles,
  type THeldoutItem,
} from '../apps/server/src/modules/intake/classifier/intake-data.js';
import { buildSpellingReplacements } from '../apps/server/src/modules/intake/classifier/normalize-text.js';

const verbose = process.argv.includes('--verbose');
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
const classifier = await createIntakeClassifier();
const trainingWall = performance.now() - wallBefore;
const cpuSpent = process.cpuUsage(cpuBefore);
const trainingCpu = (cpuSpent.user + cpuSpent.system) / 1000;

const dangerRules = buildDangerRules(
  await loadDangerFiles(DEFAULT_INTAKE_DATA_DIR),
  buildSpellingReplacements(await loadSpellingFiles(DEFAULT_INTAKE_DATA_DIR)),
);

/** Recall and precision of the rule layer alone, to show what the concept layer adds. */
function scoreRulesOnly(items: readonly THeldoutItem[]): { recall: number; precision: number } {
  let found = 0;
  let falseAlarms = 0;
  for (const item of items) {
    const flagged = dangerRules.match(item.text).length > 0;
    if (flagged && item.danger) found += 1;
    if (flagged && !item.danger) falseAlarms += 1;
  }
  const expected = items.filter((item) => item.danger).length;
  return {
    recall: expected === 0 ? 1 : found / expected,
    precision: found + falseAlarms === 0 ? 1 : found / (found + falseAlarms),
  };
}

async function report(title: string, sets: Map<string, THeldoutItem[]>): Promise<LanguageScore[]> {
  console.log(`\n## ${title}\n`);
  console.log(
    '| lang | n | topic acc. | lang detected | danger n | recall | precision | rules-only recall | rules-only precision | avg ms |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  const scores: LanguageScore[] = [];
  for (const [language, items] of sets) {
    const score = await scoreLanguage(classifier, language, items);
    const rulesOnly = scoreRulesOnly(items);
    scores.push(score);
    console.log(
      `| ${language} | ${score.total} | ${percent(score.topicAccuracy)} | ${percent(score.languageDetected / score.total)} | ${score.dangerExpected} | ${percent(score.dangerRecall)} | ${percent(score.dangerPrecision)} | ${percent(rulesOnly.recall)} | ${percent(rulesOnly.precision)} | ${(score.totalMilliseconds / score.total).toFixed(2)} |`,
    );
  }
  return scores;
}

function printConfusions(scores: readonly LanguageScore[]): void {
  const counts = new Map<string, number>();
  for (const score of scores) {
    for (const item of score.misclassified) {
      const key = `${item.expected} → ${item.predicted}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log('\nMost frequent topic confusions (expected → predicted), all held-out languages:');
  for (const [pair, count] of top) console.log(`  ${String(count).padStart(3)}  ${pair}`);
}

function printDetails(scores: readonly LanguageScore[]): void {
  for (const score of scores) {
    for (const text of score.missedDanger) console.log(`  MISSED DANGER [${score.language}] ${text}`);
    for (const text of score.falseAlarmTexts) console.log(`  false alarm [${score.language}] ${text}`);
    for (const item of score.misclassified) {
      console.log(
        `  topic [${score.language}] ${item.expected} → ${item.predicted} (${item.confidence.toFixed(2)}) ${item.text}`,
      );
    }
  }
}

console.log(
  `Training (incl. loading and warm-up): ${trainingWall.toFixed(0)} ms wall, ${trainingCpu.toFixed(0)} ms CPU`,
);
const heldoutScores = await report('Held-out sets', await loadHeldoutSets(DEFAULT_INTAKE_DATA_DIR));
printConfusions(heldoutScores);
const freshScores = await report(
  'Fresh set (written after the last tuning round)',
  await loadHeldoutSets(DEFAULT_INTAKE_DATA_DIR, 'fresh'),
);
if (verbose) printDetails([...heldoutScores, ...freshScores]);
