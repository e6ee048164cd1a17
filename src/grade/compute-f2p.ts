import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { Runtime } from '../runtime/runtime.js';
import type { Task } from '../task/task.js';
import { GradeError } from '../core/errors.js';
import type { SuiteRun } from './outcome.js';
import { prepareTests } from './prepare-tests.js';
import { runSuite } from './run-suite.js';
import { makeScratchDir } from './scratch-dir.js';
import { applySolution } from './solution.js';

export interface ResolveTestListsOptions {
  /** Makes the two fresh environments (base + test.patch, and with the solution too). */
  runtime: Runtime;
  /** Lists are cached as `<cacheDir>/f2p/<task.hash>.json`; each run's test output sits beside it. */
  cacheDir: string;
  scratchDir: string;
  runId: string;
  log: (line: string) => void;
  signal?: AbortSignal;
  /** Run the two environments at once; default when the host has 4 or more CPUs. */
  parallel?: boolean;
}

export interface TestLists {
  failToPass: string[];
  passToPass: string[];
  /** True when the lists came from the cache. */
  cached: boolean;
}

const CacheSchema = z.object({
  taskId: z.string(),
  hash: z.string(),
  failToPass: z.array(z.string()).min(1),
  passToPass: z.array(z.string())
});

/**
 * FAIL_TO_PASS and PASS_TO_PASS for a task. Lists given in task.yaml are returned as they are; a task
 * without a test patch (integration) gets empty lists (its whole suite is graded). Otherwise the suite runs
 * twice in fresh environments (at once when the host has the cores), on base + test.patch and on base +
 * solution + test.patch, exactly as the grader runs it: FAIL_TO_PASS = passing after and not passing before (failed, errored, skipped or
 * absent), PASS_TO_PASS = passing both times. Cached by task content hash.
 * @throws GradeError when the suite does not run with the solution applied, or FAIL_TO_PASS comes out
 *   empty (the solution fixes nothing the tests check: the task is broken); PatchApplyError when a patch
 *   does not apply; the runtime's errors when an environment cannot start.
 */
export async function resolveTestLists(task: Task, opts: ResolveTestListsOptions): Promise<TestLists> {
  if (task.tests.failToPass.length > 0) return { failToPass: task.tests.failToPass, passToPass: task.tests.passToPass, cached: false };
  if (task.hidden.testPatch === null) return { failToPass: [], passToPass: task.tests.passToPass, cached: false };
  const cacheFile = path.join(opts.cacheDir, 'f2p', `${task.hash}.json`);
  const cached = await readCache(cacheFile, task);
  if (cached) return { ...cached, cached: true };

  // The two environments are independent: both run at once where the machine has the cores for them.
  const [before, after] = await bothOrSequential(
    () => runInFreshEnv(task, opts, 'before', false),
    () => runInFreshEnv(task, opts, 'after', true),
    opts.parallel ?? os.availableParallelism() >= 4
  );
  if (!after.ran || after.timedOut) {
    const why = after.timedOut ? `timed out after ${task.timeouts.testSec}s` : after.problem;
    // The command's own words ("No module named pytest", "go: command not found") say what is missing.
    const said = after.output.trim().split('\n').slice(-10).join('\n');
    throw new GradeError(`${task.id}: the suite did not run with the solution applied: ${why} (exit ${after.exitCode})${said ? `; the test command printed:\n${said}` : ''}`);
  }
  if (!before.ran) opts.log(`${task.id}: the suite did not run on base + test.patch (${before.problem}); every test passing with the solution counts as FAIL_TO_PASS`);
  const beforeStatus = new Map(before.tests.map((t) => [t.id, t.status]));
  const passedAfter = after.tests.filter((t) => t.status === 'passed').map((t) => t.id);
  const failToPass = passedAfter.filter((id) => beforeStatus.get(id) !== 'passed');
  const passToPass = passedAfter.filter((id) => beforeStatus.get(id) === 'passed');
  const broke = before.tests.filter((t) => t.status === 'passed' && !passedAfter.includes(t.id)).map((t) => t.id);
  if (broke.length > 0) opts.log(`${task.id}: passing on base but not with the solution (left out of both lists): ${broke.join(', ')}`);
  if (failToPass.length === 0) {
    throw new GradeError(`${task.id}: no test goes from failing to passing with the solution applied; the task's test.patch or solution is broken`);
  }
  await writeCache(cacheFile, { taskId: task.id, hash: task.hash, failToPass, passToPass });
  return { failToPass, passToPass, cached: false };
}

async function runInFreshEnv(task: Task, opts: ResolveTestListsOptions, label: 'before' | 'after', withSolution: boolean): Promise<SuiteRun> {
  const env = opts.runtime.create(task, {
    trialId: `f2p-${task.id}-${label}`,
    runId: opts.runId,
    scratchDir: opts.scratchDir,
    log: opts.log
  });
  try {
    await env.up({ signal: opts.signal });
    if (withSolution) await applySolution(env, task, { signal: opts.signal });
    const scratchDir = await makeScratchDir(env, 'grade');
    const testEnv = await prepareTests(env, task, scratchDir);
    const artifactsDir = path.join(opts.cacheDir, 'f2p', `${task.hash}.${label}`);
    const run = await runSuite(env, task, { scratchDir, env: testEnv, artifactsDir, signal: opts.signal });
    opts.log(`${task.id}: ${label}: ${run.tests.length} tests, exit ${run.exitCode}, ${Math.round(run.durationMs)} ms`);
    return run;
  } finally {
    await env.down();
  }
}

/** Both results; in parallel, the first failure is thrown once both have settled (each tears its environment down). */
async function bothOrSequential<T>(a: () => Promise<T>, b: () => Promise<T>, parallel: boolean): Promise<[T, T]> {
  if (!parallel) return [await a(), await b()];
  const [x, y] = await Promise.allSettled([a(), b()]);
  if (x.status === 'rejected') throw x.reason;
  if (y.status === 'rejected') throw y.reason;
  return [x.value, y.value];
}

async function readCache(file: string, task: Task): Promise<Omit<TestLists, 'cached'> | null> {
  try {
    const parsed = CacheSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success || parsed.data.hash !== task.hash) return null;
    return { failToPass: parsed.data.failToPass, passToPass: parsed.data.passToPass };
  } catch {
    return null;
  }
}

/** Written to a temp name and renamed, so concurrent runs never read half a file. */
async function writeCache(file: string, data: z.infer<typeof CacheSchema>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`);
  await rename(tmp, file);
}
