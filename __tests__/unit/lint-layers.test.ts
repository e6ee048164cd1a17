import { ESLint } from 'eslint';

/**
 * The layer rules of eslint.config.js, run by ESLint itself on code placed (virtually) in a folder: each
 * forbidden reach fails with its rule, and the same code where it is allowed passes.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => `${m.line}:${m.ruleId ?? 'parse'}`);
}

describe('layer rules in the lint step', () => {
  test('an import pointing up the layers fails, static, re-exported, dynamic or type-only, at any depth', async () => {
    const code = [
      "import { runPipeline } from '../trial/run-pipeline.js';",
      "export { frameworks } from '../frameworks/registry.js';",
      "export const load = () => import('../agent/registry.js');",
      "export type T = import('../task/task.js').Task;",
      'export const used = runPipeline;'
    ].join('\n');
    expect(await problems('src/core/x.ts', code)).toEqual([
      '1:no-restricted-imports',
      '2:no-restricted-imports',
      '3:no-restricted-syntax',
      '4:no-restricted-syntax'
    ]);
    expect(await problems('src/core/sub/x.ts', code.replaceAll("'../", "'../../"))).toHaveLength(4);
    expect(await problems('src/report/x.ts', "import { agents } from '../agent/registry.js';\nexport const a = agents;")).toEqual(['1:no-restricted-imports']);
    // The same imports from a folder above them pass.
    expect(await problems('src/cli/x.ts', code)).toEqual([]);
  });

  test('@actions/* only in action/', async () => {
    const code = "import * as core from '@actions/core';\nexport const c = core;";
    expect(await problems('src/trial/x.ts', code)).toEqual(['1:no-restricted-imports']);
    expect(await problems('src/cli/x.ts', code)).toEqual(['1:no-restricted-imports']);
    expect(await problems('src/action/x.ts', code)).toEqual([]);
  });

  test('argv only in cli/, process.env only in the front ends, however it is reached', async () => {
    const argv = 'export const a = process.argv;\nexport const b = globalThis.process.argv;';
    const env = 'export const a = process.env.HOME;\nexport const b = globalThis.process.env;\nconst { env: e } = process;\nexport const c = e;';
    const module = "import { env } from 'node:process';\nexport const e = env;";
    expect(await problems('src/trial/x.ts', argv)).toEqual(['1:no-restricted-properties', '2:no-restricted-syntax']);
    expect(await problems('src/action/x.ts', argv)).toEqual(['1:no-restricted-properties', '2:no-restricted-syntax']);
    expect(await problems('src/cli/x.ts', argv)).toEqual([]);
    expect(await problems('src/runtime/docker/x.ts', env)).toEqual(['1:no-restricted-properties', '2:no-restricted-syntax', '3:no-restricted-properties']);
    expect(await problems('src/action/x.ts', env)).toEqual([]);
    expect(await problems('src/cli/x.ts', env)).toEqual([]);
    expect(await problems('src/grade/x.ts', module)).toEqual(['1:no-restricted-imports']);
    // Files at the top of src/ are engine: the same rules, however process is reached.
    expect(await problems('src/x.ts', argv)).toEqual(['1:no-restricted-properties', '2:no-restricted-syntax']);
    expect(await problems('src/x.ts', env)).toEqual(['1:no-restricted-properties', '2:no-restricted-syntax', '3:no-restricted-properties']);
    expect(await problems('src/x.ts', module)).toEqual(['1:no-restricted-imports']);
  });
});
