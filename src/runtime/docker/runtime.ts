import os from 'node:os';
import path from 'node:path';
import { installRoot } from '../../core/install-root.js';
import { defaultCeiling, type ResourceLimits } from './limits.js';
import type { Task } from '../../task/task.js';
import { DockerCli } from './cli.js';
import type { BuildSpec } from './context.js';
import { DockerEnvironment, type DockerAssets } from './environment.js';
import { ComposeModels } from './model-memo.js';
import { ImageStore, type ImageCacheHooks } from './images.js';
import { dockerCliEnv } from './isolation.js';
import type { Environment } from '../environment.js';
import type { Runtime, RuntimeOptions, RuntimeProbe } from '../runtime.js';
import { pathExists } from '../path-exists.js';
import { probeDocker } from '../select.js';
import { dockerCleaner } from './cleanup.js';
import { RUN_ENV } from './labels.js';

export type { ImageCacheHooks, ImageStatus } from './images.js';

export interface DockerRuntimeOptions {
  /** The runner's environment (the front end passes it in); only the docker CLI's allowlist (isolation.ts) is read from it. */
  hostEnv: Readonly<Record<string, string | undefined>>;
  /** Variables chosen on purpose for compose interpolation (e.g. { BASE_IMAGE: 'mirror/debian:bookworm-slim' }). */
  composeEnv?: Record<string, string>;
  /** Keep built images between runs (the Action's @actions/cache hooks). */
  imageCache?: ImageCacheHooks;
  /** Build every image from scratch with --no-cache (the bench's cold measurement). */
  noCache?: boolean;
  /** The grader image's build; default compose/grader/ of this installation, null to run suites in the workspace. */
  graderBuild?: BuildSpec | null;
  /** The workspace image for tasks with neither compose file nor Dockerfile; default compose/workspace/. */
  workspaceBuild?: BuildSpec | null;
  /** Seconds services get to stop at teardown before SIGKILL. Default 5. */
  stopTimeoutSec?: number;
  /** The most a task may raise its services' pids/memory/cpu limits to. Default: limits.ts's defaultCeiling(). */
  limitCeiling?: ResourceLimits;
  /** The docker binary. Default `docker`. */
  docker?: string;
  /** Host scratch for builds (filtered contexts) asked for without a run's scratch dir. Default a temp dir. */
  scratchDir?: string;
  log?: (line: string) => void;
}

/**
 * Runs every task as its own Compose v2 project (`docker compose -p ob-<trial>`), images built once per run
 * by content hash, every container, network and volume labelled with the run and the trial. See
 * environment.ts for one trial's stack, model.ts for what the runtime changes in a task's
 * compose file, isolation.ts for what never reaches the agent.
 */
export class DockerRuntime implements Runtime {
  readonly kind = 'docker' as const;
  readonly isolatesAgent = true;
  private readonly cli: DockerCli;
  private readonly images: ImageStore;
  private readonly models = new ComposeModels();
  private readonly assets: Promise<DockerAssets>;
  private readonly gitEnv: Record<string, string>;

  constructor(private readonly options: DockerRuntimeOptions) {
    const hostEnv = options.hostEnv;
    const scratch = options.scratchDir ?? path.join(os.tmpdir(), 'opsbench-docker');
    this.cli = new DockerCli({ env: dockerCliEnv(hostEnv, options.composeEnv), cwd: os.tmpdir(), docker: options.docker, log: options.log });
    this.images = new ImageStore(this.cli, { scratchDir: scratch, cache: options.imageCache, noCache: options.noCache, log: options.log });
    this.assets = findAssets(options);
    this.gitEnv = { PATH: this.cli.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', GIT_CONFIG_GLOBAL: '/dev/null', HOME: scratch };
  }

  /** Usable when a daemon answers `docker info` within a few seconds. */
  async probe(): Promise<RuntimeProbe> {
    const why = await probeDocker(5000, this.options.docker);
    return why === null ? { usable: true, reason: 'a Docker daemon answered' } : { usable: false, reason: `no Docker daemon answered: ${why}` };
  }

  /** Ends the run's docker processes, then removes every container, network and volume labelled with it (cleanup.ts). */
  cleanup(runId: string, log?: (line: string) => void): Promise<number> {
    const hostEnv = this.options.hostEnv;
    return dockerCleaner({ hostEnv, ...(this.options.docker && { docker: this.options.docker }) })(runId, { hostEnv, log });
  }

  /** Docker runs every task; a daemon that does not answer shows up as the environment's error instead. */
  check(_task: Task): Promise<string | null> {
    return Promise.resolve(null);
  }

  create(task: Task, opts: RuntimeOptions): Environment {
    return new DockerEnvironment(task, opts, {
      cli: this.cli.withEnv({ [RUN_ENV]: opts.runId }),
      images: this.images,
      models: this.models,
      assets: this.assets,
      stopTimeoutSec: this.options.stopTimeoutSec ?? 5,
      limitCeiling: this.options.limitCeiling ?? defaultCeiling(),
      gitEnv: this.gitEnv
    });
  }
}

/**
 * compose/grader and compose/workspace of this installation: found by walking up from this module
 * (src/runtime/ in a checkout, dist/cli/ in the bundle), so it works from source, the CLI and the Action.
 */
async function findAssets(options: DockerRuntimeOptions): Promise<DockerAssets> {
  const root = await installRoot();
  const at = async (name: string): Promise<BuildSpec | null> => {
    if (!root) return null;
    const context = path.join(root, 'compose', name);
    return (await pathExists(path.join(context, 'Dockerfile'))) ? { context, dockerfile: 'Dockerfile' } : null;
  };
  return {
    grader: options.graderBuild !== undefined ? options.graderBuild : await at('grader'),
    workspace: options.workspaceBuild !== undefined ? options.workspaceBuild : await at('workspace')
  };
}
