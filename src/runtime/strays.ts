import { readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';

/**
 * Processes that left the process groups a runtime tracks (a local agent's `setsid`, a double fork; a
 * docker CLI whose run was killed -9): found by what they still carry of their trial or run, a working
 * directory inside `root` (null: any) or one of the environment entries `envMarkers` (`HOME=<trial>/home`,
 * the Docker runtime's run marker). Only this user's processes are readable, which is all a run can have
 * started. Linux only (/proc); elsewhere nothing is found.
 */
export function strayProcesses(root: string | null, envMarkers: string[]): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const roots = new Set(root === null ? [] : [root, realOr(root)]);
  const markers = envMarkers.map((m) => `${m}\0`);
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid || isZombie(pid)) continue;
    if (inside(cwdOf(pid), roots) || hasMarker(pid, markers)) found.push(pid);
  }
  return found;
}

/**
 * SIGKILLs the stray processes until none is left: a process forking while it is being killed leaves
 * children the next pass finds. Returns those still there after `passes` passes (empty when all died).
 */
export async function killStrays(root: string | null, envMarkers: string[], passes = 20): Promise<number[]> {
  let left = strayProcesses(root, envMarkers);
  for (let pass = 0; pass < passes && left.length > 0; pass++) {
    for (const pid of left) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    left = strayProcesses(root, envMarkers);
  }
  return left;
}

/**
 * {@link killStrays} for `opsbench cleanup`: logs `<who>: ended N process(es) (pids ...)` and any survivors.
 * @returns how many ended
 */
export async function endStrays(root: string | null, envMarkers: string[], who: string, log?: (line: string) => void): Promise<number> {
  const found = strayProcesses(root, envMarkers);
  if (found.length === 0) return 0;
  const left = await killStrays(root, envMarkers);
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
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true; // exited while we looked
  }
}
