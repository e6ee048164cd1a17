import { OpsBenchError } from '../core/errors.js';
import { gradeApexIntegration } from './apex-grade.js';
import { gradeLayers } from './layers.js';
import { verifyProcess } from './process-checks.js';
import type { GradeContext, GradeOutcome, Grader } from './outcome.js';
import type { Environment } from '../runtime/environment.js';
import { placeTests, prepareTests, prepareTestTree } from './prepare-tests.js';
import { runSuite } from './run-suite.js';
import { freshScratchPath, makeScratchDir } from './scratch-dir.js';
import { decideVerdict, errorOutcome } from './verdict.js';

/**
 * Grades the workspace the agent left: tests put in place (prepare-tests.ts), the suite run once with the
 * framework's structured report (run-suite.ts), the verdict taken from that report alone (verdict.ts).
 *
 * The task must arrive with FAIL_TO_PASS filled in (the trial resolves empty lists with
 * compute-f2p.ts's resolveTestLists first); an integration task without lists is graded on its whole suite.
 * A test patch that does not apply is `error`/patch; a suite that did not run is `error`/grade; a
 * test command that timed out is `failed` (error_class null: the agent's code hung, and it is not retried).
 *
 * @throws the signal's reason when ctx.signal fires; RuntimeUnavailableError and other infrastructure
 *   errors propagate for the trial to classify and retry
 */
export const gradeTrial: Grader = async (ctx) => withProcessChecks(ctx, await withLayers(ctx, await gradeSuite(ctx)));

/** APEX's process_checks, when the task has them: recorded beside the verdict, as APEX's scorer does. */
async function withProcessChecks(ctx: GradeContext, outcome: GradeOutcome): Promise<GradeOutcome> {
  const checks = ctx.task.apex?.processChecks ?? [];
  if (checks.length === 0) return outcome;
  const processVerification = await verifyProcess(checks, ctx.trajectory);
  ctx.log?.(`process checks: ${processVerification.passed}/${processVerification.total} (required ${processVerification.required_passed}/${processVerification.required_total})`);
  return { ...outcome, processVerification };
}

async function gradeSuite(ctx: GradeContext): Promise<GradeOutcome> {
  const { task, env } = ctx;
  if (task.layout === 'apex-integration') return gradeApexIntegration(ctx);
  const wholeSuite = task.family === 'integration' && task.tests.failToPass.length === 0 && task.tests.passToPass.length === 0;
  const totals = { failToPass: task.tests.failToPass.length, passToPass: task.tests.passToPass.length };
  if (!wholeSuite && task.tests.failToPass.length === 0) {
    return errorOutcome('grade', `${task.id}: FAIL_TO_PASS is empty; resolve the test lists (grade/compute-f2p.ts) before grading`, { totals });
  }
  try {
    // Suites run where the runtime says (docker: a container the agent never touched, its files carried in).
    // Where the runtime fills the grader from a copy of the agent's files (docker observability), the test
    // tree is prepared on that copy before it goes in: no engine call per reset, copy or git command.
    let preparedFiles = false;
    const prepareFiles = async (files: Environment) => {
      await prepareTestTree(files, task, await makeScratchDir(files, 'grade'));
      preparedFiles = true;
    };
    const where = env.graderEnvironment ? await env.graderEnvironment({ signal: ctx.signal, prepareFiles }) : env;
    // A fresh container holding nothing but the prepared files needs no mktemp: the suite's exec makes the name.
    const fresh = preparedFiles && task.hidden.testsDir === null;
    const scratchDir = fresh ? freshScratchPath(where, 'grade') : await makeScratchDir(where, 'grade');
    const testEnv = preparedFiles ? await placeTests(where, task, scratchDir) : await prepareTests(where, task, scratchDir);
    const run = await runSuite(where, task, { scratchDir, env: testEnv, artifactsDir: ctx.artifactsDir, signal: ctx.signal });
    for (const note of run.notes ?? []) ctx.log?.(`grade: ${note}`);
    return decideVerdict({
      failToPass: task.tests.failToPass,
      passToPass: task.tests.passToPass,
      wholeSuite,
      run,
      testSec: task.timeouts.testSec
    });
  } catch (error) {
    ctx.signal?.throwIfAborted();
    // The agent destroyed what would be graded: its failure, not the harness's (never retried).
    if (OpsBenchError.isInstance(error) && error.name === 'WorkspaceUnusableError') {
      return { ...errorOutcome('grade', error.message, { totals }), status: 'failed', errorClass: null };
    }
    if (OpsBenchError.isInstance(error) && (error.errorClass === 'patch' || error.errorClass === 'grade')) {
      return errorOutcome(error.errorClass, error.message, { totals });
    }
    throw error;
  }
}

/**
 * APEX's test_layers.json, when the task has one (layers.ts): graded after the suite, in the same grading
 * environment, from the suite's per-test results and the verifiers. The trial's verdict stays the suite's;
 * the layers are recorded beside it. A layer grading that cannot run (its scratch dir, a copy) leaves the
 * layers out with a log line rather than changing the verdict.
 */
async function withLayers(ctx: GradeContext, outcome: GradeOutcome): Promise<GradeOutcome> {
  const { task, env } = ctx;
  if (!task.apex?.layers.length) return outcome;
  try {
    const where = env.graderEnvironment ? await env.graderEnvironment({ signal: ctx.signal }) : env;
    const layers = await gradeLayers(where, task, outcome.tests, {
      artifactsDir: ctx.artifactsDir,
      trajectory: ctx.trajectory,
      timeoutSec: Math.min(task.timeouts.testSec, 300),
      signal: ctx.signal
    });
    for (const l of layers) ctx.log?.(`layer ${l.name}: ${l.passed ? 'passed' : 'not passed'} (${l.tests.filter((t) => t.status === 'passed').length}/${l.tests.length})`);
    return { ...outcome, layers };
  } catch (error) {
    ctx.signal?.throwIfAborted();
    if (OpsBenchError.isInstance(error) && (error.errorClass === 'grade' || error.name === 'WorkspaceUnusableError')) {
      ctx.log?.(`layers not graded: ${error.message}`);
      return outcome;
    }
    throw error;
  }
}
