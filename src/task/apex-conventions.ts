import { readdir } from 'node:fs/promises';
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
