import { trainTopicModel } from './topic-model.js';
import { buildSpellingReplacements } from './normalize-text.js';
import { DEFAULT_INTAKE_DATA_DIR, loadSpellingFiles, loadTopicFiles } from './intake-data.js';
const sp = buildSpellingReplacements(await loadSpellingFiles(DEFAULT_INTAKE_DATA_DIR));
const m = await trainTopicModel(await loadTopicFiles(DEFAULT_INTAKE_DATA_DIR), sp);
for (const t of process.argv.slice(2)) console.log(t, await m.predict(t, 'de'));
