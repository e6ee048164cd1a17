import os from 'node:os';
import path from 'node:path';
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
    const docker = options.docker ?? 'docker';
    const ended = await endStrays({ root: null, env: [`${RUN_ENV}=${runId}`], program: dockerProgram(docker) }, `docker cleanup of run ${runId}`, opts.log);
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

/**
 * The programs that carry a run's marker because the runtime started them: the docker CLI (`docker`, or the
 * binary it was configured with) and its plugins (`docker-buildx`, `docker-compose`), which inherit the
 * marker. Anything else with the marker (the shell the user ran OpsBench from, after exporting it) is not
 * the run's to end.
 */
export function dockerProgram(docker: string): (name: string) => boolean {
  const configured = path.basename(docker);
  return (name) => name === configured || /^docker(-[a-z0-9]+)?$/.test(name);
}
