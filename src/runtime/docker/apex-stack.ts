import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { EnvironmentStartError } from '../../core/errors.js';
import {
  APEX_CONTAINER_PATHS,
  APEX_CONTEXT_DIR,
  APEX_MCP_REQUIRED_FILE,
  APEX_MCP_WAIT,
  APEX_MCP_WAIT_SCRIPT,
  describeUnsetVar
} from '../../task/apex-conventions.js';
import { unsetComposeVars } from '../../task/compose-vars.js';
import type { Task } from '../../task/task.js';
import type { ExecOptions, ExecResult } from '../environment.js';
import { GRADER_PROFILE, type ComposeModel, type ComposeService } from './model.js';

/**
 * What the Docker runtime does for a task in APEX-SWE's integration layout, kept apart from the runtime's
 * general stack handling. Each convention names the APEX source it follows (paths under integration/src/ of
 * github.com/Mercor-Intelligence/apex-swe).
 */

/**
 * The variables APEX's harness sets for compose (utils/docker_manager.py, DockerEnvironmentVars), with
 * per-trial values: names made from the trial's compose project (unique per trial, so parallel trials never
 * collide on a container or image name) and the two log mounts under the trial's artifacts
 * (`<artifacts>/apex-logs/sessions` and `.../agent-logs`, as APEX puts them in the trial's working dir).
 * These host directories are the only bind mounts OpsBench itself adds to an APEX stack.
 */
export async function apexComposeEnv(project: string, logsRoot: string): Promise<Record<string, string>> {
  const sessions = path.join(logsRoot, 'sessions');
  const agentLogs = path.join(logsRoot, 'agent-logs');
  for (const dir of [sessions, agentLogs]) {
    await mkdir(dir, { recursive: true });
    // The client may run as any uid; what lands here is kept as the trial's logs.
    await chmod(dir, 0o777);
  }
  return {
    APEX_TASK_DOCKER_CLIENT_CONTAINER_NAME: project,
    APEX_TASK_DOCKER_CLIENT_IMAGE_NAME: `opsbench/apex-client:${project.slice(0, 120)}`,
    APEX_CONTAINER_LOGS_PATH: APEX_CONTAINER_PATHS.logs,
    APEX_CONTAINER_AGENT_LOGS_PATH: APEX_CONTAINER_PATHS.agentLogs,
    APEX_TEST_DIR: APEX_CONTAINER_PATHS.tests,
    APEX_TASK_LOGS_PATH: sessions,
    APEX_TASK_AGENT_LOGS_PATH: agentLogs
  };
}

/**
 * Refuses to start a stack whose compose file would be interpolated with a variable unset (compose makes
 * it empty, and `${ECR_REGISTRY}/${ECR_REPOSITORY}:${PLANE_IMAGE_TAG}` becomes the image `/:`).
 * @throws EnvironmentStartError (env_start, not retryable) naming every such variable with its line
 */
export async function checkComposeVarsSet(composeFile: string, env: Record<string, string>): Promise<void> {
  const unset = await unsetComposeVars(composeFile, (n) => env[n] !== undefined && env[n] !== '');
  if (unset.length === 0) return;
  const lines = unset.map((r) => `${composeFile}: line ${r.line}: ${describeUnsetVar(r.name)}`);
  throw new EnvironmentStartError(lines.join('\n'), 'env_start', false);
}

/**
 * The grader of an APEX stack: a container from the client's own image (what it had installed before the
 * agent started), sharing the client's network namespace (`network_mode: service:<client>`: the suite
 * reaches the PostgreSQL the client runs on 127.0.0.1, as APEX's tests, which run inside the client,
 * expect), with the client's environment, working dir and volumes, but its own PID namespace, so none of
 * the agent's processes are visible to it. It idles until the grader copies /app in and runs the suite.
 */
export function apexGraderService(model: ComposeModel, client: string, image: string, labels: Record<string, string>): ComposeService {
  const c = model.services[client] ?? {};
  const volumes = (c.volumes ?? []).filter((v) => v.type !== 'tmpfs');
  return {
    image,
    pull_policy: 'never',
    entrypoint: ['sleep', 'infinity'],
    command: [],
    init: true,
    network_mode: `service:${client}`,
    profiles: [GRADER_PROFILE],
    labels: { ...labels },
    ...(c.environment !== undefined ? { environment: c.environment } : {}),
    ...(c.working_dir !== undefined ? { working_dir: c.working_dir } : {}),
    ...(c.user !== undefined ? { user: c.user } : {}),
    ...(volumes.length > 0 ? { volumes } : {})
  };
}

/** What placing the agent's context needs from the stack: commands and copies in the client. */
export interface ApexClient {
  exec(cmd: string | string[], opts?: ExecOptions): Promise<ExecResult>;
  copyIn(hostPath: string, dest: string): Promise<void>;
}

/**
 * The task's files where APEX's executor puts them (utils/docker_manager.py, docker_environment ->
 * copy_files: each file at /app/<base name>), before the workspace's base commit so they are not the
 * agent's change.
 */
export async function placeApexContext(client: ApexClient, task: Task): Promise<void> {
  for (const file of task.apex?.contextFiles ?? []) await client.copyIn(file, path.posix.join(APEX_CONTEXT_DIR, path.basename(file)));
}

/**
 * APEX's MCP readiness (harness/multi_step_runner.py, _setup_git_and_mcp): when the stack runs an
 * MCP-backed service, its token list goes to /config/mcp-required.txt and the agent starts only once
 * `sh /app/wait-for-mcp-config.sh` exits 0, polled every 10 s, 120 times at most.
 * @throws EnvironmentStartError (env_unhealthy) when the script never succeeds, with its last output
 */
export async function awaitApexMcp(client: ApexClient, task: Task, signal?: AbortSignal, wait = APEX_MCP_WAIT): Promise<void> {
  const required = task.apex?.mcpRequired ?? [];
  if (required.length === 0) return;
  const text = `${required.join('\n')}\n`;
  await client.exec(['sh', '-c', `mkdir -p "$(dirname "$1")" && cat > "$1.tmp" && mv "$1.tmp" "$1"`, 'sh', APEX_MCP_REQUIRED_FILE], { cwd: '/', input: text });
  let last = '';
  for (let i = 0; i < wait.polls; i++) {
    signal?.throwIfAborted();
    const r = await client.exec(['sh', '-lc', `sh ${APEX_MCP_WAIT_SCRIPT}`], { cwd: '/', timeoutSec: 60 });
    if (r.exitCode === 0) return;
    last = `${r.stdout}${r.stderr}`.trim();
    if (i < wait.polls - 1) await new Promise((resolve) => setTimeout(resolve, wait.intervalMs));
  }
  throw new EnvironmentStartError(
    `the MCP configuration never became ready (${APEX_MCP_WAIT_SCRIPT} failed ${wait.polls} times, required: ${required.join(', ')}): ${last.slice(-500)}`,
    'env_unhealthy',
    false
  );
}
