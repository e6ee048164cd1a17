import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { TaskLoadError } from '../core/errors.js';
import { loadApexIntegrationTask, loadApexObservabilityTask } from './apex.js';
import { detectLayout, looksLikeTaskDir } from './detect-layout.js';
import { hashTaskDir } from './hash.js';
import { loadOpsbenchTask, type UnhashedTask } from './opsbench-task.js';
import { Problems } from './problems.js';
import { describeFsError } from './read-structured.js';
import type { Task, TaskLayout } from './task.js';

export interface LoadOptions {
  /** Paths under this directory are printed relative to it in problem lines. Default: process.cwd(). */
  cwd?: string;
  /**
   * The runner's environment, for what a task takes from it: APEX-SWE's registry variables (ECR_REGISTRY,
   * *_IMAGE_TAG) that its compose files interpolate. Default: none set.
   */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface TaskSet {
  /** The tasks that loaded without a problem. */
  tasks: Task[];
  /** Every problem of every task, one `path: field: problem` line each; empty when the set is valid. */
  problems: string[];
  /**
   * The task directories that did not load, each with its own problem lines: `run` runs the rest and records
   * these as `invalid`. Problems that belong to no task (a path that does not exist) are only in `problems`.
   */
  invalid: InvalidTask[];
}

export interface InvalidTask {
  /** Absolute path of the task directory. */
  dir: string;
  /** The directory name: the id APEX-SWE would give it, and the one results and the report show. */
  id: string;
  problems: string[];
}

const READERS: Record<TaskLayout, (dir: string, problems: Problems, env: Readonly<Record<string, string | undefined>>) => Promise<UnhashedTask | undefined>> = {
  opsbench: loadOpsbenchTask,
  'apex-integration': loadApexIntegrationTask,
  'apex-observability': loadApexObservabilityTask
};

/** Skipped while looking for tasks: VCS data, dependencies, and hidden directories. */
const SKIP_DIRS = new Set(['node_modules', '__pycache__']);
const MAX_DEPTH = 8;
const PARALLEL = 4;

/**
 * Loads and validates one task directory in any layout (OpsBench, APEX-SWE integration or observability).
 * @throws TaskLoadError whose `problems` lists every problem found, one `path: field: problem` line each
 */
export async function loadTask(dir: string, options: LoadOptions = {}): Promise<Task> {
  const problems = new Problems(options.cwd);
  const abs = await taskRoot(dir, problems);
  const task = abs === undefined ? undefined : await loadOne(abs, problems, options.env ?? {});
  if (!task || problems.count > 0) throw new TaskLoadError(problems.lines.join('\n'), problems.lines);
  return task;
}

/**
 * Loads a set of tasks. A directory that is not itself a task is searched for task directories (`tasks/`
 * gives tasks/integration/* and tasks/observability/*). Never throws for bad input: every problem of every
 * task is returned, and ids must be unique across the whole set.
 */
export async function loadTaskSet(dirs: string[], options: LoadOptions = {}): Promise<TaskSet> {
  const problems = new Problems(options.cwd);
  const taskDirs = await collectTaskDirs(dirs, problems);
  const results: { task: Task | undefined; problems: Problems }[] = [];
  for (let i = 0; i < taskDirs.length; i += PARALLEL) {
    const batch = taskDirs.slice(i, i + PARALLEL).map(async (dir) => {
      const own = new Problems(options.cwd);
      return { task: await loadOne(dir, own, options.env ?? {}), problems: own };
    });
    results.push(...(await Promise.all(batch)));
  }
  const tasks: Task[] = [];
  const invalid: InvalidTask[] = [];
  const byId = new Map<string, Task>();
  for (const [i, r] of results.entries()) {
    problems.lines.push(...r.problems.lines);
    const dir = taskDirs[i] ?? '';
    if (!r.task) {
      invalid.push({ dir, id: path.basename(dir), problems: r.problems.lines });
      continue;
    }
    const first = byId.get(r.task.id);
    if (first) {
      const own = new Problems(options.cwd);
      own.add(r.task.dir, 'id', `"${r.task.id}" is also the id of ${problems.display(first.dir)}: task ids must be unique`);
      problems.lines.push(...own.lines);
      invalid.push({ dir: r.task.dir, id: r.task.id, problems: own.lines });
      continue;
    }
    byId.set(r.task.id, r.task);
    tasks.push(r.task);
  }
  return { tasks, problems: problems.lines, invalid };
}

/**
 * The task directories a set names, found by their marker files alone (nothing parsed or hashed): what
 * `plan` needs, since its matrix depends only on how many tasks there are. Never throws; problems are
 * `path: field: problem` lines (unreadable or empty directories).
 */
export async function findTaskDirs(dirs: string[], options: LoadOptions = {}): Promise<{ dirs: string[]; problems: string[] }> {
  const problems = new Problems(options.cwd);
  return { dirs: await collectTaskDirs(dirs, problems), problems: problems.lines };
}

async function collectTaskDirs(dirs: string[], problems: Problems): Promise<string[]> {
  const taskDirs: string[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    const abs = await taskRoot(dir, problems);
    if (abs === undefined) continue;
    const found = (await looksLikeTaskDir(abs)) ? [abs] : await searchTaskDirs(abs, problems, 0);
    if (found.length === 0) problems.add(abs, 'directory', 'no tasks found: a task directory holds task.yaml (or APEX-SWE\'s test_metadata.json)');
    // `validate tasks tasks/observability/x` names x twice: load it once, not as a duplicate id.
    for (const f of found) {
      const real = realpathSync.native(f);
      if (!seen.has(real)) taskDirs.push(f);
      seen.add(real);
    }
  }
  return taskDirs;
}

async function loadOne(dir: string, problems: Problems, env: Readonly<Record<string, string | undefined>>): Promise<Task | undefined> {
  const layout = await detectLayout(dir, problems);
  if (layout === undefined) return undefined;
  const task = await READERS[layout](dir, problems, env);
  if (!task) return undefined;
  return { ...task, hash: await hashTaskDir(dir) };
}

/** The real absolute path of a directory the user named, or undefined with a one-line problem. */
async function taskRoot(dir: string, problems: Problems): Promise<string | undefined> {
  const abs = path.resolve(dir);
  let info;
  try {
    info = statSync(abs);
  } catch (error) {
    problems.add(abs, 'directory', describeFsError(error));
    return undefined;
  }
  if (!info.isDirectory()) {
    const name = path.basename(abs);
    const hint = name === 'task.yaml' || name === 'test_metadata.json' ? `: pass its directory (${problems.display(path.dirname(abs))})` : '';
    problems.add(abs, 'directory', `is a file, not a task directory${hint}`);
    return undefined;
  }
  return abs;
}

/** Task directories under `dir`, sorted; a task directory is not searched further. */
async function searchTaskDirs(dir: string, problems: Problems, depth: number): Promise<string[]> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.add(dir, 'directory', `cannot be read (${describeFsError(error)})`);
    return [];
  }
  const subdirs = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !SKIP_DIRS.has(e.name))
    .map((e) => e.name)
    .sort();
  const out: string[] = [];
  for (const name of subdirs) {
    const child = path.join(dir, name);
    if (await looksLikeTaskDir(child)) out.push(child);
    else if (depth < MAX_DEPTH) out.push(...(await searchTaskDirs(child, problems, depth + 1)));
  }
  return out;
}
