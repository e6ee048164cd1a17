import os from 'node:os';
import type { CleanupOptions, RunCleaner } from '../cleanup.js';
import { DockerCli } from './cli.js';
import { dockerCliEnv } from './isolation.js';
import { removeLabelled, RUN_ENV, RUN_LABEL } from './labels.js';
import { probeDocker } from '../select.js';
import { endStrays } from '../strays.js';

export interface DockerCleanerOptions {
  /** Where the docker CLI's allowlisted variables come from (the front end's environment). */
  hostEnv: Readonly<Record<string, string | undefined>>;
  docker?: string;
}

/**
 * The post step's cleaner: ends the run's docker CLI processes a killed run left (a `docker build` keeps
 * building, a `compose up` would create containers after the removal), then removes every container,
 * network and volume labelled with the run's id, e.g. what a cancelled or crashed job left. Without a
 * daemon there is nothing to remove (and nothing leaked).
 */
export function dockerCleaner(options: DockerCleanerOptions): RunCleaner {
  return async (runId: string, opts: CleanupOptions) => {
    const ended = await endStrays(null, [`${RUN_ENV}=${runId}`], `docker cleanup of run ${runId}`, opts.log);
    const docker = options.docker ?? 'docker';
    const why = await probeDocker(5000, docker);
    if (why !== null) {
      opts.log?.(`docker cleanup: skipped (${why})`);
      return ended;
    }
    const cli = new DockerCli({ env: dockerCliEnv(options.hostEnv), cwd: os.tmpdir(), docker, log: opts.log });
    const removed = await removeLabelled(cli, RUN_LABEL, runId, { log: opts.log });
    if (removed > 0) opts.log?.(`docker cleanup: removed ${removed} container(s)/network(s)/volume(s) labelled ${RUN_LABEL}=${runId}`);
    return ended + removed;
  };
}
