/**
 * Scores the intake classifier on a folder of labelled messages in the frozen-set format
 * (`<lang>.json`: [{ id, text, topic, danger, signals?, writer }]). Shared by bench/intake-frozen.ts
 * (held-out sets: aggregates only) and bench/intake-dev.ts (retired sets: also the single errors).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Classification, IntakeClassifier } from '../apps/server/src/modules/intake/classifier/index.js';

export interface LabelledMessage {
  id: string;
  text: string;
  topic: string;
  danger: boolean;
  signals?: string[];
  writer: string;
}

export interface SetScore {
  n: number;
  danger: number;
  found: number;
  foundOrAsked: number;
  calm: number;
  falseAlarms: number;
  asked: number;
  topicRight: number;
}

export interface ScoredMessage {
  lang: string;
  item: LabelledMessage;
  result: Classification;
  ms: number;
}

export const emptyScore = (): SetScore => ({
  n: 0,
  danger: 0,
  found: 0,
  foundOrAsked: 0,
  calm: 0,
  falseAlarms: 0,
  asked: 0,
  topicRight: 0,
});

export async function classifyFolder(classifier: IntakeClassifier, dir: string): Promise<ScoredMessage[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const scored: ScoredMessage[] = [];
  for (const file of files) {
    const lang = file.replace(/\.json$/, '');
    const items: LabelledMessage[] = JSON.parse(await readFile(join(dir, file), 'utf8'));
    for (const item of items) {
      const started = performance.now();
      const result = await classifier.classify(item.text, lang === 'de-simple' ? 'de' : lang);
      scored.push({ lang, item, result, ms: performance.now() - started });
    }
  }
  return scored;
}

export function addTo(score: SetScore, { item, result }: ScoredMessage): void {
  score.n += 1;
  if (item.danger) {
    score.danger += 1;
    if (result.danger) score.found += 1;
    if (result.danger || result.uncertain) score.foundOrAsked += 1;
  } else {
    score.calm += 1;
    if (result.danger) score.falseAlarms += 1;
    else if (result.uncertain) score.asked += 1;
  }
  if (result.topic === item.topic) score.topicRight += 1;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)} %`;

/** A markdown table per language and in total, the misses per signal and the timing. */
export function report(scored: readonly ScoredMessage[]): string {
  const byLang = new Map<string, SetScore>();
  const totals = emptyScore();
  const bySignal = new Map<string, { n: number; missed: number; unasked: number }>();
  for (const entry of scored) {
    const score = byLang.get(entry.lang) ?? emptyScore();
    byLang.set(entry.lang, score);
    addTo(score, entry);
    addTo(totals, entry);
    for (const signal of entry.item.signals ?? []) {
      const row = bySignal.get(signal) ?? { n: 0, missed: 0, unasked: 0 };
      bySignal.set(signal, row);
      row.n += 1;
      if (!entry.result.danger) row.missed += 1;
      if (!entry.result.danger && !entry.result.uncertain) row.unasked += 1;
    }
  }
  const row = (name: string, s: SetScore) =>
    `| ${name} | ${s.n} | ${s.found}/${s.danger} (${percent(s.found, s.danger)}) | ${percent(s.foundOrAsked, s.danger)} | ${s.falseAlarms}/${s.calm} (${percent(s.falseAlarms, s.calm)}) | ${percent(s.asked, s.calm)} | ${percent(s.topicRight, s.n)} |`;
  const timings = scored.map((entry) => entry.ms).sort((a, b) => a - b);
  const p50 = timings[Math.floor(timings.length / 2)] ?? 0;
  const p99 = timings[Math.floor(timings.length * 0.99)] ?? 0;
  return [
    '| lang | n | danger recall | danger or safety question | false alarms | safety question on calm | topic accuracy |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...[...byLang].map(([lang, s]) => row(lang, s)),
    row('all', totals),
    '',
    `Missed danger by signal (not flagged; of those not even asked): ${[...bySignal]
      .map(([k, r]) => `${k} ${r.missed}/${r.n} (${r.unasked})`)
      .join(', ')}`,
    `Classification time: p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms (${timings.length} messages)`,
  ].join('\n');
}
