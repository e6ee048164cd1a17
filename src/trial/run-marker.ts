import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { UserInputError } from '../core/errors.js';
import { procStat } from '../core/proc-stat.js';

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
 * there but whose process is gone: a run killed -9 never removed its marker, and left what `cleanupHint`
 * (the front end's words, e.g. the CLI's `opsbench cleanup <id>`) removes; each is said once, then its
 * marker removed. A run still alive on this host is refused: two runs appending to one results.jsonl would
 * lose lines when one compacts it. A marker of another host (an out dir on shared storage) cannot be
 * checked: it is named as possibly still running, and kept.
 * @throws UserInputError naming the live run, its pid and the out dir
 */
export async function markRun(outDir: string, runId: string, log: (line: string) => void, cleanupHint?: (runId: string) => string): Promise<RunMarker> {
  const dir = path.join(outDir, RUN_MARKERS_DIR);
  await mkdir(dir, { recursive: true });
  const host = os.hostname();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    const marker = await readMarker(file);
    if (marker === null || marker.run_id === runId) continue;
    const which = `run ${marker.run_id} (pid ${marker.pid}${marker.host === host ? '' : ` on ${marker.host}`}, started ${marker.started_at})`;
    if (marker.host !== host) {
      log(`${which} may still be writing to ${outDir}: its host's processes cannot be checked from here; if it has ended, remove ${file}`);
      continue;
    }
    if (alive(marker)) {
      throw new UserInputError(
        `out dir ${outDir}: ${which} is writing there now; wait for it to end or use another out dir (if pid ${marker.pid} is not an opsbench run, remove ${file})`
      );
    }
    const hint = cleanupHint?.(marker.run_id);
    log(`stale ${which} did not finish in ${outDir}${hint ? `; ${hint}` : ''}`);
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

function procStart(pid: number): { proc_start?: string } {
  const stat = procStat(pid);
  return stat ? { proc_start: stat.startTime } : {};
}
