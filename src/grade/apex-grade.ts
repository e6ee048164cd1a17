import path from 'node:path';
import { OpsBenchError } from '../core/errors.js';
import type { Environment } from '../runtime/environment.js';
import { APEX_TEST_DIR } from '../task/apex-conventions.js';
import type { Task } from '../task/task.js';
import { apexStdoutVerdict, pytestSummaryResults } from './apex-stdout.js';
import { frameworks } from '../frameworks/registry.js';
import type { GradeContext, GradeOutcome, SuiteRun, TestCaseResult } from './outcome.js';
import { saveArtifacts } from './run-suite.js';
import { makeScratchDir } from './scratch-dir.js';
import { errorOutcome } from './verdict.js';

/**
 * Grades an APEX-SWE integration task as APEX grades it (integration/src/harness/evaluator.py), with
 * OpsBench's guarantees kept:
 * - where: the environment's grader (Docker: a container started now, from the client's own image, inside
 *   the client's network namespace, so the suite reaches the client's 127.0.0.1 services and runs with its
 *   packages, holding a copy of the client's /app, and seeing none of the agent's processes);
 * - what: tests/ copied to /tests and the test script(s) to /tests/<name> only now, then
 *   `cd /tests && TEST_DIR=/tests bash /tests/<script>` (task.tests.command, apex.ts);
 * - verdict: pytest's own JUnit report when the scripts' pytest wrote one (PYTEST_ADDOPTS asks every
 *   pytest run for it and for the -rA summary, without changing the scripts), else the stdout rules of
 *   apex-stdout.ts; a run with neither is `error` with the tail of its output.
 */
export async function gradeApexIntegration(ctx: GradeContext): Promise<GradeOutcome> {
  const { task, env } = ctx;
  try {
    const where = env.graderEnvironment ? await env.graderEnvironment({ signal: ctx.signal }) : env;
    await putTestsInPlace(where, task);
    const reportDir = await makeScratchDir(where, 'apex-report');
    const report = `${reportDir}/report.xml`;
    const result = await where.exec(['bash', '-c', task.tests.command], {
      cwd: APEX_TEST_DIR,
      timeoutSec: task.timeouts.testSec,
      env: { TEST_DIR: APEX_TEST_DIR, PYTEST_ADDOPTS: `-rA --junitxml=${report} -o junit_family=xunit1` },
      signal: ctx.signal
    });
    ctx.signal?.throwIfAborted();
    const files = await frameworks.pytest.collect(where, reportDir);
    const outcome = apexVerdict(result.stdout, files.map((f) => f.text), result);
    const run: SuiteRun = {
      ran: outcome.status !== 'error',
      exitCode: result.exitCode,
      timedOut: result.timedOut,
      tests: outcome.tests,
      output: `${result.stdout}${result.stderr ? `\n${result.stderr}` : ''}`,
      durationMs: result.durationMs,
      notes: outcome.message ? [outcome.message] : []
    };
    await saveArtifacts(ctx.artifactsDir, task.tests.command, run, files);
    return outcome;
  } catch (error) {
    ctx.signal?.throwIfAborted();
    if (OpsBenchError.isInstance(error) && (error.errorClass === 'patch' || error.errorClass === 'grade')) return errorOutcome(error.errorClass, error.message);
    throw error;
  }
}

/**
 * evaluator.py's copy: the test script to /tests/<name>, every file of tests/ to /tests/<path in tests/>.
 * /tests is emptied first: nothing the agent could have left there survives.
 */
async function putTestsInPlace(env: Environment, task: Task): Promise<void> {
  await env.exec(['sh', '-c', `rm -rf ${APEX_TEST_DIR} && mkdir -p ${APEX_TEST_DIR}`], { cwd: '/' });
  if (task.hidden.testsDir !== null) await env.copyIn(task.hidden.testsDir, APEX_TEST_DIR);
  for (const script of task.apex?.testScripts ?? []) {
    const inTests = task.hidden.testsDir !== null && !path.relative(task.hidden.testsDir, script).startsWith('..');
    if (!inTests) await env.copyIn(script, `${APEX_TEST_DIR}/${path.basename(script)}`);
  }
}

interface CommandResult {
  exitCode: number;
  timedOut: boolean;
  durationMs: number;
  stderr: string;
}

/**
 * The verdict, first rule that applies:
 * 1. a JUnit report with tests: passed iff every test passed, and the script's own stdout verdict (if any)
 *    is not FAILED;
 * 2. APEX's stdout verdict, with per-test ids from the -rA summary; a FAILED or ERROR line there fails the
 *    trial even under a PASSED block (stricter than APEX: the block can be printed by the code under test,
 *    the summary is pytest's own);
 * 3. the command timed out: failed (OpsBench's rule: the agent's code hung);
 * 4. otherwise `error`, with the tail of the output.
 */
export function apexVerdict(stdout: string, reports: string[], result: CommandResult): GradeOutcome {
  const fromReport: TestCaseResult[] = [];
  for (const text of reports) {
    try {
      fromReport.push(...frameworks.pytest.parse(text, APEX_TEST_DIR));
    } catch {
      // A report cut off by a timeout kill: the stdout rules decide.
    }
  }
  const stdoutVerdict = apexStdoutVerdict(stdout);
  const summary = pytestSummaryResults(stdout);
  const ms = result.durationMs;
  if (fromReport.length > 0) {
    const bad = fromReport.filter((t) => t.status !== 'passed' && t.status !== 'skipped');
    const pass = bad.length === 0 && stdoutVerdict !== false && !result.timedOut;
    const why = bad.length > 0 ? `${bad.length} test(s) did not pass: ${bad.slice(0, 5).map((t) => t.id).join(', ')}` : result.timedOut ? 'the test script timed out' : stdoutVerdict === false ? 'the test script printed FAILED' : null;
    return counted(pass, fromReport, why, ms);
  }
  if (stdoutVerdict !== null) {
    const bad = summary.filter((t) => t.status === 'failed' || t.status === 'error');
    const pass = stdoutVerdict && bad.length === 0;
    const why = pass ? null : bad.length > 0 ? `${bad.length} test(s) did not pass: ${bad.slice(0, 5).map((t) => t.id).join(', ')}` : 'the test output says FAILED';
    return counted(pass, summary, why, ms);
  }
  const tail = `${stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
  if (result.timedOut) return counted(false, summary, 'the test script timed out before printing a verdict', ms);
  const noVerdict = `the test script printed no verdict (no pytest report, no "results starts here" block, no pytest summary line; exit ${result.exitCode}):\n${tail}`;
  return { ...errorOutcome('grade', noVerdict, { tests: summary, testCommandMs: ms }), noVerdict: true };
}

function counted(pass: boolean, tests: TestCaseResult[], why: string | null, ms: number): GradeOutcome {
  const passed = tests.filter((t) => t.status === 'passed').length;
  return {
    status: pass ? 'passed' : 'failed',
    errorClass: null,
    message: why,
    failToPass: { passed, total: tests.length },
    passToPass: { passed: 0, total: 0 },
    correctness: tests.length > 0 ? passed / tests.length : pass ? 1 : 0,
    tests,
    testCommandMs: ms
  };
}
