import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadTask, loadTaskSet } from '../../src/task/load.js';
import { TaskLoadError } from '../../src/core/errors.js';
import { APEX_INT, APEX_OBS, OBS, VALID, cleanup, copyTask, editYaml, tempRoot, writeText } from './task-helpers.js';

afterEach(cleanup);

describe('loading a set of tasks', () => {
  it('expands a directory of task families into its task directories, sorted', async () => {
    const { tasks, problems } = await loadTaskSet([VALID]);
    expect(problems).toEqual([]);
    expect(tasks.map((t) => [t.id, t.layout])).toEqual([
      ['1-demo-s3-upload', 'apex-integration'],
      ['demo-backoff-17-observability', 'apex-observability'],
      ['obs-python-backoff-cap', 'opsbench']
    ]);
  });

  it('collects the problems of every task, not just the first broken one', async () => {
    const root = await tempRoot();
    const a = path.join(root, 'observability', 'a');
    const b = path.join(root, 'observability', 'b');
    for (const [dir, id] of [[a, 'a'], [b, 'b']] as const) {
      await mkdir(path.dirname(dir), { recursive: true });
      await copyInto(OBS, dir);
      await editYaml(dir, 'task.yaml', (d) => {
        d.id = id;
        d.tests.framework = 'nose';
        d.timeouts.agent_sec = 'ten';
      });
    }
    const { tasks, problems } = await loadTaskSet([root], { cwd: root });
    expect(tasks).toEqual([]);
    expect(problems).toEqual([
      'observability/a/task.yaml: timeouts.agent_sec: expected a number, got "ten"',
      'observability/a/task.yaml: tests.framework: expected pytest | go | jest | vitest | junit | ctest | cargo, got "nose"',
      'observability/b/task.yaml: timeouts.agent_sec: expected a number, got "ten"',
      'observability/b/task.yaml: tests.framework: expected pytest | go | jest | vitest | junit | ctest | cargo, got "nose"'
    ]);
  });

  it('names both directories when two tasks share an id', async () => {
    const root = await tempRoot();
    await copyInto(OBS, path.join(root, 'one'));
    await copyInto(OBS, path.join(root, 'two'));
    const { tasks, problems } = await loadTaskSet([root], { cwd: root });
    expect(tasks).toHaveLength(1);
    expect(problems).toEqual(['two: id: "obs-python-backoff-cap" is also the id of one: task ids must be unique']);
  });

  it('loads a task named twice (directly and through its parent) once', async () => {
    const { tasks, problems } = await loadTaskSet([VALID, OBS]);
    expect(problems).toEqual([]);
    expect(tasks).toHaveLength(3);
  });

  it('reports a directory that does not exist in one line', async () => {
    const root = await tempRoot();
    const { problems } = await loadTaskSet(['missing-tasks'], { cwd: root });
    expect(problems).toEqual([`${path.resolve('missing-tasks')}: directory: does not exist`]);
  });

  it('reports a file given instead of a directory, pointing at its directory', async () => {
    const { problems } = await loadTaskSet([path.join(OBS, 'task.yaml')], { cwd: VALID });
    expect(problems).toEqual(['observability/obs-python-backoff-cap/task.yaml: directory: is a file, not a task directory: pass its directory (observability/obs-python-backoff-cap)']);
  });

  it('reports a directory without tasks', async () => {
    const root = await tempRoot();
    await mkdir(path.join(root, 'empty', 'nested'), { recursive: true });
    const { problems } = await loadTaskSet([path.join(root, 'empty')], { cwd: root });
    expect(problems).toEqual(["empty: directory: no tasks found: a task directory holds task.yaml (or APEX-SWE's test_metadata.json)"]);
  });

  it('does not look for tasks inside node_modules or hidden directories', async () => {
    const root = await tempRoot();
    await copyInto(OBS, path.join(root, 'tasks', 'node_modules', 'x'));
    await copyInto(OBS, path.join(root, 'tasks', '.cache', 'y'));
    await copyInto(APEX_INT, path.join(root, 'tasks', 'integration', '1-demo-s3-upload'));
    const { tasks, problems } = await loadTaskSet([path.join(root, 'tasks')]);
    expect(problems).toEqual([]);
    expect(tasks.map((t) => t.id)).toEqual(['1-demo-s3-upload']);
  });

  it('prints paths outside the working directory as absolute paths', async () => {
    const dir = await copyTask(OBS);
    await editYaml(dir, 'task.yaml', (d) => delete d.tests.command);
    const { problems } = await loadTaskSet([dir], { cwd: APEX_OBS });
    expect(problems).toEqual([`${path.join(dir, 'task.yaml')}: tests.command: required`]);
  });
});

describe('choosing the reader for a directory', () => {
  it('reads a task.yaml with OpsBench keys but no family as OpsBench, and asks for the family', async () => {
    const dir = await copyTask(OBS);
    await editYaml(dir, 'task.yaml', (d) => delete d.family);
    await expect(loadTask(dir, { cwd: path.dirname(dir) })).rejects.toMatchObject({
      problems: ['obs-python-backoff-cap/task.yaml: family: required: one of integration | observability']
    });
  });

  it('reads a task.yaml with only APEX-SWE keys as an APEX-SWE integration task', async () => {
    const dir = await copyTask(APEX_INT);
    await writeText(dir, 'task.yaml', 'instruction: Upload the snapshot.\nmax_agent_timeout_sec: 60\n');
    const task = await loadTask(dir);
    expect(task.layout).toBe('apex-integration');
    expect(task.timeouts.agentSec).toBe(60);
  });

  it('reads a task.yaml with neither as OpsBench and names every missing field', async () => {
    const dir = await copyTask(APEX_INT);
    await writeText(dir, 'task.yaml', 'instruction: Upload the snapshot.\n');
    const error = (await loadTask(dir, { cwd: path.dirname(dir) }).catch((e: unknown) => e)) as TaskLoadError;
    expect(error.problems).toEqual([
      '1-demo-s3-upload/task.yaml: id: required',
      '1-demo-s3-upload/task.yaml: family: required: one of integration | observability',
      '1-demo-s3-upload/task.yaml: tests: required',
      '1-demo-s3-upload/task.yaml: solution: required'
    ]);
  });
});

describe('loading one task', () => {
  it('throws a TaskLoadError listing every problem, its message one line per problem', async () => {
    const dir = await copyTask(OBS);
    await editYaml(dir, 'task.yaml', (d) => {
      d.instruction = 'missing.md';
      d.solution = { patch: 'nope.patch' };
    });
    const error = (await loadTask(dir, { cwd: path.dirname(dir) }).catch((e: unknown) => e)) as TaskLoadError;
    expect(TaskLoadError.isInstance(error)).toBe(true);
    expect(error).toBeInstanceOf(TaskLoadError);
    expect(error.problems).toEqual([
      'obs-python-backoff-cap/task.yaml: instruction: file "missing.md" not found (looked for obs-python-backoff-cap/missing.md)',
      'obs-python-backoff-cap/task.yaml: solution.patch: file "nope.patch" not found (looked for obs-python-backoff-cap/nope.patch)'
    ]);
    expect(error.message).toBe(error.problems.join('\n'));
  });

  it('throws a TaskLoadError for a directory that is not there', async () => {
    await expect(loadTask('/nonexistent/task')).rejects.toMatchObject({ problems: ['/nonexistent/task: directory: does not exist'] });
  });
});

describe('the task hash', () => {
  it('is the same for identical copies and changes with any byte of any file', async () => {
    const a = await copyTask(OBS);
    const b = await copyTask(OBS);
    const hashA = (await loadTask(a)).hash;
    expect((await loadTask(b)).hash).toBe(hashA);
    const file = path.join(b, 'repo', 'backoff', 'delays.py');
    await writeFile(file, (await readFile(file, 'utf8')).replace('base, 2*base', 'base, 2 * base'));
    expect((await loadTask(b)).hash).not.toBe(hashA);
  });

  it('ignores .git directories and changes when a file is renamed', async () => {
    const a = await copyTask(OBS);
    const hash = (await loadTask(a)).hash;
    await writeText(a, 'repo/.git/HEAD', 'ref: refs/heads/main\n');
    expect((await loadTask(a)).hash).toBe(hash);
    await writeText(a, 'data/logs/worker2.log', await readFile(path.join(a, 'data/logs/worker.log'), 'utf8'));
    await rm(path.join(a, 'data/logs/worker.log'));
    expect((await loadTask(a)).hash).not.toBe(hash);
  });
});

async function copyInto(fixture: string, dir: string): Promise<void> {
  await cp(fixture, dir, { recursive: true });
}
