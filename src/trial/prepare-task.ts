import { resolveTestLists } from '../grade/compute-f2p.js';
import type { Runtime } from '../runtime/runtime.js';
import type { Task } from '../task/task.js';

/** Turns a loaded task into the one its trials run (today: FAIL_TO_PASS/PASS_TO_PASS filled in). */
export type TaskPreparer = (task: Task, signal?: AbortSignal) => Promise<Task>;

/** Tasks whose lists this process computed (not given in task.yaml, not from the cache). */
const computed = new WeakSet<Task>();

/** Whether `task` (as a preparer returned it) had its test lists computed: the wait is the trial's `f2p_p2p` phase. */
export function listsComputed(task: Task): boolean {
  return computed.has(task);
}

export interface TestListResolverOptions {
  runtime: Runtime;
  /** Computed lists are cached here by task content hash (see the scheduler's default). */
  cacheDir: string;
  scratchDir: string;
  runId: string;
  log?: (line: string) => void;
}

/**
 * When task.yaml leaves fail_to_pass empty, computes both lists from the golden patch (grade/compute-f2p.ts,
 * cached by content hash) once per task, before its first trial. A task that lists its tests is used as is.
 * @throws what resolveTestLists throws (OpsBenchError with an error_class); the scheduler records it per trial.
 */
export function createTestListResolver(opts: TestListResolverOptions): TaskPreparer {
  return async (task, signal) => {
    if (task.tests.failToPass.length > 0) return task;
    const lists = await resolveTestLists(task, {
      runtime: opts.runtime,
      cacheDir: opts.cacheDir,
      scratchDir: opts.scratchDir,
      runId: opts.runId,
      log: opts.log ?? (() => {}),
      signal
    });
    opts.log?.(`${task.id}: FAIL_TO_PASS ${lists.failToPass.length}, PASS_TO_PASS ${lists.passToPass.length}${lists.cached ? ' (cached)' : ''}`);
    const prepared = { ...task, tests: { ...task.tests, failToPass: lists.failToPass, passToPass: lists.passToPass } };
    if (!lists.cached && task.hidden.testPatch !== null) computed.add(prepared);
    return prepared;
  };
}
