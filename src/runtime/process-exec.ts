import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { ExecResult } from './environment.js';

/** Inspect AI's default: 10 MiB per stream, so a runaway `yes` cannot eat the runner's memory. */
export const OUTPUT_CAP_BYTES = 10 * 1024 * 1024;

/**
 * The line a capped output ends with when something was cut (empty when nothing was): how much, and at
 * which cap, so a reader of a log never mistakes its end for the end of what the program wrote.
 */
export function cutNote(result: Pick<ExecResult, 'cutBytes'>, capBytes = OUTPUT_CAP_BYTES): string {
  if (!result.cutBytes) return '';
  return `\n[opsbench: ${result.cutBytes} more bytes of output were cut here (cap ${capBytes} bytes per stream)]\n`;
}

/** Between SIGTERM and SIGKILL of a timed-out process group. */
export const KILL_GRACE_MS = 2000;

/**
 * After the direct child exits, how long to wait for its output pipes to close. A background job
 * (`server &`) inherits the pipes and would otherwise hold the call open until the timeout.
 */
const PIPE_DRAIN_MS = 250;

export interface ProcessOptions {
  cwd: string;
  env: Record<string, string>;
  timeoutSec?: number;
  input?: string | Buffer;
  signal?: AbortSignal;
  /** Per-stream cap; default {@link OUTPUT_CAP_BYTES}. */
  maxBytes?: number;
  /** Called with the process group id right after spawning, so the owner can kill leftovers later. */
  onGroup?: (pgid: number) => void;
}

/** Keeps the first `max` bytes of a stream and remembers whether anything was dropped. */
class CappedBuffer {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  truncated = false;
  /** Bytes dropped past the cap. */
  cut = 0;

  constructor(private readonly max: number) {}

  push(chunk: Buffer): void {
    const room = this.max - this.size;
    if (room <= 0) {
      this.truncated = true;
      this.cut += chunk.length;
      return;
    }
    const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
    if (kept !== chunk) {
      this.truncated = true;
      this.cut += chunk.length - kept.length;
    }
    this.chunks.push(kept);
    this.size += kept.length;
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Sends `sig` to the whole group; a group that is already gone is fine. */
export function killGroup(pgid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pgid, sig);
  } catch {
    // ESRCH: nothing left in the group.
  }
}

/**
 * True while any process of the group is alive. Zombies do not count: where PID 1 does not reap orphans
 * (some containers), a killed grandchild stays a zombie forever and signal 0 would still find it.
 */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  return livingMembers(pgid) !== 0;
}

/** Non-zombie processes in the group according to /proc, or -1 where there is no /proc (then trust kill 0). */
function livingMembers(pgid: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return -1;
  }
  let living = 0;
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z') living++;
  }
  return living;
}

/** SIGTERM the group, give it {@link KILL_GRACE_MS} to exit, then SIGKILL whatever is left. */
export async function terminateGroup(pgid: number, graceMs = KILL_GRACE_MS): Promise<void> {
  killGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(50);
  if (!groupAlive(pgid)) return;
  killGroup(pgid, 'SIGKILL');
  const hardDeadline = Date.now() + 1000;
  while (groupAlive(pgid) && Date.now() < hardDeadline) await sleep(20);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/**
 * Runs argv in its own process group (`detached`), so a timeout or abort can kill the command AND
 * everything it started (SIGTERM, then SIGKILL after {@link KILL_GRACE_MS}); output so far is kept.
 * A missing executable is a failed result (exit 127), like a shell would report it.
 */
export function runProcess(argv: string[], opts: ProcessOptions): Promise<ExecResult> {
  const [file, ...args] = argv;
  if (file === undefined) throw new Error('runProcess: empty argv');
  const started = performance.now();
  const max = opts.maxBytes ?? OUTPUT_CAP_BYTES;
  const stdout = new CappedBuffer(max);
  const stderr = new CappedBuffer(max);

  return new Promise((resolve) => {
    const child = spawn(file, args, {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
    });
    let timedOut = false;
    let settled = false;
    let exitCode: number | null = null;
    let killed: Promise<void> = Promise.resolve();
    const timers: NodeJS.Timeout[] = [];

    const finish = (code: number) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      opts.signal?.removeEventListener('abort', onAbort);
      child.stdout?.destroy();
      child.stderr?.destroy();
      // A timed-out call returns only once its whole group is gone: no orphan outlives the timeout.
      void killed.then(() =>
        resolve({
          exitCode: code,
          stdout: stdout.text(),
          stderr: stderr.text(),
          timedOut,
          truncated: stdout.truncated || stderr.truncated,
          ...(stdout.cut + stderr.cut > 0 ? { cutBytes: stdout.cut + stderr.cut } : {}),
          durationMs: performance.now() - started
        })
      );
    };

    const kill = () => {
      if (timedOut || child.pid === undefined) return;
      timedOut = true;
      killed = terminateGroup(child.pid);
    };
    const onAbort = () => kill();

    child.on('error', (error: NodeJS.ErrnoException) => {
      stderr.push(Buffer.from(`${file}: ${error.code === 'ENOENT' ? 'command not found' : error.message}\n`));
      finish(error.code === 'ENOENT' ? 127 : 126);
    });
    if (child.pid !== undefined) opts.onGroup?.(child.pid);
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    if (child.stdin) {
      child.stdin.on('error', () => {}); // EPIPE when the command does not read its input
      child.stdin.end(opts.input);
    }

    child.on('exit', (code, sig) => {
      exitCode = code ?? 128 + (sig ? (SIGNAL_NUMBERS[sig] ?? 1) : 1);
      const drain = setTimeout(() => finish(exitCode as number), PIPE_DRAIN_MS);
      drain.unref();
      timers.push(drain);
    });
    child.on('close', () => finish(exitCode ?? 1));

    if (opts.timeoutSec !== undefined && opts.timeoutSec > 0) {
      const t = setTimeout(kill, opts.timeoutSec * 1000);
      t.unref();
      timers.push(t);
    }
    if (opts.signal) {
      if (opts.signal.aborted) kill();
      else opts.signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}
