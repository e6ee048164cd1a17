import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { AgentSpec } from '../agent/registry.js';
import type { Grader } from '../grade/outcome.js';
import { dedupeResults } from '../report/read-results.js';
import { createResultsDir, openResultsStore, resultKey } from '../report/results-store.js';
import type { ErrorClass, TrialResult } from '../core/trial-result.js';
import type { Runtime } from '../runtime/runtime.js';
import { assertRuntimeSafeFor } from '../runtime/select.js';
import { defaultRunScratchDir } from '../runtime/cleanup.js';
import type { Task } from '../task/task.js';
import { HARNESS_VERSION } from '../core/version.js';
import { OpsBenchError } from '../core/errors.js';
import { runPool } from './pool.js';
import { byId } from './shard.js';
import { createTestListResolver, listsComputed, type TaskPreparer } from './prepare-task.js';
import { ProgressTracker } from './progress.js';
import { markRun } from './run-marker.js';
import { backoffMs, DEFAULT_RETRY_POLICY, retryWithBackoff, type RetryPolicy } from '../core/retry.js';
import { messageOf, runTrial, type TrialLimits } from './run-trial.js';
import { errorResult, type TrialIdentity } from './trial-result-builder.js';
import { resultsFile as resultsPath, trialPaths } from '../core/trial-paths.js';

export interface ScheduleOptions {
  tasks: Task[];
  /** Usually one; check-tasks runs oracle and null side by side. */
  agents: AgentSpec[];
  runtime: Runtime;
  /**
   * Accepts running the model or command agent on the local runtime (`--unsafe-local`); without it such a
   * run is refused before anything starts (see assertRuntimeSafeFor).
   */
  unsafeLocal?: boolean;
  /** Attempts per task and agent (attempt numbers 1..attempts). */
  attempts: number;
  concurrency: number;
  /** results.jsonl and trials/ go here. */
  outDir: string;
  runId: string;
  /** One line per finished trial (the CLI passes stdout, the Action core.info). */
  log: (line: string) => void;
  /** Per-trial detail lines; dropped unless given. */
  verbose?: (line: string) => void;
  /** How the front end tells its user to remove what a killed run left (the CLI: `opsbench cleanup <id>`); default nothing. */
  cleanupHint?: (runId: string) => string;
  /** Cancels the run: no new trials start, in-flight ones tear down and are not recorded. */
  signal?: AbortSignal;
  /** Keep finished trials found in results.jsonl (default true). */
  resume?: boolean;
  /** Default <outDir>/../.opsbench-cache: next to the out dir so a CI cache step can keep it. */
  cacheDir?: string;
  /** Default a fresh dir under os.tmpdir(), removed at the end. */
  scratchDir?: string;
  /** Default: fill empty FAIL_TO_PASS/PASS_TO_PASS lists (createTestListResolver). */
  prepareTask?: TaskPreparer;
  grader?: Grader;
  /** For infrastructure failures of a trial, and of a task's preparation (retryable OpsBenchErrors only). */
  retry?: RetryPolicy;
  limits?: Partial<TrialLimits>;
}

export interface ScheduleOutcome {
  runId: string;
  resultsFile: string;
  /** Trials finished by this invocation (skips included), in finish order. */
  ran: TrialResult[];
  /** Trials kept from an earlier invocation instead of rerunning them. */
  resumed: TrialResult[];
  /** The latest result per planned trial, resumed and new together. */
  results: TrialResult[];
  /** True when the signal fired; in-flight trials were torn down and left out of results.jsonl. */
  cancelled: boolean;
  /** Trials the harness itself failed on (a bug or a broken disk, not the agent or the environment): error/internal. */
  harnessErrors: number;
}

/** `20250102t030405-a1b2c3`: sortable, unique per `opsbench run`, valid in compose project names. */
export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '').toLowerCase();
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

interface PlannedTrial {
  task: Task;
  agent: AgentSpec;
  attempt: number;
}

/**
 * Runs every (task x agent x attempt) trial with at most `concurrency` at once, appending each finished trial
 * to `<outDir>/results.jsonl`.
 *
 * Resume: a trial whose latest line has the same (task_id, attempt, agent, model), the same task_hash,
 * agent_config (the agent's settings: command, model options, base URL, limits) and harness_version, and
 * ended `passed` or `failed` is kept; anything else runs again: `error` trials (skips included:
 * runtime.check is cheap and the runtime may have changed), and results of another task version, agent
 * configuration or harness. The new line supersedes the old one for readers (latest wins).
 * Skips: runtime.check's reason becomes an `error`/`skipped` result, printed as SKIP.
 * Preparation (computing FAIL_TO_PASS) runs once per task; a retryable failure is retried with `retry`'s
 * backoff and, if it still fails, forgotten so the task's next trial tries again.
 * @throws UserInputError when an agent may not run on this runtime (model/command on local without unsafeLocal).
 */
export async function runSchedule(opts: ScheduleOptions): Promise<ScheduleOutcome> {
  for (const agent of opts.agents) assertRuntimeSafeFor(agent, { kind: opts.runtime.kind, reason: 'requested', runtime: opts.runtime }, opts.unsafeLocal === true);
  const resultsFile = resultsPath(opts.outDir);
  // Marked first: opening the store may repair (truncate) results.jsonl, which a live run is still writing.
  await createResultsDir(resultsFile);
  const marker = await markRun(opts.outDir, opts.runId, opts.log, opts.cleanupHint);
  const store = await openResultsStore(resultsFile, opts.log).catch(async (error: unknown) => {
    await marker.release();
    throw error;
  });
  const ownScratch = opts.scratchDir === undefined;
  const scratchDir = opts.scratchDir ?? defaultRunScratchDir(opts.runId);
  const preparer =
    opts.prepareTask ??
    createTestListResolver({
      runtime: opts.runtime,
      cacheDir: opts.cacheDir ?? path.join(opts.outDir, '..', '.opsbench-cache'),
      scratchDir,
      runId: opts.runId,
      log: opts.verbose
    });
  const policy = opts.retry ?? DEFAULT_RETRY_POLICY;
  const prepare = memoize((task: Task) => withRetries(() => preparer(task, opts.signal), policy, opts.signal), isRetryable);
  const check = memoize(async (task: Task) => opts.runtime.check(task));

  const previous = new Map(dedupeResults(store.existing).map((r) => [resultKey(r), r]));
  const planned = plan(opts);
  const resumed: TrialResult[] = [];
  const todo: PlannedTrial[] = [];
  for (const item of planned) {
    const prev = previous.get(resultKey(identityKey(item)));
    if (opts.resume !== false && prev && sameConfiguration(prev, item) && prev.status !== 'error') resumed.push(prev);
    else todo.push(item);
  }
  if (resumed.length > 0) opts.log(`resume: ${resumed.length} finished trials kept from ${resultsFile}, ${todo.length} to run`);

  const progress = new ProgressTracker(todo.length, opts.concurrency);
  const ran: TrialResult[] = [];
  let cancelled = false;
  let harnessErrors = 0;
  const single = opts.agents.length === 1;
  try {
    await runPool(
      todo,
      opts.concurrency,
      async (item) => {
        const started = performance.now();
        const id: TrialIdentity = { runId: opts.runId, task: item.task, agent: item.agent, attempt: item.attempt };
        let result: TrialResult;
        try {
          result = await runOne(item, id, { ...opts, scratchDir, single }, check, prepare);
        } catch (error) {
          if (opts.signal?.aborted) {
            cancelled = true;
            return;
          }
          // runTrial records the agent's and environment's failures itself; this is the harness failing.
          harnessErrors += 1;
          result = notRun(id, item, 'internal', `harness error: ${messageOf(error)}`);
        }
        await store.append(result);
        ran.push(result);
        opts.log(progress.finish(result, performance.now() - started));
      },
      opts.signal
    );
  } finally {
    await store.close();
    if (ownScratch) await rm(scratchDir, { recursive: true, force: true }).catch(() => {});
    await marker.release();
  }
  cancelled ||= opts.signal?.aborted === true;
  const wanted = new Set(planned.map((item) => resultKey(identityKey(item))));
  const results = dedupeResults([...resumed, ...ran]).filter((r) => wanted.has(resultKey(r)));
  return { runId: opts.runId, resultsFile, ran, resumed, results, cancelled, harnessErrors };
}

async function runOne(
  item: PlannedTrial,
  id: TrialIdentity,
  opts: ScheduleOptions & { scratchDir: string; single: boolean },
  check: (task: Task) => Promise<string | null>,
  prepare: (task: Task) => Promise<Task>
): Promise<TrialResult> {
  let task: Task;
  let f2pMs: number | undefined;
  try {
    const skip = await check(item.task);
    if (skip) return notRun(id, item, 'skipped', skip);
    const waitStart = performance.now();
    task = await prepare(item.task);
    if (listsComputed(task)) f2pMs = performance.now() - waitStart;
  } catch (error) {
    if (opts.signal?.aborted) throw error;
    const errorClass = OpsBenchError.isInstance(error) ? error.errorClass : 'internal';
    return notRun(id, item, errorClass, `preparing the task failed: ${messageOf(error)}`);
  }
  return runTrial({
    ...id,
    task,
    agent: await item.agent.create(),
    agentConfig: item.agent.configHash,
    runtime: opts.runtime,
    artifactsDir: trialPaths(opts.outDir, task.id, item.attempt, opts.single ? undefined : item.agent.name).root,
    scratchDir: opts.scratchDir,
    grader: opts.grader,
    signal: opts.signal,
    log: opts.verbose,
    retry: opts.retry,
    limits: opts.limits,
    ...(f2pMs !== undefined && { f2pMs })
  });
}

/** Attempt-major order: every task's first attempt before any second one, so an early stop still covers all tasks. */
function plan(opts: ScheduleOptions): PlannedTrial[] {
  const tasks = [...opts.tasks].sort(byId);
  const out: PlannedTrial[] = [];
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    for (const task of tasks) for (const agent of opts.agents) out.push({ task, agent, attempt });
  }
  return out;
}

/** A trial that never ran (skip, preparation or harness failure), stamped with its agent configuration like any other. */
function notRun(id: TrialIdentity, item: PlannedTrial, errorClass: ErrorClass, message: string): TrialResult {
  return { ...errorResult(id, errorClass, message), agent_config: item.agent.configHash };
}

/** Whether an earlier result is of this very trial: same task content, agent settings and harness. */
function sameConfiguration(prev: TrialResult, item: PlannedTrial): boolean {
  return prev.task_hash === item.task.hash && prev.agent_config === item.agent.configHash && prev.harness_version === HARNESS_VERSION;
}

function identityKey(item: PlannedTrial) {
  return { task_id: item.task.id, attempt: item.attempt, agent: item.agent.name, model: item.agent.model };
}

/**
 * One promise per task: the check and the test-list computation run once, shared by the task's trials. A
 * rejection `forget` accepts (a retryable outage) is dropped from the cache, so the next trial tries again
 * instead of inheriting the failure for the rest of the run.
 */
function memoize<R>(fn: (task: Task) => Promise<R>, forget: (error: unknown) => boolean = () => false): (task: Task) => Promise<R> {
  const cache = new Map<string, Promise<R>>();
  return (task) => {
    let hit = cache.get(task.id);
    if (!hit) {
      const made = fn(task);
      made.catch((error: unknown) => {
        if (forget(error) && cache.get(task.id) === made) cache.delete(task.id);
      });
      cache.set(task.id, made);
      hit = made;
    }
    return hit;
  };
}

const isRetryable = (error: unknown): boolean => OpsBenchError.isInstance(error) && error.retryable;

/**
 * Runs `fn`, retrying retryable OpsBenchErrors up to `policy.maxRetries` times with its backoff.
 * @throws the last error, or at once a non-retryable one; the cancel when `signal` fires while waiting.
 */
async function withRetries<R>(fn: () => Promise<R>, policy: RetryPolicy, signal?: AbortSignal): Promise<R> {
  const delayFor = (error: unknown, n: number) => (isRetryable(error) ? backoffMs(policy, n) : null);
  return (await retryWithBackoff(fn, { maxRetries: policy.maxRetries, delayFor, signal, sleep: policy.sleep })).value;
}
