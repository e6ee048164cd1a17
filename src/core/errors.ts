import type { ErrorClass } from './trial-result.js';

export type Phase = 'load' | 'env' | 'agent_setup' | 'agent' | 'grade' | 'teardown' | 'report' | 'config';

const MARKER = Symbol.for('opsbench.error');

/**
 * Base of every error the engine raises on purpose. `errorClass` is what lands in the TrialResult;
 * `retryable` marks infrastructure failures (daemon, registry, 429 storms) the scheduler may retry.
 * The Symbol marker lets `isInstance` work across the separate ncc bundles where `instanceof` does not.
 */
export class OpsBenchError extends Error {
  readonly [MARKER] = true;
  readonly phase: Phase;
  readonly errorClass: ErrorClass;
  readonly retryable: boolean;

  constructor(message: string, opts: { phase: Phase; errorClass: ErrorClass; retryable?: boolean; cause?: unknown }) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = new.target.name;
    this.phase = opts.phase;
    this.errorClass = opts.errorClass;
    this.retryable = opts.retryable ?? false;
  }

  static isInstance(error: unknown): error is OpsBenchError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[MARKER] === true;
  }
}

/** Names a configuration field (a RunConfig key such as `runtime`) the way one front end spells it. */
export type FieldNamer = (field: string) => string;

const FIELD_TOKEN = /\{(\w+)\}/g;

/**
 * A problem with user input (task files, flags, inputs): printed as one line, never a stack trace.
 * The engine names configuration fields as `{field}` tokens (`{runtime} docker: no Docker daemon answered`)
 * and never a CLI flag or an Action input: each front end renders them in its own words with `describe`.
 * `message` is the rendering with the bare field names.
 */
export class UserInputError extends OpsBenchError {
  /** The text with `{field}` tokens. */
  readonly template: string;
  /** The fields the problem is about, in order of mention. */
  readonly fields: string[];

  constructor(template: string, cause?: unknown) {
    super(template.replace(FIELD_TOKEN, (_m, field: string) => field), { phase: 'config', errorClass: 'internal', cause });
    this.template = template;
    this.fields = [...template.matchAll(FIELD_TOKEN)].map((m) => m[1]!);
  }

  /** The message with every field named by `name` (e.g. `--runtime` on the CLI, `input "runtime"` in the Action). */
  describe(name: FieldNamer): string {
    return this.template.replace(FIELD_TOKEN, (_m, field: string) => name(field));
  }

  static isUserInput(error: unknown): error is UserInputError {
    return OpsBenchError.isInstance(error) && typeof (error as Partial<UserInputError>).describe === 'function';
  }
}

export class TaskLoadError extends OpsBenchError {
  constructor(
    message: string,
    readonly problems: string[] = [message]
  ) {
    super(message, { phase: 'load', errorClass: 'internal' });
  }
}

export class EnvironmentStartError extends OpsBenchError {
  constructor(message: string, errorClass: ErrorClass = 'env_start', retryable = true, cause?: unknown) {
    super(message, { phase: 'env', errorClass, retryable, cause });
  }
}

export class EnvironmentStartTimeoutError extends OpsBenchError {
  constructor(message: string, cause?: unknown) {
    super(message, { phase: 'env', errorClass: 'timeout_infra', retryable: true, cause });
  }
}

/** The runtime cannot run commands at all (daemon gone, container vanished), as opposed to a failing command. */
export class RuntimeUnavailableError extends OpsBenchError {
  constructor(message: string, cause?: unknown) {
    super(message, { phase: 'env', errorClass: 'daemon', retryable: true, cause });
  }
}

export class AgentSetupError extends OpsBenchError {
  constructor(message: string, cause?: unknown) {
    super(message, { phase: 'agent_setup', errorClass: 'agent_setup', cause });
  }
}

/** The model provider failed for good (auth, context length) or past its retries. */
export class ProviderError extends OpsBenchError {
  constructor(message: string, retryable = false, cause?: unknown) {
    super(message, { phase: 'agent', errorClass: 'provider', retryable, cause });
  }
}

export class PatchApplyError extends OpsBenchError {
  constructor(message: string, cause?: unknown) {
    super(message, { phase: 'grade', errorClass: 'patch', cause });
  }
}

export class GradeError extends OpsBenchError {
  constructor(message: string, cause?: unknown) {
    super(message, { phase: 'grade', errorClass: 'grade', cause });
  }
}

/**
 * What the agent left cannot be graded (its workdir replaced by something that cannot be copied, over the
 * copy cap, ...): the agent's doing, so the trial is `failed` with this message, never retried.
 */
export class WorkspaceUnusableError extends OpsBenchError {
  constructor(message: string, cause?: unknown) {
    super(message, { phase: 'grade', errorClass: 'grade', cause });
  }
}

export class GradeTimeoutError extends OpsBenchError {
  constructor(message: string, cause?: unknown) {
    super(message, { phase: 'grade', errorClass: 'timeout_infra', cause });
  }
}

export class CancelledError extends OpsBenchError {
  constructor(message = 'cancelled') {
    super(message, { phase: 'agent', errorClass: 'cancelled' });
  }
}

export class ReportError extends OpsBenchError {
  constructor(message: string, cause?: unknown) {
    super(message, { phase: 'report', errorClass: 'internal', cause });
  }
}

/** The agent's `setup` outran its deadline (the task's build_sec): the agent never started. */
export class AgentSetupTimeoutError extends OpsBenchError {
  constructor(message: string, cause?: unknown) {
    super(message, { phase: 'agent_setup', errorClass: 'agent_setup', cause });
  }
}
