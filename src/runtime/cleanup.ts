import type { RuntimeKind } from './environment.js';

export interface CleanupOptions {
  /** The front end's environment (the docker CLI's allowlist is read from it). */
  hostEnv: Readonly<Record<string, string | undefined>>;
  log?: (line: string) => void;
}

/** Removes what a run left behind in one runtime; returns how many resources it removed. */
export type RunCleaner = (runId: string, opts: CleanupOptions) => Promise<number>;

/**
 * One cleaner per runtime that can outlive a crashed process (containers, networks, volumes). Loaded lazily
 * so the post step of a local-only run never touches Docker. The local runtime has no cleaner: its
 * workspaces are temp dirs removed at teardown, and a process an agent detached with setsid there is
 * beyond any label (the local runtime is not a sandbox).
 */
const cleaners: Partial<Record<RuntimeKind, () => Promise<RunCleaner>>> = {
  docker: async () => (await import('./docker/cleanup.js')).cleanupDockerRun
};

/** Removes everything a run left behind in every runtime that can leak. */
export async function cleanupRun(runId: string, opts: CleanupOptions): Promise<number> {
  let removed = 0;
  for (const load of Object.values(cleaners)) {
    if (load) removed += await (await load())(runId, opts);
  }
  return removed;
}
