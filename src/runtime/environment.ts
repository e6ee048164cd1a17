import type { RuntimeKind } from './select.js';

/**
 * The seam between the engine and where commands run. One implementation per runtime
 * (local.ts, docker.ts); the trial, the agents and the grader only ever see this interface.
 * Modelled on Inspect AI's SandboxEnvironment: a non-zero exit is data; only "cannot exec at all" throws.
 */
export interface ExecOptions {
  /** Working directory inside the environment; defaults to the task's workdir. */
  cwd?: string;
  /** Extra environment variables (the runtime starts from an allowlisted base, never the runner's env). */
  env?: Record<string, string>;
  /** Kill the command (and its whole process group) after this many seconds. */
  timeoutSec?: number;
  /** Written to the command's stdin (text, or bytes as they are: a patch need not be UTF-8). */
  input?: string | Buffer;
  signal?: AbortSignal;
  /** Run in another service of the stack (docker only); defaults to the workspace. */
  service?: string;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** True when the command was killed at its timeout; the output up to then is kept. */
  timedOut: boolean;
  /** True when stdout or stderr was cut at the runtime's output cap. */
  truncated: boolean;
  /** How many bytes the cap dropped (both streams); absent when nothing was. */
  cutBytes?: number;
  durationMs: number;
}

export interface Environment {
  /** Which runtime this is ("local", "docker"). */
  readonly kind: RuntimeKind;
  /** The task's working directory inside the environment (e.g. /app/repo). */
  readonly workdir: string;
  /**
   * The base commit's sha, known once `up` has run. The grader resets the test patch's files to it; a sha
   * kept by the harness cannot be moved by the agent the way a ref or tag in the workspace could.
   * Optional: without it the grader falls back to the workspace repository's root commit.
   */
  readonly baseCommit?: string;
  /**
   * How the environment's images were obtained (docker): `built` by this trial, `reused` (existing tag, the
   * image cache, or another trial's build), `none` (nothing to build). Known once `up` has run; the trial
   * copies it into TrialResult.image. Absent for runtimes without images.
   */
  readonly imageStatus?: 'built' | 'reused' | 'none';
  /**
   * Start the environment: create the workspace with the task's base repository committed as the base commit.
   * `gradeAfter`: an agent will work here and {@link graderEnvironment} follow; the runtime may start what
   * grading needs now, while the agent works (docker: the observability grader's fresh container).
   * @throws EnvironmentStartError / EnvironmentStartTimeoutError
   */
  up(opts?: { signal?: AbortSignal; gradeAfter?: boolean }): Promise<void>;
  /** Run `bash -lc cmd` (a string) or an argv list. Never throws for a failing command. */
  exec(cmd: string | string[], opts?: ExecOptions): Promise<ExecResult>;
  writeFile(path: string, content: string | Buffer): Promise<void>;
  /** @throws when the file does not exist. */
  readFile(path: string): Promise<Buffer>;
  /** Copy a host file or directory into the environment at `dest` (created as needed). */
  copyIn(hostPath: string, dest: string): Promise<void>;
  /** Copy a path out of the environment to a host path. */
  copyOut(path: string, hostDest: string): Promise<void>;
  /** The workspace's change against the base commit, as a git patch (binary-safe). */
  diff(): Promise<string>;
  /** Service logs collected so far (name -> text), for the trial's artifacts. */
  logs(): Promise<Record<string, string>>;
  /**
   * Where suites run, started on the first call (after the agent stopped). Docker: observability suites in a
   * fresh container from the workspace's image holding only the agent's repository files, integration suites
   * in a separate grader container on the task's network (the task's own `grader` service, else one the
   * runtime adds from compose/grader/) holding a copy of the workspace's workdir at the same path. Its
   * exec/readFile/copyIn go there; its up/down do nothing (this environment's down removes it). Absent, or
   * returning this environment itself: the suite runs here.
   * `prepareFiles`: where the grader's workdir is filled from a host copy of the agent's files (docker,
   * observability), it is called once with an Environment over that copy (runtime/host-tree.ts) before the
   * copy goes in, so the grader's own changes to the files cost no engine call each (the environment
   * returned is then one the agent never ran in); elsewhere it is not called and the caller prepares the
   * files in the returned environment.
   * @throws EnvironmentStartError / GradeError when the grader does not start; WorkspaceUnusableError when
   *   what the agent left cannot be carried over (the trial is then `failed`); what `prepareFiles` throws
   */
  graderEnvironment?(opts?: { signal?: AbortSignal; prepareFiles?: (files: Environment) => Promise<void> }): Promise<Environment>;
  /**
   * The host command line that runs `argv` inside the workspace with stdin and stdout attached, for the stdio
   * MCP servers a task declares: they must run where the agent works, not on the runner. Absent on the local
   * runtime, where the server simply starts in the workdir.
   * @throws RuntimeUnavailableError when the workspace is not running
   */
  attachedCommand?(argv: string[], opts?: { env?: Record<string, string> }): Promise<AttachedCommand>;
  /**
   * Ends every process the agent left running in the workspace, keeping its files. The trial calls it once
   * the agent has stopped and before the diff and the grader, for observability tasks: a background loop the
   * agent left behind would otherwise undo the grader's reset of the test files while the suite runs. Not
   * called for integration tasks, whose grader needs the service the agent started.
   * Docker: the workspace container is frozen (`docker pause`) while its files are copied, then killed, and
   * never started again (a restart would run its main command, which the agent may have replaced). Local: the process groups the environment started are
   * killed, and any process still working in the trial's directory; the local runtime is no sandbox, so a
   * process that leaves both (setsid, cd elsewhere, env -i) can escape.
   * Optional: a runtime without it leaves the agent's processes running through grading.
   * @throws GradeError when the processes cannot be stopped; RuntimeUnavailableError when the daemon is gone
   */
  stopAgentProcesses?(): Promise<void>;
  /** Tear everything down. Never throws: cleanup failures are logged by the caller's logger. */
  down(opts?: { interrupted?: boolean }): Promise<void>;
}

/** A process the harness starts on the host that is, in effect, running inside the environment. */
export interface AttachedCommand {
  command: string;
  args: string[];
  /** The whole environment of the host process (e.g. the docker CLI's scrubbed one). */
  env: Record<string, string>;
}

export type { RuntimeKind };
