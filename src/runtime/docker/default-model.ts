import path from 'node:path';
import type { Task } from '../../task/task.js';
import { EnvironmentStartError } from '../../core/errors.js';
import type { BuildSpec } from './context.js';
import type { ComposeModel } from './model.js';
import { pathExists } from '../path-exists.js';
import { toolchainBuildArgs } from './workspace-toolchain.js';

/**
 * The stack of a task without a compose file: the workspace service alone, built from the task's own
 * `Dockerfile` when it has one (context: the task directory, hidden files filtered out), else from the
 * shared workspace image (compose/workspace/). It idles (`sleep infinity`) in the task's workdir.
 * @throws EnvironmentStartError(env_start, not retryable) when there is nothing to build it from
 */
export async function defaultModel(task: Task, workspaceBuild: BuildSpec | null, cliEnv: Record<string, string> = {}): Promise<ComposeModel> {
  const own = path.join(task.dir, 'Dockerfile');
  const build = (await pathExists(own)) ? { context: task.dir, dockerfile: 'Dockerfile' } : workspaceBuild && sharedWorkspace(task, workspaceBuild, cliEnv);
  if (!build) {
    throw new EnvironmentStartError(
      `${path.join(task.dir, 'task.yaml')}: environment.compose: the task has no compose file and no Dockerfile, and this installation has no shared workspace image (compose/workspace/Dockerfile); add a Dockerfile next to task.yaml`,
      'env_start',
      false
    );
  }
  return {
    services: {
      [task.environment.workspace]: {
        build: { context: build.context, dockerfile: build.dockerfile, ...(build.args ? { args: build.args } : {}) },
        command: ['sleep', 'infinity'],
        working_dir: task.environment.workdir,
        init: true
      }
    }
  };
}


/**
 * The shared workspace image with the task's toolchain (workspace-toolchain.ts), built FROM the configured
 * base image (BASE_IMAGE) and trusting the host's extra CA (OPSBENCH_EXTRA_CA_CERTS) when those are set.
 */
function sharedWorkspace(task: Task, build: BuildSpec, cliEnv: Record<string, string>): BuildSpec {
  const host: Record<string, string> = {};
  if (cliEnv.BASE_IMAGE) host.BASE_IMAGE = cliEnv.BASE_IMAGE;
  if (cliEnv.OPSBENCH_EXTRA_CA_CERTS) host.EXTRA_CA_CERTS = cliEnv.OPSBENCH_EXTRA_CA_CERTS;
  return { ...build, args: { ...build.args, ...host, ...toolchainBuildArgs(task) } };
}
