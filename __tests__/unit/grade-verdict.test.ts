import type { SuiteRun, TestCaseResult } from '../../src/grade/outcome.js';
import { decideVerdict, type VerdictInput } from '../../src/grade/verdict.js';

const run = (tests: TestCaseResult[], over: Partial<SuiteRun> = {}): SuiteRun => ({
  ran: tests.length > 0,
  exitCode: tests.some((t) => t.status === 'failed' || t.status === 'error') ? 1 : 0,
  timedOut: false,
  tests,
  output: 'collected 3 items\n',
  durationMs: 1234,
  ...over
});
const input = (r: SuiteRun, over: Partial<VerdictInput> = {}): VerdictInput => ({
  failToPass: ['f1', 'f2'],
  passToPass: ['p1'],
  wholeSuite: false,
  run: r,
  testSec: 60,
  ...over
});
const pass = (id: string): TestCaseResult => ({ id, status: 'passed' });
const fail = (id: string): TestCaseResult => ({ id, status: 'failed' });

describe('decideVerdict', () => {
  test('passed when every FAIL_TO_PASS and PASS_TO_PASS test passes, whatever else failed', () => {
    const v = decideVerdict(input(run([pass('f1'), pass('f2'), pass('p1'), fail('unrelated')])));
    expect(v).toMatchObject({ status: 'passed', errorClass: null, message: null, failToPass: { passed: 2, total: 2 }, passToPass: { passed: 1, total: 1 }, correctness: 1, testCommandMs: 1234 });
  });

  test('a skipped or missing FAIL_TO_PASS test counts as failed, and the message names them', () => {
    const v = decideVerdict(input(run([{ id: 'f1', status: 'skipped' }, pass('p1')])));
    expect(v).toMatchObject({ status: 'failed', errorClass: null, failToPass: { passed: 0, total: 2 }, passToPass: { passed: 1, total: 1 } });
    expect(v.correctness).toBeCloseTo(1 / 3);
    expect(v.message).toBe('FAIL_TO_PASS 0/2, PASS_TO_PASS 1/1 passed; not passing: f1 (skipped), f2 (not reported)');
  });

  test('a broken PASS_TO_PASS test fails the trial even when FAIL_TO_PASS flipped', () => {
    expect(decideVerdict(input(run([pass('f1'), pass('f2'), fail('p1')]))).status).toBe('failed');
  });

  test('no report, or no tests in it, is an error: the suite did not run', () => {
    const v = decideVerdict(input(run([], { exitCode: 0, problem: 'no pytest report was written (expected under /tmp/x/report)', output: 'PASSED PASSED\n' })));
    // Marked so a trial counts it as the agent's failure once the agent has run (run-trial.ts).
    expect(v).toMatchObject({ status: 'error', errorClass: 'grade', correctness: 0, noVerdict: true });
    expect(v.message).toBe('suite did not run: no pytest report was written (expected under /tmp/x/report) (exit 0)\nPASSED PASSED');
  });

  test('an error keeps the task\'s FAIL_TO_PASS and PASS_TO_PASS totals, with none passed', () => {
    const noRun = decideVerdict(input(run([], { exitCode: 2, problem: 'no pytest report was written' })));
    expect(noRun).toMatchObject({ status: 'error', failToPass: { passed: 0, total: 2 }, passToPass: { passed: 0, total: 1 } });
    const badExit = decideVerdict(input(run([pass('f1'), pass('f2'), pass('p1')], { exitCode: 3 })));
    expect(badExit).toMatchObject({ status: 'error', failToPass: { passed: 0, total: 2 }, passToPass: { passed: 0, total: 1 }, correctness: 0 });
  });

  test('a non-zero exit with no failing test in the report is an error, not a pass', () => {
    const v = decideVerdict(input(run([pass('f1'), pass('f2'), pass('p1')], { exitCode: 3 })));
    expect(v).toMatchObject({ status: 'error', errorClass: 'grade', noVerdict: true });
    expect(v.message).toMatch(/^test command exited 3 but its report shows no failing test/);
  });

  test('a timed-out test command fails the trial even when what was reported passed', () => {
    const v = decideVerdict(input(run([pass('f1'), pass('f2')], { timedOut: true, exitCode: 143 })));
    expect(v).toMatchObject({ status: 'failed', errorClass: null, failToPass: { passed: 2, total: 2 }, passToPass: { passed: 0, total: 1 } });
    expect(v.message).toBe('test command timed out after 60s; tests it did not report count as failed');
    const noReport = decideVerdict(input(run([], { timedOut: true, exitCode: 143, problem: 'no report' })));
    expect(noReport).toMatchObject({ status: 'failed', failToPass: { passed: 0, total: 2 }, correctness: 0 });
  });

  test('an integration suite without lists is graded on every test it ran', () => {
    const all = input(run([pass('t1'), pass('t2')]), { failToPass: [], passToPass: [], wholeSuite: true });
    expect(decideVerdict(all)).toMatchObject({ status: 'passed', failToPass: { passed: 2, total: 2 }, passToPass: { passed: 0, total: 0 } });
    const one = input(run([pass('t1'), fail('t2')]), { failToPass: [], passToPass: [], wholeSuite: true });
    expect(decideVerdict(one)).toMatchObject({ status: 'failed', correctness: 0.5 });
  });
});
