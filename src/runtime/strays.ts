import { readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { procStat } from '../core/proc-stat.js';

/** What marks a process as a run's or trial's stray. */
export interface StrayQuery {
  /** A working directory inside this one marks a process (null: none does). */
  root: string | null;
  /** Environment entries (`HOME=<trial>/home`, the Docker runtime's run marker), any of which marks a process. */
  env: string[];
  /**
   * When given, a process marked by `env` counts only if this accepts the basename of its executable or of
   * its argv[0]: an environment variable is inherited by whatever the user starts from a shell that set it,
   * and only the programs the runtime started (the docker CLI and its plugins) are the run's to end.
   */
  program?: (name: string) => boolean;
}

/**
 * Processes that left the process groups a runtime tracks (a local agent's `setsid`, a double fork; a
 * docker CLI whose run was killed -9): found by what they still carry of their trial or run (see
 * {@link StrayQuery}). Never this process or any of its ancestors: `opsbench cleanup` started from a shell
 * that carries the marker, or works in the run's scratch, must not end that shell. Only this user's
 * processes are readable, which is all a run can have started. Linux only (/proc); elsewhere nothing is found.
 */
export function strayProcesses(query: StrayQuery): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const roots = new Set(query.root === null ? [] : [query.root, realOr(query.root)]);
  const markers = query.env.map((m) => `${m}\0`);
  const spared = lineage(process.pid);
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (spared.has(pid) || isZombie(pid)) continue;
    if (inside(cwdOf(pid), roots) || (hasMarker(pid, markers) && (query.program === undefined || programNames(pid).some(query.program)))) found.push(pid);
  }
  return found;
}

/**
 * SIGKILLs the stray processes until none is left: a process forking while it is being killed leaves
 * children the next pass finds. Returns those still there after `passes` passes (empty when all died).
 */
export async function killStrays(query: StrayQuery, passes = 20): Promise<number[]> {
  let left = strayProcesses(query);
  for (let pass = 0; pass < passes && left.length > 0; pass++) {
    for (const pid of left) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    left = strayProcesses(query);
  }
  return left;
}

/**
 * {@link killStrays} for `opsbench cleanup`: logs `<who>: ended N process(es) (pids ...)` and any survivors.
 * @returns how many ended
 */
export async function endStrays(query: StrayQuery, who: string, log?: (line: string) => void): Promise<number> {
  const found = strayProcesses(query);
  if (found.length === 0) return 0;
  const left = await killStrays(query);
  const ended = found.filter((pid) => !left.includes(pid)).length;
  log?.(`${who}: ended ${ended} process(es) (pids ${found.join(', ')})${left.length > 0 ? `; still running: ${left.join(', ')}` : ''}`);
  return ended;
}

function realOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function cwdOf(pid: number): string | null {
  try {
    return readlinkSync(`/proc/${pid}/cwd`).replace(/ \(deleted\)$/, '');
  } catch {
    return null;
  }
}

function inside(dir: string | null, roots: Set<string>): boolean {
  if (dir === null) return false;
  for (const r of roots) if (dir === r || dir.startsWith(`${r}/`)) return true;
  return false;
}

function hasMarker(pid: number, markers: string[]): boolean {
  let environ: string;
  try {
    environ = `\0${readFileSync(`/proc/${pid}/environ`, 'utf8')}`;
  } catch {
    return false;
  }
  return markers.some((m) => environ.includes(`\0${m}`));
}

function isZombie(pid: number): boolean {
  return procStat(pid)?.state.startsWith('Z') ?? true; // null: exited while we looked
}

/** `pid` and every process above it up to init. */
function lineage(pid: number): Set<number> {
  const seen = new Set<number>();
  for (let p = pid; p > 0 && !seen.has(p); p = procStat(p)?.ppid ?? 0) seen.add(p);
  return seen;
}

/** The basenames of a process's executable and of its argv[0] (a symlink's name shows only in the latter). */
function programNames(pid: number): string[] {
  const names: string[] = [];
  try {
    names.push(path.basename(readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, '')));
  } catch {
    // Not readable (another user's, or gone): argv[0] alone.
  }
  try {
    const argv0 = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    if (argv0) names.push(path.basename(argv0));
  } catch {
    // Gone.
  }
  return names;
}
