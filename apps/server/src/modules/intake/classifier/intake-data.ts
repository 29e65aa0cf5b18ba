import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DANGER_SIGNALS, INTAKE_TOPICS } from './taxonomy.js';

/**
 * Loads and validates the intake data files (format: data/intake/README.md). Invalid files fail
 * loudly at start-up: a silently skipped danger file would mean missed emergencies.
 */

// apps/server/{src,dist}/modules/intake/classifier → repository root.
export const DEFAULT_INTAKE_DATA_DIR = fileURLToPath(
  new URL('../../../../../../data/intake/', import.meta.url),
);

const ZTopicName = z.enum(INTAKE_TOPICS);
const ZDangerSignal = z.enum(DANGER_SIGNALS);
const ZUtterances = z.array(z.string().min(1));

const ZTopicFileSchema = z.object({
  language: z.string().length(2),
  topics: z.partialRecord(ZTopicName, ZUtterances),
});
export type TTopicFile = z.infer<typeof ZTopicFileSchema>;

// A control character in a pattern is nearly always a mangled escape ("\b" written as a backspace
// by a generator script): the rule would silently never match.
const ZPatternSource = z
  .string()
  .min(1)
  .refine((source) => ![...source].some((character) => character.charCodeAt(0) < 0x20), {
    message: 'pattern contains a control character',
  });

const ZDangerFileSchema = z.object({
  language: z.string().length(2),
  patterns: z.partialRecord(ZDangerSignal, z.array(ZPatternSource)),
  // Utterances that must raise the signal; they also train the model's second opinion.
  examples: z.partialRecord(ZDangerSignal, ZUtterances).default({}),
});
export type TDangerFile = z.infer<typeof ZDangerFileSchema>;

const ZSpellingFileSchema = z.object({
  language: z.string().length(2),
  // Word-level corrections applied before both layers: typos and dialect ("net" → "nicht").
  replacements: z.record(z.string(), z.string()),
});
export type TSpellingFile = z.infer<typeof ZSpellingFileSchema>;

const ZHeldoutItemSchema = z.object({ text: z.string(), topic: ZTopicName, danger: z.boolean() });
export type THeldoutItem = z.infer<typeof ZHeldoutItemSchema>;

export async function loadTopicFiles(dataDir: string): Promise<TTopicFile[]> {
  return loadAll(join(dataDir, 'topics'), /^[a-z]{2}\.json$/, ZTopicFileSchema);
}

export async function loadDangerFiles(dataDir: string): Promise<TDangerFile[]> {
  return loadAll(join(dataDir, 'danger'), /^[a-z]{2}\.json$/, ZDangerFileSchema);
}

export async function loadSpellingFiles(dataDir: string): Promise<TSpellingFile[]> {
  return loadAll(join(dataDir, 'spelling'), /^[a-z]{2}\.json$/, ZSpellingFileSchema);
}

/**
 * Labelled test utterances per language (`test/<kind>.<lang>.json`); never used for training.
 * `heldout` is the set the tests assert on; `fresh` was written after the last tuning round, so
 * it shows how far the held-out figures are flattered by error analysis on them.
 */
export async function loadHeldoutSets(
  dataDir: string,
  kind: 'heldout' | 'fresh' = 'heldout',
): Promise<Map<string, THeldoutItem[]>> {
  const directory = join(dataDir, 'test');
  const namePattern = new RegExp(`^${kind}\\.([a-z]{2})\\.json$`);
  const sets = new Map<string, THeldoutItem[]>();
  for (const name of (await readdir(directory)).sort()) {
    const language = namePattern.exec(name)?.[1];
    if (!language) continue;
    sets.set(language, await readJson(join(directory, name), z.array(ZHeldoutItemSchema)));
  }
  return sets;
}

async function loadAll<T>(directory: string, namePattern: RegExp, schema: z.ZodType<T>): Promise<T[]> {
  const names = (await readdir(directory)).filter((name) => namePattern.test(name)).sort();
  return Promise.all(names.map((name) => readJson(join(directory, name), schema)));
}

async function readJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`Invalid intake data file ${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
