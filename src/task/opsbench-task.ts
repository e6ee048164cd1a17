import path from 'node:path';
import type { Problems } from './problems.js';
import { readYamlFile } from './read-structured.js';
import { TaskFileSchema, type TaskFile } from './schema.js';
import { checkNoHardLinksToHidden, checkRepoHidesNothing, checkServicesDefined, resolveInstruction, resolveJson, resolvePatch } from './task-checks.js';
import { TaskPaths } from './task-paths.js';
import type { Task } from './task.js';
import { readComposeServices } from './validate-compose.js';
import { fieldPath, formatZodIssues, issueMessage } from './zod-issues.js';

export type UnhashedTask = Omit<Task, 'hash'>;

/**
 * Loads a task in OpsBench's own layout (task.yaml with `family`, docs/architecture.md "Task format"): the
 * schema first, then everything the schema cannot see (files exist and parse, compose defines the services).
 * @returns the task, or undefined when a problem was recorded
 */
export async function loadOpsbenchTask(dir: string, problems: Problems): Promise<UnhashedTask | undefined> {
  const source = path.join(dir, 'task.yaml');
  const parsed = await readYamlFile(source, problems);
  if (!parsed) return undefined;
  if (parsed.value === null || parsed.value === undefined) {
    problems.add(source, 'file', 'is empty: see docs/architecture.md "Task format" for the fields');
    return undefined;
  }
  const result = TaskFileSchema.safeParse(parsed.value, { error: issueMessage });
  if (!result.success) {
    for (const line of formatZodIssues(result.error.issues, parsed.value, TaskFileSchema)) problems.add(source, ...splitLine(line));
    return undefined;
  }
  const before = problems.count;
  const task = await resolveOpsbenchTask(result.data, parsed.value as Record<string, unknown>, new TaskPaths(dir, source, problems));
  return problems.count === before ? task : undefined;
}

/** `tests.command: required` -> ['tests.command', 'required'] so Problems can put the file in front. */
function splitLine(line: string): [string, string] {
  const at = line.indexOf(': ');
  return at < 0 ? ['(top level)', line] : [line.slice(0, at), line.slice(at + 2)];
}

async function resolveOpsbenchTask(tf: TaskFile, raw: Record<string, unknown>, paths: TaskPaths): Promise<UnhashedTask> {
  const { problems, source, dir } = paths;
  const observability = tf.family === 'observability';
  const instruction = await resolveInstruction(paths, tf.instruction, 'instruction');

  if (observability && tf.language === undefined) {
    problems.add(source, 'language', 'required for observability tasks (e.g. go, python, typescript, java, cpp)');
  }
  const workspace = tf.environment.workspace;
  if (!tf.services.includes(workspace)) {
    problems.add(source, 'services', `must include the workspace service "${workspace}" (environment.workspace)`);
  }
  const compose = await resolveCompose(tf, paths);

  // repo/ is the base commit the agent edits: observability tasks are a bug in it, so it must exist; an
  // integration task may build from nothing, unless task.yaml names a repo explicitly.
  const rawEnv = raw.environment as Record<string, unknown> | undefined;
  const repo =
    observability || rawEnv?.repo !== undefined
      ? await paths.resolve(tf.environment.repo, 'environment.repo', 'dir')
      : await paths.optional(tf.environment.repo, 'dir');

  let testPatch: string | null = null;
  if (tf.tests.test_patch !== undefined) testPatch = await resolvePatch(paths, tf.tests.test_patch, 'tests.test_patch');
  else if (observability) problems.add(source, 'tests.test_patch', 'required for observability tasks: the patch that adds the FAIL_TO_PASS tests');

  let testsDir: string | null = null;
  if (tf.tests.dir !== undefined) testsDir = await paths.resolve(tf.tests.dir, 'tests.dir', 'dir');
  else if (!observability) testsDir = await paths.optional('tests', 'dir');

  const solution =
    'patch' in tf.solution
      ? { patch: (await resolvePatch(paths, tf.solution.patch, 'solution.patch')) ?? '' }
      : { script: (await paths.resolve(tf.solution.script, 'solution.script', 'file')) ?? '' };

  const context = {
    logs: tf.context?.logs === undefined ? null : await paths.resolve(tf.context.logs, 'context.logs', 'any'),
    chat: tf.context?.chat === undefined ? null : await resolveJson(paths, tf.context.chat, 'context.chat'),
    tracker: tf.context?.tracker === undefined ? null : await resolveJson(paths, tf.context.tracker, 'context.tracker')
  };
  const rubric = tf.rubric === undefined ? null : await resolveJson(paths, tf.rubric, 'rubric');
  checkMcpNames(tf, paths);
  const solutionFile = ('patch' in solution ? solution.patch : solution.script) || null;
  const hidden = [testPatch, testsDir, solutionFile, rubric, source];
  if (repo !== null) await checkRepoHidesNothing(paths, repo, 'environment.repo', hidden);
  await checkNoHardLinksToHidden(paths, hidden);

  return {
    id: tf.id,
    family: tf.family,
    language: tf.language ?? null,
    services: tf.services,
    instruction: instruction ?? '',
    dir,
    layout: 'opsbench',
    timeouts: { agentSec: tf.timeouts.agent_sec, testSec: tf.timeouts.test_sec, buildSec: tf.timeouts.build_sec },
    environment: { compose, workspace, repo, workdir: tf.environment.workdir, ...(tf.environment.limits ? { limits: tf.environment.limits } : {}) },
    tests: {
      framework: tf.tests.framework,
      command: tf.tests.command,
      failToPass: tf.tests.fail_to_pass,
      passToPass: tf.tests.pass_to_pass
    },
    hidden: { testPatch, testsDir, runTests: null, solution, rubric },
    context,
    mcp: tf.mcp
  };
}

/** The compose file, checked to define the workspace and every listed service; absent means workspace only. */
async function resolveCompose(tf: TaskFile, paths: TaskPaths): Promise<string | null> {
  const { problems, source } = paths;
  const workspace = tf.environment.workspace;
  if (tf.environment.compose === undefined) {
    tf.services.forEach((name, i) => {
      if (name !== workspace) {
        problems.add(source, fieldPath(['services', i]), `service "${name}" needs a compose file that defines it: set environment.compose`);
      }
    });
    return null;
  }
  const compose = await paths.resolve(tf.environment.compose, 'environment.compose', 'file');
  if (compose === null) return null;
  const defined = await readComposeServices(compose, problems, paths.dir);
  if (!defined) return compose;
  const names = defined.map((s) => s.name);
  const wanted = [
    { name: workspace, field: 'environment.workspace' },
    ...tf.services.map((name, i) => ({ name, field: fieldPath(['services', i]) })).filter((w) => w.name !== workspace)
  ];
  checkServicesDefined(problems, source, tf.environment.compose, names, wanted);
  return compose;
}

function checkMcpNames(tf: TaskFile, paths: TaskPaths): void {
  const seen = new Map<string, number>();
  tf.mcp.forEach((server, i) => {
    const first = seen.get(server.name);
    if (first !== undefined) {
      paths.problems.add(paths.source, fieldPath(['mcp', i, 'name']), `"${server.name}" is already the name of mcp[${first}]: names must be unique`);
    } else {
      seen.set(server.name, i);
    }
  });
}
