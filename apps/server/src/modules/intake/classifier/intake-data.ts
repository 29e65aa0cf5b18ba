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

// The concept layer (danger-concepts.ts; format: data/intake/README.md, "Danger concepts").
const ZConceptName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'concept names are UPPER_SNAKE_CASE');
// A lexicon entry: words separated by spaces, each a stem matched by prefix ("schlag" → "schlagt"),
// "word$" matched exactly, "*part" anywhere inside a word, "~" up to four words in between,
// "!stem" an exclusion (a word starting like this is not the concept: "hau" but not "haus").
const ZConceptEntry = z
  .string()
  .min(1)
  .refine((entry) => entry.trim() === entry && !/\s{2,}/.test(entry), { message: 'stray spaces' })
  .refine((entry) => !/^~|~$/.test(entry), { message: '"~" must stand between two words' });
const ZConceptRule = z.object({
  // Each slot names one concept or alternatives ("CARER|PERSON"); all slots must occur…
  all: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*(\|[A-Z][A-Z0-9_]*)*$/)).min(1),
  // …within this many consecutive words.
  window: z.number().int().min(1).max(40).default(10),
});
/** Signals an idiom may lower to "ask"; self-harm and sexual abuse are never talked down. */
export const CALMABLE_SIGNALS = ['suicide', 'violence', 'neglect', 'acute_threat'] as const;
const ZCalmGuard = z.object({
  words: z.array(ZConceptEntry).min(1),
  lowers: z.array(z.enum(CALMABLE_SIGNALS)).min(1),
  // The guard also covers this many words either side ("beim Karate … Tritt").
  near: z.number().int().min(0).max(10).default(0),
});
const ZDangerConceptFileSchema = z
  .object({
    language: z.string().length(2),
    concepts: z.record(ZConceptName, z.array(ZConceptEntry).min(1)),
    rules: z.partialRecord(ZDangerSignal, z.array(ZConceptRule).min(1)),
    // Concepts that alone make the assistant ask a safety question.
    weak: z.array(ZConceptName).default([]),
    calm: z.array(ZCalmGuard).default([]),
  })
  .superRefine((file, context) => {
    const known = new Set(Object.keys(file.concepts));
    const referenced = [
      ...Object.values(file.rules).flatMap((rules) => (rules ?? []).flatMap((rule) => rule.all)),
      ...file.weak,
    ].flatMap((slot) => slot.split('|'));
    for (const name of new Set(referenced)) {
      if (!known.has(name)) context.addIssue({ code: 'custom', message: `unknown concept ${name}` });
    }
  });
export type TDangerConceptFile = z.infer<typeof ZDangerConceptFileSchema>;

const ZConceptExamplesSchema = z.object({
  language: z.string().length(2),
  // Messages that must raise the signal (in any layer, with an explanation).
  danger: z.array(z.object({ text: z.string().min(1), signal: ZDangerSignal })),
  // Ordinary concerns in tricky wording that must not raise danger (they may ask).
  calm: ZUtterances,
});
export type TConceptExamples = z.infer<typeof ZConceptExamplesSchema>;

// Messages written by other hands as frozen evaluation sets and retired after their measurement
// (external/<set>/<lang>.json, lang "de-simple" is German): real-world-like training material.
const ZExternalItemSchema = z
  .object({
    id: z.string(),
    text: z.string().min(1),
    topic: ZTopicName,
    danger: z.boolean(),
    signals: z.array(ZDangerSignal).min(1).optional(),
    writer: z.string(),
  })
  .refine((item) => item.danger === (item.signals !== undefined), {
    message: 'signals must be given exactly for danger messages',
  });
export interface TExternalMessage {
  language: string;
  text: string;
  topic: z.infer<typeof ZTopicName>;
  /** The first danger signal, or null for an ordinary message. */
  signal: z.infer<typeof ZDangerSignal> | null;
}

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

export async function loadDangerConceptFiles(dataDir: string): Promise<TDangerConceptFile[]> {
  return loadAll(join(dataDir, 'danger-concepts'), /^[a-z]{2}\.json$/, ZDangerConceptFileSchema);
}

/** The concept layer's own examples (`danger-concepts/examples.<lang>.json`); for tests only. */
export async function loadConceptExamples(dataDir: string): Promise<TConceptExamples[]> {
  return loadAll(join(dataDir, 'danger-concepts'), /^examples\.[a-z]{2}\.json$/, ZConceptExamplesSchema);
}

/** The retired evaluation sets under `external/` (see data/intake/README.md). */
export async function loadExternalMessages(dataDir: string): Promise<TExternalMessage[]> {
  const root = join(dataDir, 'external');
  const sets = await readdir(root, { withFileTypes: true }).catch(() => []);
  const messages: TExternalMessage[] = [];
  for (const set of sets
    .filter((entry) => entry.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const names = (await readdir(join(root, set.name))).filter((name) =>
      /^[a-z]{2}(-simple)?\.json$/.test(name),
    );
    for (const name of names.sort()) {
      const items = await readJson(join(root, set.name, name), z.array(ZExternalItemSchema));
      const language = name.slice(0, 2);
      for (const item of items) {
        messages.push({ language, text: item.text, topic: item.topic, signal: item.signals?.[0] ?? null });
      }
    }
  }
  return messages;
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
