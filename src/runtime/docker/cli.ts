import type { ErrorClass } from '../../core/trial-result.js';
import { EnvironmentStartError, RuntimeUnavailableError } from '../../core/errors.js';
import { backoffMs, retryWithBackoff } from '../../core/retry.js';
import type { ExecResult } from '../environment.js';
import { runProcess } from '../process-exec.js';

/** The daemon is not there (or not reachable): nothing of this run can work until it is back. */
const DAEMON_DOWN = /Cannot connect to the Docker daemon|error during connect|Is the docker daemon running|docker\.sock: connect: (connection refused|no such file)|docker: command not found/i;

/** Failures that heal by themselves: registry hiccups, rate limits, network blips, a slow daemon. */
const TRANSIENT =
  /toomanyrequests|429 Too Many Requests|50[234] (Bad Gateway|Service Unavailable|Gateway Time-?out)|TLS handshake timeout|i\/o timeout|context deadline exceeded|connection reset by peer|unexpected EOF|net\/http: request canceled|Temporary failure (in name resolution|resolving)|Could not resolve|no route to host|Failed to fetch|Unable to connect to|Connection timed out|Hash Sum mismatch|ReadTimeoutError|ECONNRESET|ETIMEDOUT/i;

export type DockerFailure = 'daemon' | 'transient' | null;

/** What kind of failure a docker call's output shows: the daemon is gone, a transient hiccup, or neither. */
export function classifyDockerFailure(output: string): DockerFailure {
  if (DAEMON_DOWN.test(output)) return 'daemon';
  return TRANSIENT.test(output) ? 'transient' : null;
}

export interface DockerCallOptions {
  /** Every call has one: a hung daemon must not hang the run. */
  timeoutSec: number;
  signal?: AbortSignal;
  input?: string | Buffer;
  /** Per-stream output cap (default the runtime's 10 MiB). */
  maxBytes?: number;
  /** Transient failures are retried this many times with backoff (default 2). */
  retries?: number;
  /** The class of the error thrown when the call fails for good (default env_start). */
  errorClass?: ErrorClass;
  /** Variables added to the CLI's environment for this call only (a trial's own compose interpolation). */
  env?: Record<string, string>;
}

export interface DockerCliOptions {
  /** The CLI's whole environment (see dockerCliEnv): compose interpolates ${VAR} from it. */
  env: Record<string, string>;
  /** Where the CLI runs (compose's default project directory for files without one). */
  cwd: string;
  /** The docker binary; default `docker`. */
  docker?: string;
  /** First retry delay; doubled per retry. Default 1000 ms. */
  backoffMs?: number;
  log?: (line: string) => void;
}

/**
 * The docker CLI as the runtime calls it: a scrubbed environment, a timeout on every call, output capped,
 * and transient failures (daemon restart, registry 5xx/429, network blips) retried with backoff.
 */
export class DockerCli {
  constructor(private readonly opts: DockerCliOptions) {}

  get env(): Record<string, string> {
    return this.opts.env;
  }

  /** The same CLI with `extra` in the environment of every call (a run's marker, labels.ts RUN_ENV). */
  withEnv(extra: Record<string, string>): DockerCli {
    return new DockerCli({ ...this.opts, env: { ...this.opts.env, ...extra } });
  }

  /** The docker binary, for the one caller that streams a call's output instead of buffering it. */
  get binary(): string {
    return this.opts.docker ?? 'docker';
  }

  /** One call, its result as data (exit code and output); only the caller decides what a failure means. */
  raw(args: string[], opts: DockerCallOptions): Promise<ExecResult> {
    return runProcess([this.opts.docker ?? 'docker', ...args], {
      cwd: this.opts.cwd,
      env: opts.env ? { ...this.opts.env, ...opts.env } : this.opts.env,
      timeoutSec: opts.timeoutSec,
      input: opts.input,
      signal: opts.signal,
      maxBytes: opts.maxBytes
    });
  }

  /**
   * A call that must succeed. Compose and image calls are idempotent (`up -d` converges, `down` of a
   * removed project is a no-op), so a transient failure or a call that outran its timeout is simply repeated.
   * @throws the signal's reason when it fires; RuntimeUnavailableError when the daemon does not answer;
   *   EnvironmentStartError (opts.errorClass, retryable when the last failure was transient) otherwise
   */
  async run(args: string[], opts: DockerCallOptions): Promise<ExecResult> {
    const what = describe(args);
    const once = async (): Promise<ExecResult> => {
      const result = await this.raw(args, opts);
      if (opts.signal?.aborted) throw opts.signal.reason ?? new Error('aborted');
      if (result.exitCode === 0 && !result.timedOut) return result;
      const output = `${result.stderr}\n${result.stdout}`;
      const kind = result.timedOut ? 'transient' : classifyDockerFailure(output);
      throw new FailedCall(kind, result.timedOut ? `did not finish within ${opts.timeoutSec}s` : `failed (exit ${result.exitCode}): ${tail(output)}`);
    };
    try {
      const { value } = await retryWithBackoff(once, {
        maxRetries: opts.retries ?? 2,
        // No jitter: one call's retries, not many trials' in lockstep.
        delayFor: (error, n) => (error instanceof FailedCall && error.kind !== null ? backoffMs({ baseMs: this.opts.backoffMs ?? 1000, jitter: 0 }, n) : null),
        signal: opts.signal,
        sleep,
        onRetry: ({ delayMs, error }) => this.opts.log?.(`docker: ${what} ${(error as FailedCall).why.split('\n')[0]}; retrying in ${delayMs} ms`)
      });
      return value;
    } catch (error) {
      if (!(error instanceof FailedCall)) throw error;
      if (error.kind === 'daemon') throw new RuntimeUnavailableError(`${what} ${error.why}`);
      throw new EnvironmentStartError(`${what} ${error.why}`, opts.errorClass ?? 'env_start', error.kind !== null);
    }
  }

  /** `docker compose --ansi never -p <project> -f <file>... <args>` through {@link run}. */
  compose(project: string, files: string[], args: string[], opts: DockerCallOptions): Promise<ExecResult> {
    return this.run(composeArgs(project, files, args), opts);
  }

  /** {@link compose} without retries or throwing, for calls whose failure is itself the answer. */
  composeRaw(project: string, files: string[], args: string[], opts: DockerCallOptions): Promise<ExecResult> {
    return this.raw(composeArgs(project, files, args), opts);
  }
}

/** A docker call that failed, as retryWithBackoff sees it: what kind of failure, and why (for the message). */
class FailedCall extends Error {
  constructor(
    readonly kind: DockerFailure,
    readonly why: string
  ) {
    super(why);
  }
}

function composeArgs(project: string, files: string[], args: string[]): string[] {
  return ['compose', '--ansi', 'never', '-p', project, ...files.flatMap((f) => ['-f', f]), ...args];
}

/** "docker compose up" / "docker build": the verb, without the project's file paths. */
function describe(args: string[]): string {
  if (args[0] !== 'compose') return `docker ${args[0] ?? ''}`.trim();
  const verb = args.slice(1).find((a, i, all) => !a.startsWith('-') && !['-p', '-f', '--ansi', '--profile'].includes(all[i - 1] ?? ''));
  return `docker compose ${verb ?? ''}`.trim();
}

/** Terminal control sequences compose writes even with --ansi never (e.g. ESC[2K before log lines), and \r. */
export function plainText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r+\n/g, '\n').replace(/\r/g, '\n');
}

/** The last lines of a command's output, for an error message. */
export function tail(text: string, lines = 20, maxChars = 3000): string {
  const kept = plainText(text)
    .replace(/DEPRECATED: The legacy builder[^\n]*\n(?:[ \t]+[^\n]*\n?)*/g, '')
    .trim()
    .split('\n')
    .slice(-lines)
    .join('\n');
  return kept.length > maxChars ? `...${kept.slice(-maxChars)}` : kept;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason ?? new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
