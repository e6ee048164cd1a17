import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * APEX-SWE's integration conventions, each taken from its harness (github.com/Mercor-Intelligence/apex-swe,
 * paths below are under integration/src/). Kept in one place so that OpsBench follows APEX's exact names
 * rather than a reading of them.
 */

/** harness/evaluator.py, evaluate_execution: the first of these at the task root is the test script. */
export const APEX_TEST_SCRIPT_NAMES = ['run-tests.sh', 'test.sh', 'tests.sh', 'run_tests.sh', 'verify.sh'] as const;

/**
 * harness/executor.py, _load_task_context: files never copied into the client (fnmatch on the base name),
 * besides everything under tests/, names starting with a dot and .pyc/.pyo files.
 */
const APEX_EXCLUDED_FILES = [
  'run-tests.sh',
  'test.sh',
  'tests.sh',
  'run_tests.sh',
  'verify.sh',
  'solution.sh',
  'solution.yaml',
  'solution.py',
  'issues.json',
  'scraped-*.json',
  'chat.json',
  'pull_requests.json',
  'TASK_README.md',
  'espocrm-data.json',
  'medusa-seed-data.json',
  'zammad-data.json',
  'init-aws.sh',
  'task-spec.md',
  'rubric.json'
];

/** config/__init__.py, SERVICES_WITH_MCP: compose service name -> the token written to mcp-required.txt. */
const SERVICES_WITH_MCP: Record<string, string> = {
  zammad: 'zammad',
  mattermost: 'mattermost',
  'plane-api': 'plane',
  plane: 'plane',
  grafana: 'grafana',
  prometheus: 'prometheus',
  espocrm: 'espocrm',
  medusa: 'medusa'
};

/**
 * utils/docker_manager.py, copy_files: each task file goes to the client's /app under its base name
 * (`tar.add(path, arcname=path.name)` into CONTAINER_WORKSPACE), so data/connection-info.md is
 * /app/connection-info.md.
 */
export const APEX_CONTEXT_DIR = '/app';

/**
 * harness/multi_step_runner.py, _setup_git_and_mcp: the required list goes to /config/mcp-required.txt and
 * the agent starts once `sh /app/wait-for-mcp-config.sh` exits 0, polled every 10 s up to 120 times.
 */
export const APEX_MCP_REQUIRED_FILE = '/config/mcp-required.txt';
export const APEX_MCP_WAIT_SCRIPT = '/app/wait-for-mcp-config.sh';
export const APEX_MCP_WAIT = { polls: 120, intervalMs: 10_000 };

/**
 * The host directory an APEX task's compose file may read: the dataset root, its task dir's parent. APEX
 * runs the compose file in place (docker_manager.py, docker_environment: compose_path = task_dir /
 * "docker-compose.yaml"), and its files build with `context: ..` (`dockerfile: <task>/Dockerfile`) and read
 * `../shared/` (env files, MCP servers, the wait script).
 */
export function apexReadableRoot(taskDir: string): string {
  return path.dirname(path.resolve(taskDir));
}

/** evaluator.py: the suite's directory in the client and the variable the scripts read it from. */
export const APEX_TEST_DIR = '/tests';

/** `fnmatch` for APEX's patterns, which only use `*`. */
function matches(name: string, pattern: string): boolean {
  if (!pattern.includes('*')) return name === pattern;
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(name);
}

/**
 * The task files APEX's executor hands the agent, sorted: every file of the task dir except tests/, the
 * excluded names above, dot files and compiled Python; `hidden` (OpsBench's own list: the definition, the
 * solution, the rubric) is left out too, so nothing graded reaches the client early.
 */
export async function apexContextFiles(dir: string, hidden: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, abs);
    const parts = rel.split(path.sep);
    if (parts[0] === 'tests' || parts.some((p) => p.startsWith('.'))) continue;
    if (/\.py[co]$/.test(entry.name)) continue;
    if (APEX_EXCLUDED_FILES.some((p) => matches(entry.name, p))) continue;
    if (hidden.some((h) => abs === h || abs.startsWith(`${h}${path.sep}`))) continue;
    out.push(abs);
  }
  return out.sort();
}

/** The mcp-required.txt tokens for a stack's services, in service order, without repeats. */
export function apexMcpRequirements(services: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of services) {
    const token = SERVICES_WITH_MCP[s];
    if (token && !out.includes(token)) out.push(token);
  }
  return out;
}

/**
 * utils/docker_manager.py, DockerEnvironmentVars.to_env_dict: the variables APEX's harness sets for
 * `docker compose`. OpsBench sets each of them per trial (runtime/docker/apex-stack.ts).
 */
export const APEX_COMPOSE_VARS = [
  'APEX_TASK_DOCKER_CLIENT_CONTAINER_NAME',
  'APEX_TASK_DOCKER_CLIENT_IMAGE_NAME',
  'APEX_CONTAINER_LOGS_PATH',
  'APEX_CONTAINER_AGENT_LOGS_PATH',
  'APEX_TEST_DIR',
  'APEX_TASK_LOGS_PATH',
  'APEX_TASK_AGENT_LOGS_PATH'
] as const;

/** docker_manager.py, DockerConstants: CONTAINER_LOGS_PATH, CONTAINER_AGENT_LOGS_PATH, CONTAINER_TEST_DIR. */
export const APEX_CONTAINER_PATHS = { logs: '/logs', agentLogs: '/agent-logs', tests: APEX_TEST_DIR };

/**
 * The registry variables of APEX's service images (`${ECR_REGISTRY}/${ECR_REPOSITORY}:${PLANE_IMAGE_TAG}`):
 * APEX hard-codes them (DockerConstants: ECR_REGISTRY public.ecr.aws/k4t1e3r5, ECR_REPOSITORY apex-code,
 * PLANE_IMAGE_TAG plane-api, ...); OpsBench takes them from the runner's environment, so a mirror or
 * locally built images can stand in. No secrets: image names.
 */
export function isApexRegistryVar(name: string): boolean {
  return name === 'ECR_REGISTRY' || name === 'ECR_REPOSITORY' || /^[A-Z][A-Z0-9_]*_IMAGE_TAG$/.test(name);
}

/** What APEX's own harness would set a registry variable to, for the message that asks for it. */
export function apexRegistryDefault(name: string): string | null {
  const known: Record<string, string> = {
    ECR_REGISTRY: 'public.ecr.aws/k4t1e3r5',
    ECR_REPOSITORY: 'apex-code',
    PLANE_IMAGE_TAG: 'plane-api',
    MATTERMOST_IMAGE_TAG: 'mattermost-lightweight',
    ESPOCRM_IMAGE_TAG: 'espocrm',
    ZAMMAD_IMAGE_TAG: 'zammad-lightweight',
    MEDUSA_IMAGE_TAG: 'medusa-lightweight'
  };
  return known[name] ?? null;
}

/** A compose variable reference left unset, said so that the fix is plain. */
export function describeUnsetVar(name: string): string {
  if (isApexRegistryVar(name)) {
    const apex = apexRegistryDefault(name);
    return `\${${name}} is not set: export ${name} in the environment that runs opsbench${apex ? ` (APEX-SWE's harness uses ${apex})` : ''}`;
  }
  return `\${${name}} is not set and neither OpsBench nor APEX-SWE sets it: give it a default (\${${name}:-value}) or a .env file next to the compose file`;
}

/**
 * Where an APEX-SWE observability task ships its services' data (the dataset's Observability/<task>/data/,
 * read by APEX's images at /data): the log file load-static-data.sh pushes to Loki (data/loki/app-<task>.log),
 * the Discord export its Mattermost image loads (shared/dockerfiles/docker-entrypoint-mattermost-lightweight.sh:
 * data/mattermost/scraped.json, then scraped-discord.json, then the legacy data/scraped.json and
 * data/scraped-*.json), the GitHub issues its Plane image loads (docker-entrypoint-api-lightweight.sh:
 * data/plane/issues.json, then data/issues.json), and the cut-off both images apply
 * (data/git_commit_timestamp.txt). Paths relative to the task dir, in lookup order.
 */
export const APEX_OBSERVABILITY_DATA = {
  logs: ['data/loki'],
  chat: ['data/mattermost/scraped.json', 'data/mattermost/scraped-discord.json', 'data/scraped.json'],
  chatPattern: { dir: 'data', pattern: 'scraped-*.json' },
  tracker: ['data/plane/issues.json', 'data/issues.json'],
  cutoff: 'data/git_commit_timestamp.txt'
} as const;

/**
 * The task's APEX data as OpsBench's MCP context: Loki's log files for the logs server, the Mattermost and
 * Plane files for the chat/tracker server, the commit time as the cut-off. Absent files are simply absent.
 * @returns absolute paths (null when absent) and the cut-off as written; `badCutoff` when it does not parse
 */
export async function apexObservabilityContext(
  dir: string,
  exists: (rel: string, kind: 'file' | 'dir') => Promise<string | null>
): Promise<{ logs: string | null; chat: string | null; tracker: string | null; notAfter?: string; badCutoff?: string }> {
  const first = async (names: readonly string[], kind: 'file' | 'dir') => {
    for (const n of names) {
      const abs = await exists(n, kind);
      if (abs !== null) return abs;
    }
    return null;
  };
  let chat = await first(APEX_OBSERVABILITY_DATA.chat, 'file');
  if (chat === null) {
    const { dir: sub, pattern } = APEX_OBSERVABILITY_DATA.chatPattern;
    const names = await readdir(path.join(dir, sub)).catch(() => [] as string[]);
    const hit = names.filter((n) => matches(n, pattern)).sort()[0];
    chat = hit === undefined ? null : await exists(`${sub}/${hit}`, 'file');
  }
  const out: { logs: string | null; chat: string | null; tracker: string | null; notAfter?: string; badCutoff?: string } = {
    logs: await first(APEX_OBSERVABILITY_DATA.logs, 'dir'),
    chat,
    tracker: await first(APEX_OBSERVABILITY_DATA.tracker, 'file')
  };
  const cutoff = await exists(APEX_OBSERVABILITY_DATA.cutoff, 'file');
  if (cutoff !== null) {
    const text = (await readFile(cutoff, 'utf8')).trim();
    if (Number.isNaN(Date.parse(text))) out.badCutoff = text;
    else out.notAfter = text;
  }
  return out;
}
