import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resetToBase } from '../../src/grade/reset-files.js';
import { testTreePaths } from '../../src/grade/test-tree.js';
import { makeScratchDir } from '../../src/grade/scratch-dir.js';
import type { Environment } from '../../src/runtime/environment.js';
import { LocalRuntime } from '../../src/runtime/local/runtime.js';
import { loadTask } from '../../src/task/load.js';
import type { Task } from '../../src/task/task.js';

describe('putting files back to the base from the host repository', () => {
  let scratchDir: string;
  let task: Task;
  let env: Environment;
  let hostRepo: string;
  const source = async () => ({ hostRepo, scratchDir: await makeScratchDir(env, 'grade') });
  const status = async () => (await env.exec('git status --porcelain --untracked-files=all')).stdout;

  beforeAll(async () => {
    scratchDir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-reset-'));
    task = await loadTask(path.resolve('__tests__/fixtures/repos/python'));
    hostRepo = task.environment.repo as string;
  });
  beforeEach(async () => {
    env = new LocalRuntime({ hostEnv: process.env }).create(task, { trialId: 'reset', runId: 'r', scratchDir });
    await env.up();
  });
  afterEach(() => env.down());
  afterAll(() => rm(scratchDir, { recursive: true, force: true }));

  test('edited and deleted base files come back, planted files are removed, a file turned into a dir too', async () => {
    await env.writeFile('tests/test_percentile.py', 'def test_nothing(): pass\n');
    await env.exec('rm latency/percentile.py && mkdir -p latency/__init__.py/x');
    await env.writeFile('tests/test_new.py', 'planted\n');
    await resetToBase(env, await source(), ['tests/test_percentile.py', 'latency/percentile.py', 'latency/__init__.py', 'tests/test_new.py']);
    expect(await status()).toBe('');
  });

  test('the content comes from the host, not from the workspace\'s git objects the agent can rewrite', async () => {
    // `git replace` makes git hand out the agent's blob wherever the base's is asked for.
    await env.exec("git replace $(git rev-parse HEAD:tests/test_percentile.py) $(printf 'def test_x(): pass\\n' | git hash-object -w --stdin)");
    expect((await env.exec('git show HEAD:tests/test_percentile.py')).stdout).toBe('def test_x(): pass\n');
    await env.exec('rm tests/test_percentile.py');
    await resetToBase(env, await source(), ['tests/test_percentile.py']);
    const host = await readFile(path.join(hostRepo, 'tests/test_percentile.py'), 'utf8');
    expect((await env.readFile('tests/test_percentile.py')).toString()).toBe(host);
  });

  test('a directory the agent replaced with a symlink to elsewhere is removed, not written through', async () => {
    const elsewhere = path.join(scratchDir, 'elsewhere');
    await mkdir(elsewhere, { recursive: true });
    await writeFile(path.join(elsewhere, 'test_percentile.py'), 'the agent\'s\n');
    await env.exec(['sh', '-c', 'rm -rf tests && ln -s "$1" tests', 'sh', elsewhere]);
    await resetToBase(env, await source(), ['tests/test_percentile.py']);
    expect(await readFile(path.join(elsewhere, 'test_percentile.py'), 'utf8')).toBe('the agent\'s\n');
    expect((await env.exec('test -d tests && ! test -L tests && echo real-dir')).stdout).toBe('real-dir\n');
    expect((await env.readFile('tests/test_percentile.py')).toString()).toBe(await readFile(path.join(hostRepo, 'tests/test_percentile.py'), 'utf8'));
  });

  test('harness files are found anywhere but in dependency trees, in the workspace and in the base', async () => {
    await env.writeFile('conftest.py', 'evil\n');
    await env.writeFile('tests/deep/conftest.py', 'evil\n');
    await env.writeFile('pytest.ini', '[pytest]\naddopts = -p evil\n');
    await env.writeFile('node_modules/pkg/conftest.py', 'left alone\n');
    await env.exec('rm .gitignore');
    const paths = (await testTreePaths(env, hostRepo, [], ['conftest.py', 'pytest.ini', '.gitignore'])).filter((p) => !p.startsWith('tests/test_'));
    expect(paths).toEqual(['.gitignore', 'conftest.py', 'pytest.ini', 'tests/deep/conftest.py']);
    await resetToBase(env, await source(), paths);
    expect(await status()).toBe('?? node_modules/pkg/conftest.py\n');
  });

  test('without a base repository every path is removed', async () => {
    await env.writeFile('conftest.py', 'evil\n');
    await resetToBase(env, { hostRepo: null, scratchDir: await makeScratchDir(env, 'grade') }, ['conftest.py', 'latency/percentile.py']);
    expect(await status()).toBe(' D latency/percentile.py\n');
  });
});
