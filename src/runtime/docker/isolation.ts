import path from 'node:path';
import { isApexRegistryVar } from '../../task/apex-conventions.js';
import type { Task } from '../../task/task.js';

/**
 * The only variables of the runner the docker CLI sees. Compose interpolates `${VAR}` in a task's compose
 * file from the CLI's environment, so with the whole of process.env a compose file saying
 * `KEY: ${OPENAI_API_KEY}` would hand the runner's key to the agent. Named one by one: a DOCKER_ prefix
 * would also pass e.g. a DOCKER_PASSWORD a workflow set for `docker login`.
 */
const CLI_VARS = [
  'PATH',
  'HOME',
  'LANG',
  'LC_ALL',
  'TMPDIR',
  // rootless Docker finds its socket under XDG_RUNTIME_DIR
  'XDG_RUNTIME_DIR',
  'DOCKER_HOST',
  'DOCKER_CONTEXT',
  'DOCKER_CONFIG',
  'DOCKER_CERT_PATH',
  'DOCKER_TLS_VERIFY',
  'DOCKER_API_VERSION',
  'DOCKER_BUILDKIT',
  'DOCKER_DEFAULT_PLATFORM',
  'BUILDKIT_PROGRESS',
  // The shipped task Dockerfiles take their base as ${BASE_IMAGE:-debian:bookworm-slim}: a mirror's name, no secret.
  'BASE_IMAGE',
  // PEM text of a TLS-intercepting proxy's CA (compose/README.md): public certificates, no secret.
  'OPSBENCH_EXTRA_CA_CERTS'
];

/**
 * The environment every docker/compose call runs with: the allowlisted variables of `hostEnv`, then
 * `extra` (variables a caller chose on purpose for compose interpolation).
 */
export function dockerCliEnv(hostEnv: NodeJS.ProcessEnv, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of CLI_VARS) {
    const value = hostEnv[name];
    if (value !== undefined) env[name] = value;
  }
  // APEX-SWE's service images are named by registry variables (ECR_REGISTRY, ECR_REPOSITORY, *_IMAGE_TAG):
  // image names, no secrets, and a real APEX task cannot start without them.
  for (const [name, value] of Object.entries(hostEnv)) if (isApexRegistryVar(name) && value !== undefined) env[name] = value;
  env.PATH ??= '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  // No "What's next?" hints or update notices in the output the harness parses.
  env.DOCKER_CLI_HINTS = 'false';
  return { ...env, ...extra };
}

/**
 * Absolute paths of what the agent must never see: tests, test.patch, the solution, run-tests.sh, the rubric,
 * and the task definition itself (task.yaml / APEX's test_metadata.json name the FAIL_TO_PASS tests and
 * the test command).
 */
export function hiddenPaths(task: Task): string[] {
  const h = task.hidden;
  const solution = 'patch' in h.solution ? h.solution.patch : h.solution.script;
  const definition = [path.join(task.dir, 'task.yaml'), path.join(task.dir, 'test_metadata.json')];
  // APEX's test_layers.json and its verifiers (tests/verifiers/*.sh), also in the observability layout.
  if (task.apex) definition.push(path.join(task.dir, 'test_layers.json'), path.join(task.dir, 'tests'));
  return [h.testPatch, h.testsDir, h.runTests, solution, h.rubric, ...(task.apex?.testScripts ?? []), ...definition].filter((p): p is string => p !== null).map((p) => path.resolve(p));
}

/** True when `p` is one of `hidden` or lies inside one of them. */
export function isHidden(p: string, hidden: string[]): boolean {
  const abs = path.resolve(p);
  return hidden.some((h) => abs === h || abs.startsWith(`${h}${path.sep}`));
}

/**
 * The first hidden path a directory would expose (it lies inside `dir`, or `dir` lies inside it), or
 * null. A bind mount or build context for which this is not null would show the agent the grader's files.
 */
export function exposedHidden(dir: string, hidden: string[]): string | null {
  const abs = path.resolve(dir);
  for (const h of hidden) {
    if (h === abs || h.startsWith(`${abs}${path.sep}`) || abs.startsWith(`${h}${path.sep}`) || abs === path.parse(abs).root) return h;
  }
  return null;
}
