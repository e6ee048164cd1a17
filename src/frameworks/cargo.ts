import { GradeError } from '../core/errors.js';
import { insertAfter, shellQuote } from './command.js';
import { singleFileReport, type TestCaseResult, type TestFramework } from './framework.js';

/**
 * `cargo test` (Rust). Stable libtest writes neither JSON (`--format json` needs nightly's
 * `-Z unstable-options`) nor JUnit, so the report is libtest's own plain output, cargo's stderr included:
 * `Running unittests src/lib.rs (...)` names each test binary, `test tests::adds ... ok` each result. The
 * id is `<target>::<test path>` (`src/lib.rs::tests::adds`, `tests/api.rs::roundtrip`), so the same test
 * name in two binaries stays two tests. A crate that does not compile adds `<crate> [build failed]`.
 * A command that makes libtest terse (`-q`) prints no names, and the grader says the suite did not run.
 */
export const cargo: TestFramework = {
  ...singleFileReport('report.txt', rewriteCargo),
  parse: (text) => parseCargo(text),
  harnessFiles: [],
  toolchain: { host: ['cargo'], apt: ['cargo'], npm: [] },
  apexAliases: ['cargo test', 'rust']
};

/**
 * Colour off for every `cargo test`, and the command's stdout and stderr (libtest's lines and cargo's
 * `Running` headers, in order) into `report`.
 * @throws GradeError when the command has no `cargo test`
 */
export function rewriteCargo(command: string, report: string): string {
  const plain = insertAfter(command, String.raw`cargo\s+test`, '--color never', true);
  if (plain === null) throw new GradeError(`tests.command must run \`cargo test\` (got: ${command}); the grader reads its output`);
  return `{ ${plain}\n} > ${shellQuote(report)} 2>&1`;
}

const STATUS: Record<string, TestCaseResult['status']> = { ok: 'passed', FAILED: 'failed', ignored: 'skipped' };

export function parseCargo(reportText: string): TestCaseResult[] {
  const results: TestCaseResult[] = [];
  let target = '';
  for (const line of reportText.split('\n')) {
    const running = /^\s+Running (?:unittests )?(\S+)/.exec(line);
    if (running) target = running[1]!;
    else if (/^\s+Doc-tests (\S+)/.test(line)) target = 'doc-tests';
    const test = /^test (.+?) \.\.\. (ok|FAILED|ignored)(?:,.*)?$/.exec(line);
    if (test) results.push({ id: `${target}::${test[1]}`, status: STATUS[test[2]!]! });
    const broken = /^error: could not compile `([^`]+)`/.exec(line);
    if (broken) results.push({ id: `${broken[1]} [build failed]`, status: 'error' });
  }
  return results;
}
