import type { ActionIO, StateStore } from './action-io.js';
import { State } from './inputs.js';
import { cleanupRun } from '../runtime/cleanup.js';

/**
 * The post step runs with `post-if: always()`, so it also runs after a cancelled or crashed main step:
 * it removes whatever the run left behind. It never fails the job; a leak is reported as a warning.
 */
export async function runPost(io: ActionIO, state: StateStore): Promise<void> {
  const runId = state.get(State.RunId);
  if (!runId) {
    io.info('opsbench post: no run started in this job, nothing to clean up');
    return;
  }
  try {
    const removed = await cleanupRun(runId, { hostEnv: io.env, log: (line) => io.info(line) });
    io.info(`opsbench post: removed ${removed} leftover resource(s) of run ${runId}`);
  } catch (error) {
    io.warning(`opsbench post: cleanup of run ${runId} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
