import { rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runtimeLoaders } from './select.js';

/** The host scratch directory of a run that was given none (`/tmp/opsbench/<run id>`): workspaces, build contexts, copies. */
export function defaultRunScratchDir(runId: string): string {
  return path.join(os.tmpdir(), 'opsbench', runId);
}

export interface CleanupOptions {
  /** The front end's environment (the docker CLI's allowlist is read from it). */
  hostEnv: Readonly<Record<string, string | undefined>>;
  log?: (line: string) => void;
}

/** Removes what a run left behind in one runtime; returns how many resources it removed. */
export type RunCleaner = (runId: string, opts: CleanupOptions) => Promise<number>;

/**
 * Removes everything a run left behind, asking each runtime of the registry (select.ts) for its
 * `cleanup(runId)`: Docker ends the run's docker CLI processes and removes what carries the run's label,
 * local ends the processes still working in the run's scratch (each command ran in a process group of its
 * own, which a kill -9 of the run does not end).
 */
export async function cleanupRun(runId: string, opts: CleanupOptions): Promise<number> {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(runId) || runId.includes('..')) throw new Error(`not a run id: ${runId}`);
  let removed = 0;
  for (const load of Object.values(runtimeLoaders)) {
    if (load) removed += await (await load({ hostEnv: opts.hostEnv })).cleanup(runId, opts.log);
  }
  // The run's host scratch (a killed run never removed it): its workspaces, copies and build contexts.
  const scratch = defaultRunScratchDir(runId);
  if (await stat(scratch).then(() => true, () => false)) {
    await rm(scratch, { recursive: true, force: true, maxRetries: 3 });
    opts.log?.(`cleanup: removed the run's scratch directory ${scratch}`);
    removed += 1;
  }
  return removed;
}
