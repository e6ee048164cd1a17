import type { Task } from '../task/task.js';
import type { Environment, RuntimeKind } from './environment.js';

export interface RuntimeOptions {
  /** Unique per trial: names the workspace dir / compose project and labels every resource. */
  trialId: string;
  /** Unique per `opsbench run`: the label the post step and signal handlers clean up by. */
  runId: string;
  /** Where the runtime may keep per-trial scratch state on the host. */
  scratchDir: string;
  /** The trial's artifacts directory on the host: APEX-SWE's log mounts go under it (docker/apex-stack.ts). */
  artifactsDir?: string;
  log?: (line: string) => void;
}

/**
 * A runtime creates environments for tasks. `check` runs before anything starts and says why a task
 * cannot run here (needs Docker, missing toolchain) so the scheduler records a skip instead of a failure.
 */
export interface Runtime {
  readonly kind: RuntimeKind;
  /** Null when the task can run here, otherwise the skip reason, e.g. "needs Docker (services: s3, mail)". */
  check(task: Task): Promise<string | null>;
  /** Validates the task's environment definition (compose file, workspace service) before anything starts. */
  create(task: Task, opts: RuntimeOptions): Environment;
}
