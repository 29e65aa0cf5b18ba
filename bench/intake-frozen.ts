/**
 * Measures the intake classifier on a FROZEN evaluation set (bench/intake-eval/<set>/), written by
 * a hand that never saw the training data. Prints aggregates only — never single messages — so that
 * looking at the report cannot turn the set into training material.
 * Run: npx tsx bench/intake-frozen.ts [frozen-2026-12-a]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createIntakeClassifier } from '../apps/server/src/modules/intake/classifier/index.js';

interface FrozenItem {
  id: string;
  text: string;
  topic: string;
  danger: boolean;
  signals?: string[];
  writer: string;
}

const setName = process.argv[2] ?? 'frozen-2026-12-a';
const dir = join(import.meta.dirname, 'intake-eval', setName);
const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)} %`;

const classifier = await createIntakeClassifier();
const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
const rows: string[] = [];
const emptyScore = () => ({
  n: 0,
  danger: 0,
  found: 0,
  foundOrAsked: 0,
  calm: 0,
  falseAlarms: 0,
  asked: 0,
  topicRight: 0,
});
const totals = emptyScore();
const timings: number[] = [];
const missedBySignal = new Map<string, number>();
const bySignal = new Map<string, number>();

for (const file of files) {
  const lang = file.replace(/\.json$/, '');
  const items: FrozenItem[] = JSON.parse(await readFile(join(dir, file), 'utf8'));
  const s = { ...emptyScore(), n: items.length };
  for (const item of items) {
    const started = performance.now();
    const result = await classifier.classify(item.text, lang === 'de-simple' ? 'de' : lang);
    timings.push(performance.now() - started);
    if (item.danger) {
      s.danger += 1;
      if (result.danger) s.found += 1;
      if (result.danger || result.uncertain) s.foundOrAsked += 1;
      for (const signal of item.signals ?? []) {
        bySignal.set(signal, (bySignal.get(signal) ?? 0) + 1);
        if (!result.danger) missedBySignal.set(signal, (missedBySignal.get(signal) ?? 0) + 1);
      }
    } else {
      s.calm += 1;
      if (result.danger) s.falseAlarms += 1;
      else if (result.uncertain) s.asked += 1;
    }
    if (result.topic === item.topic) s.topicRight += 1;
  }
  for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += s[key];
  rows.push(
    `| ${lang} | ${s.n} | ${s.found}/${s.danger} (${percent(s.found, s.danger)}) | ${percent(s.foundOrAsked, s.danger)} | ${s.falseAlarms}/${s.calm} (${percent(s.falseAlarms, s.calm)}) | ${percent(s.asked, s.calm)} | ${percent(s.topicRight, s.n)} |`,
  );
}

timings.sort((a, b) => a - b);
const p50 = timings[Math.floor(timings.length / 2)] ?? 0;
const p99 = timings[Math.floor(timings.length * 0.99)] ?? 0;
console.log(`\n## Frozen set ${setName} (${new Date().toISOString().slice(0, 10)})\n`);
console.log(
  '| lang | n | danger recall | danger or safety question | false alarms | safety question on calm | topic accuracy |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
console.log(
  `| all | ${totals.n} | ${totals.found}/${totals.danger} (${percent(totals.found, totals.danger)}) | ${percent(totals.foundOrAsked, totals.danger)} | ${totals.falseAlarms}/${totals.calm} (${percent(totals.falseAlarms, totals.calm)}) | ${percent(totals.asked, totals.calm)} | ${percent(totals.topicRight, totals.n)} |`,
);
console.log(
  `\nMissed danger by signal: ${[...bySignal].map(([k, n]) => `${k} ${missedBySignal.get(k) ?? 0}/${n}`).join(', ')}`,
);
console.log(
  `Classification time: p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms (${timings.length} messages)`,
);
