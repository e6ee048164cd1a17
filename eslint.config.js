import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, bottom first (docs/architecture.md draws them): a folder may import only the folders
 * listed for it. Anything else is an import pointing up the layers (or sideways into a peer it must not
 * know), which is how folder cycles start.
 */
const LAYERS = {
  core: [],
  metrics: ['core'],
  frameworks: ['core'],
  task: ['core', 'frameworks'],
  runtime: ['core', 'frameworks', 'task'],
  mcp: ['core'],
  grade: ['core', 'frameworks', 'task', 'runtime'],
  agent: ['core', 'frameworks', 'task', 'runtime', 'mcp', 'grade'],
  report: ['core', 'metrics'],
  trial: ['core', 'metrics', 'frameworks', 'task', 'runtime', 'mcp', 'grade', 'agent', 'report'],
  bench: ['core', 'metrics', 'frameworks', 'task', 'runtime', 'mcp', 'grade', 'agent', 'report', 'trial'],
  cli: ['core', 'metrics', 'frameworks', 'task', 'runtime', 'mcp', 'grade', 'agent', 'report', 'trial', 'bench'],
  action: ['core', 'metrics', 'frameworks', 'task', 'runtime', 'mcp', 'grade', 'agent', 'report', 'trial', 'bench']
};
const FRONT_ENDS = ['cli', 'action'];

const ACTIONS_ONLY_IN_ACTION = { group: ['@actions/*'], message: 'Only src/action/ may import @actions/* (the engine is free of the GitHub layer).' };
/** `import { env } from 'node:process'` would slip past the property rules below, which read the global. */
const PROCESS_MODULE = ['process', 'node:process'].map((name) => ({
  name,
  message: 'Use the global process: the lint rules see which of its env and argv a file reads.'
}));

/** Dynamic `import('../x/...')` and type-only `import('../x/...').T` cross layers too; no-restricted-imports sees neither. */
function upwardImportSyntax(depth, forbidden, message) {
  const source = `/^(\\.\\.\\/){${depth}}(${forbidden.join('|')})\\//`;
  return [
    { selector: `ImportExpression[source.value=${source}]`, message },
    { selector: `TSImportType[source.value=${source}]`, message }
  ];
}

const ARGV_MESSAGE = 'Only src/cli/ reads process.argv.';
const ENV_MESSAGE = 'Only the front ends (src/cli/, src/action/) read process.env: pass configuration in as parameters.';

/** `globalThis.process.env` reads what `process.env` does. */
const globalProcess = (props, message) => ({
  selector: `MemberExpression[object.type='MemberExpression'][object.property.name='process'][property.name=/^(${props.join('|')})$/]`,
  message
});

/** One block per folder and file depth: a relative import reaches a top-level folder through `depth` `../`s. */
function layerBlocks() {
  const blocks = [];
  for (const [folder, allowed] of Object.entries(LAYERS)) {
    const forbidden = Object.keys(LAYERS).filter((f) => f !== folder && !allowed.includes(f));
    for (let depth = 1; depth <= 4; depth++) {
      const files = [`src/${folder}/${'*/'.repeat(depth - 1)}*.ts`];
      const patterns = [];
      const syntax = [];
      if (forbidden.length > 0) {
        const message = `src/${folder}/ may import only ${allowed.join(', ') || 'nothing outside core'} (layers in eslint.config.js, docs/architecture.md).`;
        patterns.push({ regex: `^(\\.\\./){${depth}}(${forbidden.join('|')})/`, message });
        syntax.push(...upwardImportSyntax(depth, forbidden, message));
      }
      if (folder !== 'action') patterns.push(ACTIONS_ONLY_IN_ACTION);
      const rules = { 'no-restricted-imports': ['error', { patterns, paths: PROCESS_MODULE }] };
      const restricted = [];
      if (folder !== 'cli') {
        restricted.push({ object: 'process', property: 'argv', message: ARGV_MESSAGE });
        syntax.push(globalProcess(['argv'], ARGV_MESSAGE));
      }
      if (!FRONT_ENDS.includes(folder)) {
        restricted.push({ object: 'process', property: 'env', message: ENV_MESSAGE });
        syntax.push(globalProcess(['env'], ENV_MESSAGE));
      }
      if (restricted.length > 0) rules['no-restricted-properties'] = ['error', ...restricted];
      if (syntax.length > 0) rules['no-restricted-syntax'] = ['error', ...syntax];
      blocks.push({ files, rules });
    }
  }
  return blocks;
}

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', '__tests__/fixtures/**', 'tasks/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off'
    }
  },
  {
    // Files at the top of src/ belong to no layer; they are engine, not front end.
    files: ['src/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ACTIONS_ONLY_IN_ACTION], paths: PROCESS_MODULE }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'argv', message: ARGV_MESSAGE },
        { object: 'process', property: 'env', message: ENV_MESSAGE }
      ],
      'no-restricted-syntax': ['error', globalProcess(['argv'], ARGV_MESSAGE), globalProcess(['env'], ENV_MESSAGE)]
    }
  },
  ...layerBlocks(),
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js', 'jest.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } }
  }
);
