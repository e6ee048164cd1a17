import path from 'node:path';
import type { z } from 'zod';
import {
  ApexIntegrationYamlSchema,
  ApexObservabilityYamlSchema,
  ApexTestMetadataSchema,
  type ApexObservabilityYaml
} from './apex-schema.js';
import { FRAMEWORK_ALIAS_HELP, mapApexFramework } from '../frameworks/registry.js';
import type { UnhashedTask } from './opsbench-task.js';
import type { Problems } from './problems.js';
import { readJsonFile, readYamlFile } from './read-structured.js';
import { resolveInstruction, resolveJson, resolvePatch } from './task-checks.js';
import { TaskPaths, kindOf } from './task-paths.js';
import { readComposeServices, type ComposeService } from './validate-compose.js';
import {
  APEX_COMPOSE_VARS,
  APEX_TEST_DIR,
  APEX_TEST_SCRIPT_NAMES,
  APEX_OBSERVABILITY_DATA,
  apexContextFiles,
  apexMcpRequirements,
  apexObservabilityContext,
  apexReadableRoot,
  describeUnsetVar,
  isApexRegistryVar
} from './apex-conventions.js';
import { readTestLayers } from './apex-layers.js';
import { unsetComposeVars } from './compose-vars.js';
import { formatZodIssues, issueMessage } from './zod-issues.js';

/**
 * Readers for APEX-SWE's own layouts, loaded into the same Task as OpsBench's (docs/architecture.md "Task format").
 * The task id is the directory name, as in APEX-SWE. Timeouts default to APEX-SWE's own (agent 3600 s,
 * tests 900 s) rather than OpsBench's, since its tasks were calibrated against them.
 */

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const COMPOSE_NAMES = ['docker-compose.yaml', 'docker-compose.yml', 'compose.yaml', 'compose.yml'];
const APEX_TIMEOUTS = { agentSec: 3600, testSec: 900, buildSec: 900 };

/** Loads an APEX-SWE integration dir: task.yaml, docker-compose.yaml, run-tests.sh, tests/, solution.sh. */
export async function loadApexIntegrationTask(dir: string, problems: Problems, env: Readonly<Record<string, string | undefined>> = {}): Promise<UnhashedTask | undefined> {
  const source = path.join(dir, 'task.yaml');
  const before = problems.count;
  const yaml = await parseWith(source, ApexIntegrationYamlSchema, problems);
  const paths = new TaskPaths(dir, source, problems);
  const id = checkDirId(dir, problems);
  if (yaml?.parser_name !== undefined && yaml.parser_name !== 'pytest') {
    problems.add(source, 'parser_name', `"${yaml.parser_name}" is not supported: APEX-SWE integration tasks are graded by pytest`);
  }
  const instruction = yaml ? await resolveInstruction(paths, yaml.instruction, 'instruction') : null;
  const compose = await findCompose(paths);
  if (compose === null) problems.add(dir, 'docker-compose.yaml', 'missing: an APEX-SWE integration task defines its services in docker-compose.yaml');
  const stack = compose === null ? null : await composeStack(compose, problems);
  if (compose !== null) await checkComposeVars(compose, problems, env);
  const testsDir = await paths.optional('tests', 'dir');
  const testScripts = yaml ? await findTestScripts(paths, yaml.test_scripts, testsDir) : [];
  if (testsDir === null) problems.add(dir, 'tests/', 'missing: the directory of the grader\'s pytest suite');
  // APEX-SWE's public tasks ship solution.py; Terminal-Bench's ship solution.sh. Either is the oracle.
  const solution = await firstOf(paths, ['solution.sh', 'solution.py'], 'file');
  if (solution === null) problems.add(dir, 'solution.sh', 'missing: the reference solution the oracle agent runs (solution.sh, or solution.py)');
  const rubric = await rubricOf(paths);
  const layers = await readTestLayers(dir, problems, { failToPass: [], passToPass: [], hasLists: false });
  if (problems.count !== before || !yaml || !stack || testScripts.length === 0 || !layers) return undefined;
  const runTests = testScripts.length === 1 ? (testScripts[0] ?? null) : null;
  const hidden = [path.join(dir, 'task.yaml'), path.join(dir, 'test_layers.json'), testsDir, solution, rubric, ...testScripts].filter((p): p is string => p !== null);
  return {
    id,
    family: 'integration',
    language: null,
    services: stack.services,
    instruction: instruction ?? '',
    dir,
    layout: 'apex-integration',
    timeouts: timeoutsOf(yaml),
    environment: { compose, workspace: stack.workspace, repo: null, workdir: '/app' },
    tests: { framework: 'pytest', command: apexTestCommand(testScripts), failToPass: [], passToPass: [] },
    hidden: { testPatch: null, testsDir, runTests, solution: { script: solution ?? '' }, rubric },
    context: { logs: null, chat: null, tracker: null },
    mcp: [],
    apex: {
      testScripts,
      contextFiles: await apexContextFiles(dir, hidden),
      mcpRequired: apexMcpRequirements(stack.services),
      processChecks: [],
      layers
    }
  };
}

/**
 * Names each `${VAR}` of the compose file that would be left unset (file and line): OpsBench sets APEX's
 * own variables per trial, the registry ones come from the runner's environment.
 */
async function checkComposeVars(compose: string, problems: Problems, env: Readonly<Record<string, string | undefined>>): Promise<void> {
  const provided = new Set<string>(APEX_COMPOSE_VARS);
  const unset = await unsetComposeVars(compose, (n) => provided.has(n) || (isApexRegistryVar(n) && env[n] !== undefined && env[n] !== ''));
  for (const ref of unset) problems.add(compose, `line ${ref.line}`, describeUnsetVar(ref.name));
}

/**
 * The grading scripts: APEX's own rule first (evaluator.py: the first of run-tests.sh, test.sh, ... at the
 * task root), else task.yaml's `test_scripts`, each looked up in tests/ and then at the root.
 * @returns absolute paths in run order; empty with the problem recorded when there is none
 */
async function findTestScripts(paths: TaskPaths, named: string[] | undefined, testsDir: string | null): Promise<string[]> {
  const root = await firstOf(paths, [...APEX_TEST_SCRIPT_NAMES], 'file');
  if (root !== null) return [root];
  if (named === undefined || named.length === 0) {
    paths.problems.add(
      paths.dir,
      'run-tests.sh',
      `missing: the script that runs the pytest suite at grading time (one of ${APEX_TEST_SCRIPT_NAMES.join(', ')} at the task root, or test_scripts: in task.yaml naming scripts in tests/)`
    );
    return [];
  }
  const out: string[] = [];
  for (const [i, name] of named.entries()) {
    const found = (testsDir !== null && !name.includes('/') ? await paths.optional(`tests/${name}`, 'file') : null) ?? (await paths.resolve(name, `test_scripts[${i}]`, 'file'));
    if (found !== null) out.push(found);
  }
  return out.length === named.length ? out : [];
}

/**
 * What grading runs, in APEX's form (evaluator.py: `cd /tests && TEST_DIR=/tests bash /tests/<script>`).
 * Several test_scripts run in one shell in order, all but the last sourced, as Terminal-Bench's generated
 * run-tests.sh does (`source $TEST_DIR/setup-uv-pytest.sh; bash $TEST_DIR/run-uv-pytest.sh`), so the setup
 * script's PATH and virtualenv reach the run script.
 */
export function apexTestCommand(scripts: readonly string[]): string {
  const names = scripts.map((s) => `${APEX_TEST_DIR}/${path.basename(s)}`);
  if (names.length === 1) return `cd ${APEX_TEST_DIR} && TEST_DIR=${APEX_TEST_DIR} bash ${names[0]}`;
  const last = names.at(-1) ?? `${APEX_TEST_DIR}/run-tests.sh`;
  const steps = [...names.slice(0, -1).map((n) => `source ${n}`), `bash ${last}`];
  return `cd ${APEX_TEST_DIR} && TEST_DIR=${APEX_TEST_DIR} bash -c '${steps.join('; ')}'`;
}

/** Loads an APEX-SWE observability dir: test_metadata.json, golden.patch, test.patch, repo/, problem_statement.md. */
export async function loadApexObservabilityTask(dir: string, problems: Problems): Promise<UnhashedTask | undefined> {
  const before = problems.count;
  const metaFile = path.join(dir, 'test_metadata.json');
  const yamlFile = path.join(dir, 'task.yaml');
  const yaml: ApexObservabilityYaml | undefined =
    (await kindOf(yamlFile)) === 'file' ? await parseWith(yamlFile, ApexObservabilityYamlSchema, problems) : {};
  const meta = await parseWith(metaFile, ApexTestMetadataSchema, problems, 'json');
  const id = checkDirId(dir, problems);
  const paths = new TaskPaths(dir, metaFile, problems);

  let framework = null;
  if (meta) {
    const value = meta.test_framework ?? meta.language;
    framework = mapApexFramework(value);
    if (framework === null) {
      const what = meta.test_framework === undefined ? `missing, and language "${value}" is not a test framework` : `"${value}" is not supported`;
      problems.add(metaFile, 'test_framework', `${what} (supported: ${FRAMEWORK_ALIAS_HELP})`);
    }
  }
  const instruction = await observabilityInstruction(new TaskPaths(dir, yamlFile, problems), yaml);
  const testPatch = await conventional(paths, 'test.patch', (p) => resolvePatch(paths, p, 'test.patch'), 'the patch that adds the FAIL_TO_PASS tests');
  const golden = await conventional(paths, 'golden.patch', (p) => resolvePatch(paths, p, 'golden.patch'), 'the reference fix (the oracle applies it)');
  const repo = await paths.optional('repo', 'dir');
  if (repo === null) problems.add(dir, 'repo/', 'missing: the repository at the base commit the agent edits');
  const compose = await findCompose(paths);
  const stack = compose === null ? { services: ['workspace'], workspace: 'workspace' } : await composeStack(compose, problems);
  const rubric = await rubricOf(paths);
  const failToPass = meta?.FAIL_TO_PASS ?? meta?.fail_to_pass ?? [];
  const passToPass = meta?.PASS_TO_PASS ?? meta?.pass_to_pass ?? [];
  const layers = await readTestLayers(dir, problems, { failToPass, passToPass, hasLists: true });
  const { badCutoff, ...context } = await apexObservabilityContext(dir, (rel, kind) => paths.optional(rel, kind));
  if (badCutoff !== undefined) {
    problems.add(path.join(dir, APEX_OBSERVABILITY_DATA.cutoff), 'time', `"${badCutoff.slice(0, 60)}" is not a time (APEX writes the commit's ISO time, e.g. 2024-05-01T10:00:00+00:00)`);
  }
  if (problems.count !== before || !meta || !yaml || !stack || framework === null || !layers) return undefined;
  return {
    id,
    family: 'observability',
    language: meta.language,
    services: stack.services,
    instruction: instruction ?? '',
    dir,
    layout: 'apex-observability',
    timeouts: timeoutsOf(yaml),
    environment: { compose, workspace: stack.workspace, repo, workdir: workdirOf(meta.test_command) },
    tests: {
      framework,
      command: meta.test_command,
      failToPass,
      passToPass
    },
    hidden: { testPatch, testsDir: null, runTests: null, solution: { patch: golden ?? '' }, rubric },
    // The Loki / Mattermost / Plane data APEX ships, served by OpsBench's own MCP servers (apex-conventions.ts).
    context,
    mcp: [],
    apex: { testScripts: [], contextFiles: [], mcpRequired: apexMcpRequirements(stack.services), processChecks: meta.process_checks?.length ? meta.process_checks : (yaml.process_checks ?? []), layers }
  };
}

async function parseWith<T>(file: string, schema: z.ZodType<T>, problems: Problems, kind: 'yaml' | 'json' = 'yaml'): Promise<T | undefined> {
  const parsed = kind === 'yaml' ? await readYamlFile(file, problems) : await readJsonFile(file, problems);
  if (!parsed) return undefined;
  const result = schema.safeParse(parsed.value ?? {}, { error: issueMessage });
  if (result.success) return result.data;
  for (const line of formatZodIssues(result.error.issues, parsed.value, schema)) {
    const at = line.indexOf(': ');
    problems.add(file, line.slice(0, at), line.slice(at + 2));
  }
  return undefined;
}

/** In APEX-SWE the directory name is the task id, so it must already be a valid id. */
function checkDirId(dir: string, problems: Problems): string {
  const id = path.basename(dir);
  if (!ID_PATTERN.test(id)) {
    problems.add(dir, 'id', `the directory name "${id}" is the task id in the APEX-SWE layout: rename it to lowercase letters, digits and dashes ([a-z0-9-])`);
  }
  return id;
}

async function observabilityInstruction(paths: TaskPaths, yaml: ApexObservabilityYaml | undefined): Promise<string | null> {
  // APEX-SWE's runner takes task.yaml's instruction first, then problem_statement.md.
  if (yaml?.instruction !== undefined) return resolveInstruction(paths, yaml.instruction, 'instruction');
  for (const name of ['problem_statement.md', 'prompt_statement.md']) {
    if ((await paths.optional(name, 'file')) !== null) return resolveInstruction(paths, name, name);
  }
  paths.problems.add(paths.dir, 'problem_statement.md', 'missing: the bug report the agent is given (or prompt_statement.md, or instruction: in task.yaml)');
  return null;
}

async function conventional(paths: TaskPaths, name: string, check: (rel: string) => Promise<string | null>, what: string): Promise<string | null> {
  if ((await paths.optional(name, 'file')) === null) {
    paths.problems.add(paths.dir, name, `missing: ${what}`);
    return null;
  }
  return check(name);
}

async function findCompose(paths: TaskPaths): Promise<string | null> {
  return firstOf(paths, COMPOSE_NAMES, 'file');
}

async function firstOf(paths: TaskPaths, names: string[], kind: 'file' | 'dir'): Promise<string | null> {
  for (const name of names) {
    const abs = await paths.optional(name, kind);
    if (abs !== null) return abs;
  }
  return null;
}

async function rubricOf(paths: TaskPaths): Promise<string | null> {
  const rel = (await paths.optional('rubric/rubric.json', 'file')) !== null ? 'rubric/rubric.json' : 'rubric.json';
  return (await paths.optional(rel, 'file')) === null ? null : resolveJson(paths, rel, 'rubric');
}

/**
 * The compose services, workspace first. The workspace is the service named `client` (APEX-SWE integration),
 * else `workspace` (OpsBench), else `default` or the one marked `x-default: true` (Inspect AI, which
 * APEX-SWE observability runs on), else the only service with a `build:`.
 */
async function composeStack(compose: string, problems: Problems): Promise<{ services: string[]; workspace: string } | undefined> {
  // Hardening allows what APEX's files read: the dataset root (`..` contexts, ../shared/), not only the task dir.
  const services = await readComposeServices(compose, problems, apexReadableRoot(path.dirname(compose)));
  if (!services) return undefined;
  const workspace = pickWorkspace(services);
  if (workspace === null) {
    problems.add(
      compose,
      'services',
      `cannot tell which service the agent works in (${services.map((s) => s.name).join(', ')}): name it "client" or "workspace", or mark it x-default: true`
    );
    return undefined;
  }
  return { services: [workspace, ...services.map((s) => s.name).filter((n) => n !== workspace)], workspace };
}

export function pickWorkspace(services: readonly ComposeService[]): string | null {
  for (const name of ['client', 'workspace', 'default']) if (services.some((s) => s.name === name)) return name;
  const marked = services.filter((s) => s.xDefault);
  if (marked.length === 1) return marked[0]?.name ?? null;
  const built = services.filter((s) => s.build);
  return built.length === 1 ? (built[0]?.name ?? null) : null;
}

function timeoutsOf(yaml: ApexObservabilityYaml): { agentSec: number; testSec: number; buildSec: number } {
  return {
    agentSec: Math.ceil(yaml.max_agent_timeout_sec ?? APEX_TIMEOUTS.agentSec),
    testSec: Math.ceil(yaml.max_test_timeout_sec ?? APEX_TIMEOUTS.testSec),
    buildSec: APEX_TIMEOUTS.buildSec
  };
}

/** APEX-SWE runs tests in /app/repo unless the command starts with `cd /some/dir &&` (parser/evaluator.py). */
function workdirOf(testCommand: string): string {
  return /^cd\s+(\/[^\s&;]+)\s*&&/.exec(testCommand)?.[1] ?? '/app/repo';
}
