import type { ErrorClass, TestStatus } from '../core/trial-result.js';
import type { GradeOutcome, SuiteRun, TestCaseResult } from './outcome.js';

export interface VerdictInput {
  /** The tests that must pass: the task's lists, or (integration without lists) every test the suite ran. */
  failToPass: string[];
  passToPass: string[];
  /** Integration without lists: every test of the suite counts, and there must be at least one. */
  wholeSuite: boolean;
  run: SuiteRun;
  testSec: number;
}

const MAX_NAMED = 5;

export interface ErrorOutcomeDetails {
  /** How many FAIL_TO_PASS and PASS_TO_PASS tests the task has: an error keeps the totals, with none passed. */
  totals?: { failToPass: number; passToPass: number };
  tests?: TestCaseResult[];
  testCommandMs?: number;
}

/**
 * An `error` verdict. The totals are the task's, as for an environment error (trial-result-builder.ts's
 * baseResult), so a report adding up tests counts an errored trial's tests as not passed, not as absent.
 */
export function errorOutcome(errorClass: ErrorClass, message: string, details: ErrorOutcomeDetails = {}): GradeOutcome {
  return {
    status: 'error',
    errorClass,
    message,
    failToPass: { passed: 0, total: details.totals?.failToPass ?? 0 },
    passToPass: { passed: 0, total: details.totals?.passToPass ?? 0 },
    correctness: 0,
    tests: details.tests ?? [],
    testCommandMs: details.testCommandMs ?? 0
  };
}

function lastLines(text: string, n = 15): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}

/**
 * The verdict from the parsed report alone (SWE-bench grading.py style, defensive):
 * - no report or no tests in it: error ("suite did not run"), unless the command timed out;
 * - timed out: failed, whatever was reported (tests it did not report count as failed);
 * - non-zero exit with no failed or erroring test in the report: error (something outside the tests broke);
 * - otherwise passed iff every FAIL_TO_PASS and PASS_TO_PASS test is `passed` in the report: a skipped
 *   test, or one missing from the report, is not.
 * Printed "PASSED" lines in the console change nothing: the console is never read.
 */
export function decideVerdict(input: VerdictInput): GradeOutcome {
  const { run } = input;
  const f2p = input.wholeSuite ? run.tests.map((t) => t.id) : input.failToPass;
  const p2p = input.wholeSuite ? [] : input.passToPass;
  const details = { totals: { failToPass: f2p.length, passToPass: p2p.length }, tests: run.tests, testCommandMs: run.durationMs };
  if (!run.ran && !run.timedOut) {
    return { ...errorOutcome('grade', `suite did not run: ${run.problem ?? 'no tests reported'} (exit ${run.exitCode})\n${lastLines(run.output)}`, details), noVerdict: true };
  }
  const status = new Map<string, TestStatus>(run.tests.map((t) => [t.id, t.status]));
  const failing = [...f2p, ...p2p].filter((id) => status.get(id) !== 'passed');
  const f2pPassed = f2p.filter((id) => status.get(id) === 'passed').length;
  const p2pPassed = p2p.filter((id) => status.get(id) === 'passed').length;
  const total = f2p.length + p2p.length;
  const counts = {
    failToPass: { passed: f2pPassed, total: f2p.length },
    passToPass: { passed: p2pPassed, total: p2p.length },
    correctness: total === 0 ? 0 : (f2pPassed + p2pPassed) / total,
    tests: run.tests,
    testCommandMs: run.durationMs
  };

  if (run.timedOut) {
    return { status: 'failed', errorClass: null, message: `test command timed out after ${input.testSec}s; tests it did not report count as failed`, ...counts };
  }
  const reportedFailure = run.tests.some((t) => t.status === 'failed' || t.status === 'error');
  if (run.exitCode !== 0 && !reportedFailure) {
    return { ...errorOutcome('grade', `test command exited ${run.exitCode} but its report shows no failing test\n${lastLines(run.output)}`, details), noVerdict: true };
  }
  if (total === 0) {
    return { status: 'failed', errorClass: null, message: 'no tests to check: FAIL_TO_PASS and PASS_TO_PASS are empty', ...counts };
  }
  if (failing.length === 0) return { status: 'passed', errorClass: null, message: null, ...counts };
  const named = failing.slice(0, MAX_NAMED).map((id) => `${id} (${status.get(id) ?? 'not reported'})`);
  const more = failing.length > MAX_NAMED ? ` and ${failing.length - MAX_NAMED} more` : '';
  return {
    status: 'failed',
    errorClass: null,
    message: `FAIL_TO_PASS ${f2pPassed}/${f2p.length}, PASS_TO_PASS ${p2pPassed}/${p2p.length} passed; not passing: ${named.join(', ')}${more}`,
    ...counts
  };
}
