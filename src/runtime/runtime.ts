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

/** Whether a runtime can run anything on this machine, and why (printed as `runtime: docker (<reason>)`). */
export interface RuntimeProbe {
  usable: boolean;
  /** e.g. "a Docker daemon answered", "no Docker daemon answered: the docker CLI is not installed". */
  reason: string;
}

/**
 * A runtime creates environments for tasks. `check` runs before anything starts and says why a task
 * cannot run here (needs Docker, missing toolchain) so the scheduler records a skip instead of a failure.
 * A new runtime is a folder implementing this plus one line in select.ts's `runtimeLoaders`
 * (docs/architecture.md, Registries).
 */
export interface Runtime {
  readonly kind: RuntimeKind;
  /**
   * True when an agent's commands run where they cannot reach the harness's environment, files or network
   * (a container); false when they run on this machine. Untrusted agents need true, or the user's explicit
   * `unsafeLocal` on the local runtime (select.ts assertRuntimeSafeFor): a new runtime must say which it is.
   */
  readonly isolatesAgent: boolean;
  /** Is this runtime usable on this machine at all? `auto` takes the first usable one in registry order. */
  probe(): Promise<RuntimeProbe>;
  /**
   * Removes what run `runId` left behind in this runtime (a run killed before its teardown); returns how
   * many resources it removed. Used by `opsbench cleanup` and the Action's post step; never needs a live run.
   */
  cleanup(runId: string, log?: (line: string) => void): Promise<number>;
  /** Null when the task can run here, otherwise the skip reason, e.g. "needs Docker (services: s3, mail)". */
  check(task: Task): Promise<string | null>;
  /** Validates the task's environment definition (compose file, workspace service) before anything starts. */
  create(task: Task, opts: RuntimeOptions): Environment;
}
