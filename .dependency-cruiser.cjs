// Module boundaries of the server (apps/server/src). Runs in `npm run lint` (and so in `npm test`);
// on its own: npm run lint:deps. The module template (docs/modules.md) explains the rules.

const path = require('node:path');

const SRC = '^apps/server/src/';
const MODULES = `${SRC}modules/`;

// Composition roots and tests wire modules together; they are exempt from
// no-deep-module-imports and scope-only-through-platform (but should still use a module's
// index.ts where they can: the prefer-module-index-* rules report those as info only).
const ROOTS_AND_TESTS = [
  '\\.test\\.ts$',
  `${SRC}test-support/`,
  `${SRC}demo/`,
  `${SRC}cli/`,
  `${SRC}(app|bootstrap|main)\\.ts$`,
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-deep-module-imports',
      severity: 'error',
      comment:
        'A module uses another module only through its index.ts (modules/<b>/index.ts), never its inner files. ' +
        'Tests and composition roots are exempt (see ROOTS_AND_TESTS).',
      from: { path: `${MODULES}([^/]+)/`, pathNot: ROOTS_AND_TESTS },
      to: {
        path: `${MODULES}[^/]+/`,
        // $1 is the module of the importing file: its own files are fine, other modules' index.ts too.
        pathNot: [`${MODULES}$1/`, `${MODULES}[^/]+/index\\.ts$`],
      },
    },
    {
      name: 'platform-not-modules',
      severity: 'error',
      comment:
        'platform/ and db/ are below the modules: they must not import from modules/, not even types. ' +
        "The one exemption is db/schema.ts, which composes each owner's table types (modules/*/tables.ts) " +
        'into the Database type, as app.ts composes their routes.',
      from: { path: `${SRC}(platform|db)/`, pathNot: `${SRC}db/schema\\.ts$` },
      to: { path: MODULES },
    },
    {
      name: 'scope-only-through-platform',
      severity: 'error',
      comment:
        'Only db/ and platform/ open tenant transactions (withTenant in db/connection.ts). Modules may import ' +
        'db/connection.ts for types only (import type { Db, Tx }). Tests and composition roots are exempt.',
      from: { path: MODULES, pathNot: ROOTS_AND_TESTS },
      to: { path: `${SRC}db/connection\\.ts$`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'schema-composes-only-tables',
      severity: 'error',
      comment: 'db/schema.ts may take nothing from a module but the types in its tables.ts.',
      from: { path: `${SRC}db/schema\\.ts$` },
      to: { path: MODULES, pathNot: `${MODULES}[^/]+/tables\\.ts$` },
    },
    {
      name: 'prefer-module-index-in-roots',
      severity: 'info',
      comment:
        'Composition roots and tests are exempt from no-deep-module-imports, but should reach modules ' +
        'through their index.ts where they can. Informational only.',
      from: { path: ROOTS_AND_TESTS, pathNot: MODULES },
      to: { path: `${MODULES}[^/]+/`, pathNot: `${MODULES}[^/]+/index\\.ts$` },
    },
    {
      name: 'prefer-module-index-in-module-tests',
      severity: 'info',
      comment: 'The same for tests inside a module that reach into another module. Informational only.',
      from: { path: `${MODULES}([^/]+)/.*\\.test\\.ts$` },
      to: { path: `${MODULES}[^/]+/`, pathNot: [`${MODULES}$1/`, `${MODULES}[^/]+/index\\.ts$`] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'An import that does not resolve has no path to match: the boundary rules above would not see it. ' +
        '(Typically a file moved without its importers updated.)',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Circular imports blur module boundaries and make load order fragile (a cycle made only of ' +
        'type-only imports is allowed: it vanishes on compilation).',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    // Needed to see type-only imports at all (they vanish on compilation) and to mark them
    // 'type-only' (platform-not-modules counts them, scope-only-through-platform allows them).
    tsPreCompilationDeps: true,
    // Resolves the ESM '.js' specifiers to the '.ts' sources with the server's compiler options.
    // Absolute: with a relative name TypeScript resolves the tsconfig's `extends` from the wrong folder.
    tsConfig: { fileName: path.join(__dirname, 'apps/server/tsconfig.test.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
