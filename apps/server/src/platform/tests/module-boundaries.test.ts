import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../../../..');
const depcruise = join(root, 'node_modules/.bin/depcruise');
const config = join(root, '.dependency-cruiser.cjs');

/** A tiny server tree with one allowed import and one violation of each boundary rule. */
const fixture: Record<string, string> = {
  'db/connection.ts': 'export type Tx = { id: string };\nexport function withTenant(): void {}\n',
  'modules/b/inner.ts': 'export const inner = 1;\n',
  'modules/b/index.ts': "export { inner } from './inner.js';\n",
  'modules/a/allowed.ts':
    "import type { Tx } from '../../db/connection.js';\nimport { inner } from '../b/index.js';\nexport const ok = (tx: Tx) => [tx, inner];\n",
  'modules/a/deep.ts': "import { inner } from '../b/inner.js';\nexport const deep = inner;\n",
  'modules/a/own-transaction.ts':
    "import { withTenant } from '../../db/connection.js';\nexport const tx = withTenant;\n",
  'platform/upward.ts': "import type { deep } from '../modules/a/deep.js';\nexport type Up = typeof deep;\n",
  'modules/c/index.ts': "import { d } from '../d/index.js';\nexport const c = () => d;\n",
  'modules/d/index.ts': "import { c } from '../c/index.js';\nexport const d = () => c;\n",
};

async function cruise(dir: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(depcruise, ['apps/server/src', '--config', config], {
      cwd: dir,
    });
    return stdout;
  } catch (error) {
    // depcruise exits with the number of errors; its report is still on stdout.
    return (error as { stdout: string }).stdout;
  }
}

describe('module boundary rules (dependency-cruiser, run by npm run lint)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-boundaries-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports deep imports, platform importing modules, own transactions and cycles — and nothing else', async () => {
    for (const [file, text] of Object.entries(fixture)) {
      const path = join(dir, 'apps/server/src', file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    const report = await cruise(dir);
    expect(report).toContain('no-deep-module-imports: apps/server/src/modules/a/deep.ts');
    expect(report).toContain('platform-not-modules: apps/server/src/platform/upward.ts');
    expect(report).toContain('scope-only-through-platform: apps/server/src/modules/a/own-transaction.ts');
    expect(report).toMatch(/no-circular: apps\/server\/src\/modules\/[cd]\/index\.ts/);
    expect(report).not.toContain('modules/a/allowed.ts');
  }, 60_000);
});
