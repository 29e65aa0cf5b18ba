/**
 * Measures the intake classifier on a FROZEN evaluation set (bench/intake-eval/<set>/), written by
 * a hand that never saw the training data. Prints aggregates only — never single messages — so that
 * looking at the report cannot turn the set into training material.
 * Run: npx tsx bench/intake-frozen.ts frozen-2026-12-d
 */
import { join } from 'node:path';
import { createIntakeClassifier } from '../apps/server/src/modules/intake/classifier/index.js';
import { classifyFolder, report } from './intake-score.js';

const setName = process.argv[2];
if (!setName) {
  console.error('Usage: npx tsx bench/intake-frozen.ts <set in bench/intake-eval/>');
  process.exit(2);
}
const classifier = await createIntakeClassifier();
const scored = await classifyFolder(classifier, join(import.meta.dirname, 'intake-eval', setName));
console.log(`\n## Frozen set ${setName} (${new Date().toISOString().slice(0, 10)})\n`);
console.log(report(scored));
