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

/** One block per folder and file depth: a relative import reaches a top-level folder through `depth` `../`s. */
function layerBlocks() {
  const blocks = [];
  for (const [folder, allowed] of Object.entries(LAYERS)) {
    const forbidden = Object.keys(LAYERS).filter((f) => f !== folder && !allowed.includes(f));
    for (let depth = 1; depth <= 4; depth++) {
      const files = [`src/${folder}/${'*/'.repeat(depth - 1)}*.ts`];
      const patterns = [];
      if (forbidden.length > 0) {
        patterns.push({
          regex: `^(\\.\\./){${depth}}(${forbidden.join('|')})/`,
          message: `src/${folder}/ may import only ${allowed.join(', ') || 'nothing outside core'} (layers in eslint.config.js, docs/architecture.md).`
        });
      }
      if (folder !== 'action') patterns.push(ACTIONS_ONLY_IN_ACTION);
      const rules = { 'no-restricted-imports': ['error', { patterns }] };
      const restricted = [];
      if (folder !== 'cli') restricted.push({ object: 'process', property: 'argv', message: 'Only src/cli/ reads process.argv.' });
      if (!FRONT_ENDS.includes(folder)) {
        restricted.push({ object: 'process', property: 'env', message: 'Only the front ends (src/cli/, src/action/) read process.env: pass configuration in as parameters.' });
      }
      if (restricted.length > 0) rules['no-restricted-properties'] = ['error', ...restricted];
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
    // Files at the top of src/ belong to no layer; none may import the GitHub layer either.
    files: ['src/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ACTIONS_ONLY_IN_ACTION] }] }
  },
  ...layerBlocks(),
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js', 'jest.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } }
  }
);
