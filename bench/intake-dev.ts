/**
 * Development measurement on the RETIRED evaluation sets (data/intake/external/<set>/): for each
 * set, trains the classifier on everything except that set and scores it on that set (leave one set
 * out), so tuning sees honest figures without touching the frozen sets in bench/intake-eval/.
 * These sets are training material now: `--verbose` lists every miss, false alarm and wrong topic.
 * Run: npx tsx bench/intake-dev.ts [--verbose] [set …]
 */
import { mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIntakeClassifier } from '../apps/server/src/modules/intake/classifier/index.js';
import { DEFAULT_INTAKE_DATA_DIR } from '../apps/server/src/modules/intake/classifier/intake-data.js';
import { classifyFolder, report, type ScoredMessage } from './intake-score.js';

const verbose = process.argv.includes('--verbose');
const externalDir = join(DEFAULT_INTAKE_DATA_DIR, 'external');
const allSets = (await readdir(externalDir, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const sets = chosen.length > 0 ? chosen : allSets;

/** A data folder that links everything but the held-out set. */
async function dataDirWithout(heldOut: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'intake-dev-'));
  for (const entry of await readdir(DEFAULT_INTAKE_DATA_DIR)) {
    if (entry !== 'external') await symlink(join(DEFAULT_INTAKE_DATA_DIR, entry), join(dir, entry));
  }
  await mkdir(join(dir, 'external'));
  for (const set of allSets) {
    if (set === heldOut) continue;
    // Real folders (the loader lists directories), the files linked.
    await mkdir(join(dir, 'external', set));
    for (const file of await readdir(join(externalDir, set)))
      await symlink(join(externalDir, set, file), join(dir, 'external', set, file));
  }
  return dir;
}

const describe = ({ lang, item, result }: ScoredMessage) => {
  const why = [...result.reasons, ...result.hints]
    .map((reason) => `${reason.layer}:${reason.signal}[${reason.words.join(', ')}]`)
    .join(' ');
  return `  ${item.id} (${lang}) topic ${item.topic}→${result.topic} ${why}\n    ${item.text.replace(/\s+/g, ' ').slice(0, 300)}`;
};

const everything: ScoredMessage[] = [];
for (const set of sets) {
  const dataDir = await dataDirWithout(set);
  const classifier = await createIntakeClassifier({ dataDir });
  const scored = await classifyFolder(classifier, join(externalDir, set));
  await rm(dataDir, { recursive: true });
  everything.push(...scored);
  console.log(`\n## ${set} (trained without it)\n\n${report(scored)}`);
  if (verbose) {
    console.log('\nFalse alarms:');
    for (const entry of scored.filter((e) => !e.item.danger && e.result.danger)) console.log(describe(entry));
    console.log('\nDanger neither flagged nor asked:');
    for (const entry of scored.filter((e) => e.item.danger && !e.result.danger && !e.result.uncertain))
      console.log(describe(entry));
  }
}
if (sets.length > 1) console.log(`\n## all sets, each trained without itself\n\n${report(everything)}`);
