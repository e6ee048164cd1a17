import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { UserInputError } from '../core/errors.js';

/** `<out>/.opsbench-runs/<run id>.json`: written when a run starts in an out dir, removed when it ends. */
export const RUN_MARKERS_DIR = '.opsbench-runs';

const MarkerSchema = z.object({
  run_id: z.string(),
  pid: z.number().int(),
  host: z.string(),
  started_at: z.string(),
  /** The process's start time in clock ticks (/proc/<pid>/stat field 22), so a reused pid is not taken for the run. */
  proc_start: z.string().optional()
});
type Marker = z.infer<typeof MarkerSchema>;

export interface RunMarker {
  /** Removes this run's marker (and the directory when it was the last). */
  release(): Promise<void>;
}

/**
 * Marks `outDir` as used by run `runId` of this process, first naming every run whose marker is still
 * there but whose process is gone: a run killed -9 (or whose machine died) never removed its marker, and
 * what it left (containers, build processes, scratch) goes with `opsbench cleanup <id>`; each is said once,
 * then its marker removed. A run still alive on this host is refused: two runs appending to one
 * results.jsonl would lose lines when one compacts it.
 * @throws UserInputError naming the live run, its pid and the out dir
 */
export async function markRun(outDir: string, runId: string, log: (line: string) => void): Promise<RunMarker> {
  const dir = path.join(outDir, RUN_MARKERS_DIR);
  await mkdir(dir, { recursive: true });
  const host = os.hostname();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    const marker = await readMarker(file);
    if (marker === null || marker.run_id === runId) continue;
    if (marker.host === host && alive(marker)) {
      throw new UserInputError(
        `{out} ${outDir}: run ${marker.run_id} (pid ${marker.pid}, started ${marker.started_at}) is writing there now; ` +
          `wait for it to end or choose another {out} (if pid ${marker.pid} is not an opsbench run, remove ${file})`
      );
    }
    const where = marker.host === host ? `pid ${marker.pid}` : `pid ${marker.pid} on ${marker.host}`;
    log(`stale run ${marker.run_id} (${where}, started ${marker.started_at}) did not finish in ${outDir}; remove what it left (containers, build processes, scratch) with: opsbench cleanup ${marker.run_id}`);
    await rm(file, { force: true });
  }
  const own = path.join(dir, `${runId}.json`);
  const mine: Marker = { run_id: runId, pid: process.pid, host, started_at: new Date().toISOString(), ...procStart(process.pid) };
  await writeFile(own, `${JSON.stringify(mine)}\n`);
  return {
    async release() {
      await rm(own, { force: true });
      await rmdir(dir).catch(() => {}); // another run's marker is still there
    }
  };
}

/** A marker that cannot be read is not ours to judge (another writer mid-write, a stray file): skipped. */
async function readMarker(file: string): Promise<Marker | null> {
  try {
    const parsed = MarkerSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function alive(marker: Marker): boolean {
  try {
    process.kill(marker.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = procStart(marker.pid).proc_start;
  return marker.proc_start === undefined || now === undefined || now === marker.proc_start;
}

/** Field 22 of /proc/<pid>/stat (start time since boot); absent where there is no /proc. */
function procStart(pid: number): { proc_start?: string } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return start ? { proc_start: start } : {};
  } catch {
    return {};
  }
}
