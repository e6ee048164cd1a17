import { GradeError } from '../core/errors.js';
import { insertAfter, shellQuote } from './command.js';
import { singleFileReport, type TestCaseResult, type TestFramework } from './framework.js';
import { readJUnitCases } from './junit-xml.js';

/** ctest (GoogleTest cases through gtest_discover_tests): its own JUnit report. */
export const ctest: TestFramework = {
  ...singleFileReport('report.xml', rewriteCtest),
  parse: (text) => parseCtest(text),
  harnessFiles: [],
  toolchain: { host: ['cmake', 'ctest'], apt: ['cmake', 'g++', 'make', 'libgtest-dev'], npm: [] },
  flagRules: [
    { code: 'ctest-test-properties', path: /(?:^|\/)(?:CMakeLists\.txt|[^/]+\.cmake|CTestTestfile\.cmake)$/, added: /\b(?:WILL_FAIL|PASS_REGULAR_EXPRESSION|SKIP_RETURN_CODE|SKIP_REGULAR_EXPRESSION)\b/ }
  ],
  apexAliases: ['gtest', 'googletest']
};

/**
 * ctest's `--output-junit` report (CMake >= 3.21) to ids = ctest test names; GoogleTest cases registered
 * with gtest_discover_tests are named `Suite.Test` (`Inst/Suite.Test/param` when parameterized).
 * `notrun` (a GTEST_SKIP) and `disabled` are skipped.
 * @throws GradeError when the text is not a JUnit XML report
 */
export function parseCtest(reportText: string): TestCaseResult[] {
  return readJUnitCases(reportText, 'ctest JUnit XML').map((c) => ({ id: c.name, status: c.status }));
}

/**
 * ctest's own JUnit report (CMake >= 3.21).
 * @throws GradeError when the command has no `ctest`
 */
export function rewriteCtest(command: string, report: string): string {
  const withJunit = insertAfter(command, 'ctest', `--output-junit ${shellQuote(report)}`);
  if (withJunit === null) throw new GradeError(`tests.command must run \`ctest\` (got: ${command}); the grader adds --output-junit to it`);
  return withJunit;
}
