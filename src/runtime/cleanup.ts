import { runtimeLoaders } from './select.js';

export interface CleanupOptions {
  /** The front end's environment (the docker CLI's allowlist is read from it). */
  hostEnv: Readonly<Record<string, string | undefined>>;
  log?: (line: string) => void;
}

/** Removes what a run left behind in one runtime; returns how many resources it removed. */
export type RunCleaner = (runId: string, opts: CleanupOptions) => Promise<number>;

/**
 * Removes everything a run left behind, asking each runtime of the registry (select.ts) for its
 * `cleanup(runId)`: Docker removes what carries the run's label, local has nothing that outlives a process.
 */
export async function cleanupRun(runId: string, opts: CleanupOptions): Promise<number> {
  let removed = 0;
  for (const load of Object.values(runtimeLoaders)) {
    if (load) removed += await (await load({ hostEnv: opts.hostEnv })).cleanup(runId, opts.log);
  }
  return removed;
}
