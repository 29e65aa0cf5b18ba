import { buildDangerRules, compileDangerPattern } from './danger-rules.js';
import { buildSpellingReplacements } from "./normalize-text.js";
import { DEFAULT_INTAKE_DATA_DIR, loadDangerFiles, loadSpellingFiles } from './intake-data.js';
const rules = buildDangerRules(await loadDangerFiles(DEFAULT_INTAKE_DATA_DIR), buildSpellingReplacements(await loadSpellingFiles(DEFAULT_INTAKE_DATA_DIR)));
for (const t of process.argv.slice(2)) {
  console.log(JSON.stringify(rules.normalize(t, 'de')), rules.match(t).map((m) => `${m.language}:${m.signal}:${m.source}`));
}
console.log(compileDangerPattern('\\bdroh\\w* (mir|uns)\\b'));
console.log(rules.rules.filter(r=>r.source.includes('droh')).map(r=>r.source));
