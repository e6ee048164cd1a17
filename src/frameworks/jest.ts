import path from 'node:path';
import { z } from 'zod';
import { GradeError } from '../core/errors.js';
import { appendForScript, insertAfter, shellQuote } from './command.js';
import { singleFileReport, type FlagRule, type TestCaseResult, type TestFramework } from './framework.js';

/** Config files a script runner reads, in each extension it accepts (jest.config.ts, vitest.config.mjs, ...). */
export const SCRIPT_EXTENSIONS = ['js', 'cjs', 'mjs', 'ts', 'cts', 'mts'];
export const named = (stem: string, extensions: string[]) => extensions.map((e) => `${stem}.${e}`);

const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;

/** jest's and vitest's (which shares jest's globals): test globals replaced, or the runner's internals imported, from project code. */
export const JS_RUNNER_FLAGS: FlagRule[] = [
  { code: 'js-test-globals', path: SCRIPT, added: /\b(?:global|globalThis|window)\s*(?:\.\s*|\[\s*['"`])(?:test|it|expect|describe|beforeEach|afterEach|beforeAll|afterAll|jest|vi)\b(?:['"`]\s*\])?\s*=[^=]|Object\.defineProperty\(\s*(?:global|globalThis)\s*,\s*['"`](?:test|it|expect|describe)['"`]/ },
  { code: 'js-runner-internals', path: SCRIPT, added: /['"`](?:jest-circus|jest-jasmine2|@jest\/(?:core|reporters|test-result|expect)|jest-runner|@vitest\/(?:runner|expect)|vitest\/(?:runners|node|reporters))(?:\/[^'"`]*)?['"`]/ }
];

/** jest: `--json` to a report file; its config (a results processor, reporter or transform) is the harness's. */
export const jest: TestFramework = {
  ...singleFileReport('report.json', rewriteJest),
  parse: parseJest,
  harnessFiles: named('jest.config', [...SCRIPT_EXTENSIONS, 'json']),
  packageJsonKey: 'jest',
  toolchain: { host: ['node', 'npx'], apt: ['nodejs', 'npm'], npm: ['jest@29', 'ts-jest@29', 'typescript@5'] },
  flagRules: JS_RUNNER_FLAGS,
  apexAliases: []
};

// jest's `--json` result, which vitest's `--reporter=json` copies; only what grading reads.
const AssertionSchema = z.object({
  ancestorTitles: z.array(z.string()).nullish(),
  title: z.string(),
  status: z.string()
});
const FileSchema = z.object({
  name: z.string(),
  status: z.string().nullish(),
  assertionResults: z.array(AssertionSchema).nullish()
});
const ReportSchema = z.object({ testResults: z.array(FileSchema) });

const STATUS: Record<string, TestCaseResult['status']> = {
  passed: 'passed',
  failed: 'failed',
  pending: 'skipped',
  skipped: 'skipped',
  todo: 'skipped',
  disabled: 'skipped'
};

/**
 * A jest (or vitest) JSON report to ids `relative/file.test.ts > describe > name`, the file relative to
 * `rootDir` (where the command ran). A file that failed without a failing test (it did not compile, an
 * import threw, an afterAll hook failed) adds one error entry whose id is the file.
 * @throws GradeError when the text is not a jest/vitest JSON report
 */
export function parseJest(reportText: string, rootDir: string): TestCaseResult[] {
  let json: unknown;
  try {
    json = JSON.parse(reportText);
  } catch (error) {
    throw new GradeError(`jest/vitest JSON report: not JSON: ${(error as Error).message}`, error);
  }
  const report = ReportSchema.safeParse(json);
  if (!report.success) throw new GradeError('jest/vitest JSON report: no testResults[] with file names');
  const results: TestCaseResult[] = [];
  for (const file of report.data.testResults) {
    const rel = relativeTo(rootDir, file.name);
    let anyFailed = false;
    for (const a of file.assertionResults ?? []) {
      const status = STATUS[a.status] ?? 'error';
      anyFailed ||= status === 'failed' || status === 'error';
      results.push({ id: [rel, ...(a.ancestorTitles ?? []), a.title].join(' > '), status });
    }
    if (file.status === 'failed' && !anyFailed) results.push({ id: rel, status: 'error' });
  }
  return results;
}

function relativeTo(rootDir: string, file: string): string {
  const rel = path.posix.relative(rootDir, file);
  return rel.startsWith('..') || path.posix.isAbsolute(rel) ? file : rel;
}

export function rewriteJest(command: string, report: string): string {
  const flags = `--ci --json --outputFile=${shellQuote(report)}`;
  return insertAfter(command, 'jest', flags) ?? appendForScript(command, flags);
}
