import os from 'node:os';
import type { CleanupOptions, RunCleaner } from '../cleanup.js';
import { DockerCli } from './cli.js';
import { dockerCliEnv } from './isolation.js';
import { removeLabelled, RUN_LABEL } from './labels.js';
import { probeDocker } from '../select.js';

export interface DockerCleanerOptions {
  /** Where the docker CLI's allowlisted variables come from (the front end's environment). */
  hostEnv: Readonly<Record<string, string | undefined>>;
  docker?: string;
}

/**
 * The post step's cleaner: removes every container, network and volume labelled with the run's id, e.g.
 * what a cancelled or crashed job left. Without a daemon there is nothing to clean (and nothing leaked).
 */
export function dockerCleaner(options: DockerCleanerOptions): RunCleaner {
  return async (runId: string, opts: CleanupOptions) => {
    const docker = options.docker ?? 'docker';
    const why = await probeDocker(5000, docker);
    if (why !== null) {
      opts.log?.(`docker cleanup: skipped (${why})`);
      return 0;
    }
    const cli = new DockerCli({ env: dockerCliEnv(options.hostEnv), cwd: os.tmpdir(), docker, log: opts.log });
    const removed = await removeLabelled(cli, RUN_LABEL, runId, { log: opts.log });
    if (removed > 0) opts.log?.(`docker cleanup: removed ${removed} container(s)/network(s)/volume(s) labelled ${RUN_LABEL}=${runId}`);
    return removed;
  };
}
