import { appendForScript, insertAfter, shellQuote } from './command.js';
import { singleFileReport, type TestFramework } from './framework.js';
import { JS_RUNNER_FLAGS, named, parseJest, SCRIPT_EXTENSIONS } from './jest.js';

/**
 * vitest: `--reporter=json`, which copies jest's report. Its config and workspace files are the harness's;
 * vite.config.* is the app's build, so it stays the agent's.
 */
export const vitest: TestFramework = {
  ...singleFileReport('report.json', rewriteVitest),
  parse: parseJest,
  harnessFiles: [...named('vitest.config', SCRIPT_EXTENSIONS), ...named('vitest.workspace', [...SCRIPT_EXTENSIONS, 'json'])],
  toolchain: { host: ['node', 'npx'], apt: ['nodejs', 'npm'], npm: ['vitest@2'] },
  flagRules: JS_RUNNER_FLAGS,
  apexAliases: []
};

export function rewriteVitest(command: string, report: string): string {
  const flags = `--reporter=json --outputFile=${shellQuote(report)}`;
  return insertAfter(command, String.raw`vitest(\s+run)?`, flags) ?? appendForScript(command, flags);
}
