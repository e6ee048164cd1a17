import { randomBytes } from 'node:crypto';
import { RuntimeUnavailableError } from '../../core/errors.js';
import type { DockerCli } from './cli.js';
import type { ExecResult } from '../environment.js';
import { KILL_GRACE_MS } from '../process-exec.js';

/** What a container offers the exec wrapper, probed once per container. */
export interface ContainerTarget {
  id: string;
  /** `bash` when the image has it, else `sh`. */
  shell: string;
  /** Whether the image has `timeout` (coreutils or busybox) to kill a command from inside. */
  hasTimeout: boolean;
  /** The container's default user as `uid:gid`: files `docker cp` creates belong to root and are handed to it. */
  user: string;
  /** That user's HOME as `docker exec` sets it ('' when unset). */
  home: string;
}

export interface ContainerExecOptions {
  /** Default: the container's working directory. */
  cwd?: string;
  env?: Record<string, string>;
  timeoutSec?: number;
  input?: string | Buffer;
  signal?: AbortSignal;
  maxBytes?: number;
  /** Run as this user (e.g. "0" for the harness's own chown); default the container's. */
  user?: string;
}

/** Seconds between `timeout`'s TERM and its KILL inside the container. */
const INNER_KILL_SEC = 5;
/** The host-side backstop fires this long after the in-container timeout should have. */
const HOST_MARGIN_SEC = INNER_KILL_SEC + 10;

/** A command given no timeout still gets one on the host: the trial's phase deadlines are far shorter. */
const UNTIMED_CEILING_SEC = 6 * 3600;

/**
 * `docker exec` printed this itself: the container or the daemon is gone, not the command failing (Debian's
 * 20.10 CLI says "Error: No such container" where newer ones quote the daemon).
 */
const GONE = /^(Error(?: response from daemon)?: (No such container|Container [0-9a-f]+ is (not running|restarting|paused))|Cannot connect to the Docker daemon|error during connect)/m;

/** Prints what {@link parseProbe} reads: bash, timeout, the user and its HOME, as `docker exec` gives them. */
export const PROBE_SCRIPT = 'command -v bash >/dev/null 2>&1 && echo bash; command -v timeout >/dev/null 2>&1 && echo timeout; echo "user=$(id -u):$(id -g)"; echo "home=$HOME"';

/** The container as {@link PROBE_SCRIPT} described it (lines it did not print are ignored). */
export function parseProbe(id: string, stdout: string): ContainerTarget {
  const lines = stdout.split('\n');
  const value = (key: string) => lines.find((l) => l.startsWith(`${key}=`))?.slice(key.length + 1);
  return {
    id,
    shell: lines.some((l) => l.trim() === 'bash') ? 'bash' : 'sh',
    hasTimeout: lines.some((l) => l.trim() === 'timeout'),
    user: value('user')?.trim() || '0:0',
    home: value('home') ?? ''
  };
}

/**
 * Probes a container for bash, timeout, its user and that user's HOME.
 * @throws RuntimeUnavailableError when the container cannot run even `sh`
 */
export async function probeContainer(cli: DockerCli, id: string, signal?: AbortSignal): Promise<ContainerTarget> {
  const probe = await cli.raw(['exec', id, 'sh', '-c', PROBE_SCRIPT], { timeoutSec: 60, signal });
  if (probe.exitCode !== 0) throw new RuntimeUnavailableError(`cannot run sh in container ${id.slice(0, 12)}: ${(probe.stderr || probe.stdout).trim().slice(0, 500)}`);
  return parseProbe(id, probe.stdout);
}

/**
 * Runs a command in a container: `docker exec` with the command wrapped in `timeout -k 5 <sec>` INSIDE the
 * container (docker exec does not forward signals, so killing the host-side CLI would leave the command
 * running), plus a host-side timeout as a backstop. Every exec carries a marker variable; when the host side
 * gives up (timeout backstop, abort), everything carrying the marker is killed inside the container.
 * A string runs with `bash -c` (not a login shell: /etc/profile would reset the image's PATH).
 * @throws RuntimeUnavailableError when the container or the daemon is gone
 */
export async function execInContainer(cli: DockerCli, target: ContainerTarget, cmd: string | string[], opts: ContainerExecOptions): Promise<ExecResult> {
  const marker = randomBytes(8).toString('hex');
  const argv = typeof cmd === 'string' ? [target.shell, '-c', cmd] : cmd;
  const sec = opts.timeoutSec !== undefined && opts.timeoutSec > 0 ? opts.timeoutSec : undefined;
  const wrapped = sec !== undefined && target.hasTimeout ? ['timeout', '-k', String(INNER_KILL_SEC), String(sec), ...argv] : argv;
  const args = [
    'exec',
    ...(opts.input !== undefined ? ['-i'] : []),
    ...(opts.user !== undefined ? ['-u', opts.user] : []),
    ...(opts.cwd !== undefined ? ['-w', opts.cwd] : []),
    '-e', `OPSBENCH_EXEC_ID=${marker}`,
    ...Object.entries(opts.env ?? {}).flatMap(([k, v]) => ['-e', `${k}=${v}`]),
    target.id,
    ...wrapped
  ];
  const result = await cli.raw(args, {
    timeoutSec: sec !== undefined ? sec + HOST_MARGIN_SEC + KILL_GRACE_MS / 1000 : UNTIMED_CEILING_SEC,
    input: opts.input,
    signal: opts.signal,
    maxBytes: opts.maxBytes
  });
  // The command's own stderr can say anything (an agent printing "Cannot connect to the Docker daemon" to
  // get a free retry): only the engine's answer about the container counts.
  if (result.exitCode !== 0 && GONE.test(result.stderr) && result.stdout === '' && !(await isRunning(cli, target.id))) {
    throw new RuntimeUnavailableError(`container ${target.id.slice(0, 12)} is gone: ${result.stderr.trim().slice(0, 300)}`);
  }
  if (result.timedOut) await killMarked(cli, target.id, marker);
  // Report what a shell would: 127 for a missing program, 1 for a missing cwd. docker exec says 126 for
  // both, on stdout ("OCI runtime exec failed: ..."), before the command ever ran.
  if (result.exitCode === 126 && result.stdout.startsWith('OCI runtime exec failed')) {
    const missingCwd = /chdir to cwd/.test(result.stdout);
    const stderr = missingCwd ? `cd: ${opts.cwd}: No such directory\n` : result.stdout;
    return { ...result, exitCode: missingCwd ? 1 : /executable file not found/.test(result.stdout) ? 127 : 126, stdout: '', stderr };
  }
  // `timeout` exits 124 (TERM) or 137 (KILL) when it fired; a command exiting 124 early did not time out.
  const innerTimeout = sec !== undefined && (result.exitCode === 124 || result.exitCode === 137) && result.durationMs >= sec * 1000 - 250;
  return { ...result, timedOut: result.timedOut || innerTimeout };
}

/** The engine's record: the container exists and runs (false too when the daemon does not answer). */
export async function isRunning(cli: DockerCli, id: string): Promise<boolean> {
  const state = await cli.raw(['inspect', '--type', 'container', '--format', '{{.State.Running}}', id], { timeoutSec: 60 });
  return state.exitCode === 0 && state.stdout.trim() === 'true';
}

/**
 * Kills every process in the container whose environment holds this exec's marker: the command and all it
 * started, daemons that called setsid included.
 */
async function killMarked(cli: DockerCli, id: string, marker: string): Promise<void> {
  const script = `for p in /proc/[0-9]*; do tr '\\0' '\\n' < "$p/environ" 2>/dev/null | grep -qx 'OPSBENCH_EXEC_ID=${marker}' && kill -9 "\${p#/proc/}" 2>/dev/null; done; true`;
  await cli.raw(['exec', '-u', '0', id, 'sh', '-c', script], { timeoutSec: 30 });
}
