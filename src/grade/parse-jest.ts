import path from 'node:path';
import { z } from 'zod';
import { GradeError } from '../core/errors.js';
import type { TestCaseResult } from './outcome.js';

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
export function parse(reportText: string, rootDir: string): TestCaseResult[] {
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
